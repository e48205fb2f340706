/**
 * A name read as words, for keys and fields the workspace gives no display name: used by
 * `<callback-preview>` (user-data keys) and `<record-fields-editor>` (record fields). Pure.
 */

/** `CustomerName` → `Customer name`, `IVR_Reason` → `IVR reason` (words in capitals stay so). */
export function keyLabel(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[_\s]+/)
    .filter(Boolean);
  const text = words.map((w) => (/^[A-Z\d]{2,}$/.test(w) ? w : w.toLowerCase())).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's label: its display name, else its name humanised (`Custom_Character` → `Custom character`). */
export function fieldLabel(field: { name: string; displayName?: string | null }): string {
  return field.displayName?.trim() || keyLabel(field.name);
}
