// Editor data generated from the manifest, as component libraries ship it:
//  - VS Code's HTML custom data (`html.customData` setting; the file's path is in the README);
//  - JetBrains' web-types (found through package.json "web-types").
import { isBoolean, stringLiterals } from './elements.mjs';

/** The element's description with its events, slots, parts and custom properties (markdown). */
function elementDoc(el) {
  const list = (title, items, code = true) =>
    items.length
      ? `\n\n**${title}:**\n${items
          .map(
            (i) =>
              `- ${code ? `\`${i.name || '(default)'}\`` : i.name}${i.description ? ` — ${i.description}` : ''}`,
          )
          .join('\n')}`
      : '';
  return (
    (el.summary || el.description) +
    list('Events', el.events) +
    list('Slots', el.slots) +
    list('CSS parts', el.parts) +
    list('CSS custom properties', el.cssProperties)
  );
}

/** VS Code `html-custom-data` (version 1.1). */
export function vscodeCustomData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: { kind: 'markdown', value: elementDoc(el) },
      attributes: el.attributes.map((a) => {
        const values = stringLiterals(a.type);
        return {
          name: a.name,
          description: a.description,
          ...(isBoolean(a.type) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains `web-types` (schema 2). */
export function webTypes(elements, pkg) {
  const named = (items) => items.map(({ name, description }) => ({ name, description }));
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: elementDoc(el),
          attributes: el.attributes.map((a) => {
            const values = stringLiterals(a.type);
            return {
              name: a.name,
              description: a.description,
              value: isBoolean(a.type)
                ? { kind: 'no-value', type: 'boolean' }
                : { type: values ? values.map((v) => `'${v}'`) : (a.type ?? 'string') },
            };
          }),
          slots: named(el.slots).map((s) => ({ ...s, name: s.name || 'default' })),
          events: named(el.events),
          js: {
            properties: el.properties.map((p) => ({
              name: p.name,
              description: p.description,
              ...(p.type ? { type: p.type } : {}),
            })),
            events: named(el.events),
          },
          css: { parts: named(el.parts), properties: named(el.cssProperties) },
        })),
      },
    },
  };
}
