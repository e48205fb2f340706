// Each element's docs page (docs/elements/<tag>.md) from the custom-elements manifest: one source
// for the API, the elements' JSDoc. A page has a hand-written part (what the element is for, how it
// behaves) above GENERATED_MARK and its API reference below, generated. Pure: used by
// scripts/docs.mjs (`npm run docs`, writes the pages) and by test/docs/element-pages.test.ts
// (fails when a page's reference is not what the manifest says).

export const GENERATED_MARK =
  '<!-- API reference: generated from custom-elements.json by `npm run docs`. Edit the JSDoc, not below. -->';

/** The kit's public elements in the manifest, by tag (the `adk-*` sub-elements are internal). */
export function publicElements(manifest) {
  const out = new Map();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? [])
      if (d.tagName && !d.tagName.startsWith('adk-')) out.set(d.tagName, { ...d, path: mod.path });
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Table cell text: one line, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${String(text).replace(/`/g, "'")}\`` : '');

function table(title, head, rows) {
  if (rows.length === 0) return null;
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    `### ${title}`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map((r) => line(r.map(cell))),
    '',
  ].join('\n');
}

const isPublic = (m) =>
  (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('#');

/** The generated API reference of one element (the part of its page below GENERATED_MARK). */
export function apiReference(decl) {
  const attributes = decl.attributes ?? [];
  const byField = new Map(attributes.map((a) => [a.fieldName ?? a.name, a]));
  const members = decl.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && isPublic(m));
  const methods = members.filter((m) => m.kind === 'method' && isPublic(m));
  const signature = (m) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
  const parts = [
    `## API reference`,
    '',
    `Class \`${decl.name}\`, module \`${decl.path}\`.`,
    '',
    ...(decl.description ? [decl.description, ''] : []),
    table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        a.description,
      ]),
    ),
    table(
      'Properties without an attribute',
      ['property', 'type', 'default', 'description'],
      fields
        .filter((f) => !f.attribute && !byField.has(f.name))
        .map((f) => [code(f.name), code(f.type?.text), code(f.default), f.description]),
    ),
    table(
      'Methods',
      ['method', 'returns', 'description'],
      methods.map((m) => [code(signature(m)), code(m.return?.type?.text), m.description]),
    ),
    table(
      'Events',
      ['event', 'description'],
      (decl.events ?? []).map((e) => [code(e.name), e.description]),
    ),
    table(
      'Slots',
      ['slot', 'description'],
      (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
    ),
    table(
      'CSS parts',
      ['part', 'description'],
      (decl.cssParts ?? []).map((p) => [code(p.name), p.description]),
    ),
    table(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description]),
    ),
  ];
  return `${parts.filter((p) => p !== null).join('\n')}`.trimEnd() + '\n';
}

/** The hand-written part of a new page: its title, and the summary until someone writes more. */
export function newIntro(tag, decl) {
  return `# \`<${tag}>\`\n\n${decl.summary ?? ''}\n`;
}

/** A page: its hand-written part (kept as is, or a new one), the mark, the generated reference. */
export function elementPage(tag, decl, existing) {
  const at = existing?.indexOf(GENERATED_MARK) ?? -1;
  const intro = at >= 0 ? existing.slice(0, at).trimEnd() + '\n' : newIntro(tag, decl);
  return `${intro}\n${GENERATED_MARK}\n\n${apiReference(decl)}`;
}

/** The generated part of a page as written (null: the page has no mark). */
export function generatedPart(page) {
  const at = page.indexOf(GENERATED_MARK);
  return at < 0 ? null : page.slice(at + GENERATED_MARK.length).replace(/^\n+/, '');
}
