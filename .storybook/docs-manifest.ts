// The docs pages' API tables, from the custom-elements manifest. Storybook's own reading keys
// every row by its bare name across categories (so the part `message` hides the attribute
// `message`, an attribute its same-named property), lists private members (controllers, internal
// state) and drops the unnamed default slot. This one keeps each category apart.

interface Item {
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

/** What Storybook's ArgTypes table reads from each row. */
export interface DocsArgType {
  name: string;
  description?: string;
  action?: { name: string };
  control?: false;
  table: {
    category?: string;
    type?: { summary?: string };
    defaultValue?: { summary?: string };
    disable?: boolean;
  };
}

/** The name the docs give the unnamed (default) slot. */
export const DEFAULT_SLOT = '(default)';

function declaration(manifest: Manifest, tag: string): Declaration | undefined {
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

const row = (category: string, item: Item, extra: Partial<DocsArgType> = {}): DocsArgType => ({
  name: item.name || DEFAULT_SLOT,
  description: item.description,
  control: false,
  table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
  ...extra,
});

/** `adk-toast-show` → `onAdkToastShow`: the name Storybook's actions panel logs an event under. */
const handlerName = (event: string) =>
  `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_, c: string) => c.toUpperCase())}`;

/**
 * The docs table of `tag`: public properties (a property backed by an attribute takes the
 * attribute's description when it has none), attributes, events (each also logged in the actions
 * panel), slots, CSS parts and custom properties. Properties keep their own name as key, so a
 * story's args still set them; the other rows are keyed by category.
 */
export function argTypesFor(manifest: Manifest, tag: string): Record<string, DocsArgType> | null {
  const d = declaration(manifest, tag);
  if (!d) return null;
  const attributes = new Map((d.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const out: Record<string, DocsArgType> = {};
  for (const m of d.members ?? []) {
    if (
      m.kind !== 'field' ||
      m.static ||
      (m.privacy ?? 'public') !== 'public' ||
      m.name.startsWith('#')
    )
      continue;
    out[m.name] = row('properties', m, {
      description: m.description || attributes.get(m.name)?.description,
    });
  }
  for (const a of d.attributes ?? []) out[`attr:${a.name}`] = row('attributes', a);
  for (const e of d.events ?? []) {
    out[handlerName(e.name)] = {
      name: handlerName(e.name),
      action: { name: e.name },
      table: { disable: true },
    };
    out[`event:${e.name}`] = row('events', e);
  }
  for (const s of d.slots ?? []) out[`slot:${s.name}`] = row('slots', s);
  for (const p of d.cssParts ?? []) out[`part:${p.name}`] = row('css shadow parts', p);
  for (const p of d.cssProperties ?? []) out[`css:${p.name}`] = row('css custom properties', p);
  return out;
}
