/**
 * A page-given list of user-data keys with their labels (`[{ key, label }]`), from an attribute
 * or a property. Pure. Accepted:
 * - a JSON array of `{ "key": "CustomerName", "label": "Customer" }` objects or plain key strings;
 * - a comma-separated list, each `key` or `key=Label` (`CustomerName=Customer, AccountNumber`).
 * A missing label is the key itself. Blank keys, duplicates and anything unreadable are left out.
 */
import type { ComplexAttributeConverter } from 'lit';

export interface KeyLabel {
  key: string;
  label: string;
}

function entry(value: unknown): KeyLabel | null {
  if (typeof value === 'string') {
    const [key, ...label] = value.split('=');
    const k = key.trim();
    const l = label.join('=').trim();
    return k ? { key: k, label: l || k } : null;
  }
  if (value && typeof value === 'object' && typeof (value as KeyLabel).key === 'string') {
    const k = (value as KeyLabel).key.trim();
    const l = typeof (value as KeyLabel).label === 'string' ? (value as KeyLabel).label.trim() : '';
    return k ? { key: k, label: l || k } : null;
  }
  return null;
}

export function parseKeyList(value: unknown): KeyLabel[] {
  let items: unknown[] = [];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(text);
        items = Array.isArray(parsed) ? parsed : [];
      } catch {
        items = [];
      }
    } else items = text ? text.split(',') : [];
  }
  const seen = new Set<string>();
  const out: KeyLabel[] = [];
  for (const item of items) {
    const e = entry(item);
    if (e && !seen.has(e.key)) {
      seen.add(e.key);
      out.push(e);
    }
  }
  return out;
}

/** For `@property({ converter: keyListConverter })`: reads the attribute; the property is never reflected. */
export const keyListConverter: ComplexAttributeConverter<KeyLabel[] | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : parseKeyList(value)),
};
