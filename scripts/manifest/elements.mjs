// The kit's public elements as custom-elements.json describes them, for the files generated
// from it (editor data, framework typings). Public: every tag except the `adk-*` sub-elements,
// which live inside another element's shadow root and are not for a page to write.

/**
 * @typedef {{ name: string, description: string, type: string | null, field: string | null }} Attribute
 * @typedef {{ name: string, description: string, type: string | null }} Property
 * @typedef {{ name: string, description: string }} Named
 * @typedef {{
 *   tag: string, className: string, module: string, summary: string, description: string,
 *   attributes: Attribute[], properties: Property[], events: Named[], slots: Named[],
 *   parts: Named[], cssProperties: Named[],
 * }} KitElement
 */

const text = (s) => (s ?? '').trim();

/** Every public element of the manifest, sorted by tag. @returns {KitElement[]} */
export function kitElements(manifest, { all = false } = {}) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      if (!all && d.tagName.startsWith('adk-')) continue;
      const fields = (d.members ?? []).filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          (m.privacy ?? 'public') === 'public' &&
          !m.name.startsWith('_'),
      );
      const attributeDoc = new Map(
        (d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.description]),
      );
      out.push({
        tag: d.tagName,
        className: d.name,
        module: mod.path,
        summary: text(d.summary),
        description: text(d.description),
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          description: text(a.description),
          type: a.type?.text ?? null,
          field: a.fieldName ?? null,
        })),
        properties: fields.map((m) => ({
          name: m.name,
          description: text(m.description || attributeDoc.get(m.name)),
          type: m.type?.text ?? null,
        })),
        events: (d.events ?? []).filter((e) => e.name).map(named),
        slots: (d.slots ?? []).map(named),
        parts: (d.cssParts ?? []).map(named),
        cssProperties: (d.cssProperties ?? []).map(named),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const named = (x) => ({ name: x.name ?? '', description: text(x.description) });

/** `'a' | 'b'` → `['a', 'b']`; `null` when the type is not a union of string literals. */
export function stringLiterals(type) {
  if (!type) return null;
  const parts = type.split('|').map((p) => p.trim());
  const values = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p));
  return values.every(Boolean) ? values.map((m) => m[1] ?? m[2]) : null;
}

/** `boolean` (optionally `| undefined`) attributes: present or absent, no value. */
export const isBoolean = (type) =>
  !!type &&
  type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined')
    .join('|') === 'boolean';
