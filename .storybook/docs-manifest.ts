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
  control?: false | DocsControl;
  table: {
    category?: string;
    type?: { summary?: string };
    defaultValue?: { summary?: string };
    disable?: boolean;
  };
}

/** A Storybook control: what the Controls panel offers for a property. */
export type DocsControl =
  | { type: 'boolean' }
  | { type: 'number' }
  | { type: 'text' }
  | { type: 'object' }
  | { type: 'select'; options: string[] };

/**
 * The control for a property of TypeScript type `text` (as the manifest writes it): a switch for
 * `boolean`, a number field for `number`, a select for a union of string literals, a JSON editor
 * for arrays and records, a text field otherwise (a named type the manifest does not spell out,
 * e.g. `ToastSeverity`, is typed as text: the element says what it accepts).
 */
export function controlFor(text = ''): DocsControl {
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'null' && p !== 'undefined');
  if (parts.length && parts.every((p) => p === 'boolean')) return { type: 'boolean' };
  if (parts.length && parts.every((p) => p === 'number')) return { type: 'number' };
  const literals = parts.map((p) => /^(['"])(.*)\1$/.exec(p)?.[2]);
  if (parts.length > 1 && literals.every((l) => l !== undefined))
    return { type: 'select', options: literals as string[] };
  if (
    parts.some(
      (p) => p.endsWith('[]') || /^(Record|Array|ReadonlyArray)</.test(p) || p.startsWith('{'),
    )
  )
    return { type: 'object' };
  return { type: 'text' };
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

/** A method's signature as the table shows it: `(name: string) => Promise<void>`. */
function signature(m: Item & { parameters?: Item[]; return?: { type?: { text?: string } } }) {
  const params = (m.parameters ?? []).map(
    (p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`,
  );
  return `(${params.join(', ')}) => ${m.return?.type?.text ?? 'void'}`;
}

/**
 * The docs table of `tag`: public properties (a property backed by an attribute takes the
 * attribute's description when it has none, and a control for its type: every attribute can be
 * tried in the Controls panel), attributes, public methods, events (each also logged in the
 * actions panel), slots, CSS parts and custom properties. Properties keep their own name as key,
 * so a story's args set them (`.storybook/apply-args.ts`); the other rows are keyed by category.
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
    const attribute = attributes.get(m.name);
    out[m.name] = row('properties', m, {
      description: m.description || attribute?.description,
      control: attribute ? controlFor(m.type?.text ?? attribute.type?.text) : false,
    });
  }
  for (const m of d.members ?? []) {
    if (m.kind !== 'method' || m.static || (m.privacy ?? 'public') !== 'public') continue;
    if (m.name.startsWith('#')) continue;
    out[`method:${m.name}`] = row('methods', m, {});
    out[`method:${m.name}`].table.type = { summary: signature(m) };
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
