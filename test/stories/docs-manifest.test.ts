// The docs pages' API tables (.storybook/docs-manifest.ts): for every kit element, every
// documented attribute, public property, event, slot, CSS part and custom property has its row,
// and nothing private does.
import { expect } from '@open-wc/testing';
import {
  argTypesFor,
  controlFor,
  DEFAULT_SLOT,
  type Manifest,
} from '../../.storybook/docs-manifest.js';
import { kitElements } from '../support/kit-stories.js';

interface Item {
  name: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}
type Declaration = { tagName?: string } & Partial<
  Record<'members' | 'attributes' | 'events' | 'slots' | 'cssParts' | 'cssProperties', Item[]>
>;

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest & {
  modules: Array<{ declarations?: Declaration[] }>;
};
const elements = await kitElements();
const declarationOf = (tag: string) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

/** The rows of one table category, by name. */
const rows = (tag: string, category: string) =>
  Object.values(argTypesFor(manifest, tag) ?? {})
    .filter((a) => a.table.category === category)
    .map((a) => a.name);

describe('docs pages from the manifest', () => {
  it('cover the five elements and the provider', () => {
    expect(elements.map((e) => e.tag)).to.include.members([
      'agent-bridge',
      'callback-preview',
      'call-actions',
      'disposition-picker',
      'record-fields-editor',
      'custom-toast',
    ]);
  });

  for (const { tag } of elements) {
    it(`<${tag}>: a row for everything documented, nothing private`, () => {
      const d = declarationOf(tag);
      const names = (items?: Item[]) => (items ?? []).map((i) => i.name || DEFAULT_SLOT);
      const publicFields = (d.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
      );
      expect(rows(tag, 'properties')).to.have.members(names(publicFields));
      expect(rows(tag, 'attributes')).to.have.members(names(d.attributes));
      expect(rows(tag, 'events')).to.have.members(names(d.events));
      expect(rows(tag, 'slots')).to.have.members(names(d.slots));
      expect(rows(tag, 'css shadow parts')).to.have.members(names(d.cssParts));
      expect(rows(tag, 'css custom properties')).to.have.members(names(d.cssProperties));
      const privates = (d.members ?? [])
        .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
        .map((m) => m.name);
      expect(rows(tag, 'properties').filter((n) => privates.includes(n))).to.deep.equal([]);
      const publicMethods = (d.members ?? []).filter(
        (m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public',
      );
      expect(rows(tag, 'methods')).to.have.members(names(publicMethods));
    });

    it(`<${tag}>: every attribute has a control, on the property a story's args set`, () => {
      const d = declarationOf(tag);
      const table = argTypesFor(manifest, tag)!;
      for (const a of (d.attributes ?? []) as Array<Item & { fieldName?: string }>) {
        const property = table[a.fieldName ?? a.name];
        expect(property, `property row of attribute ${a.name}`).to.exist;
        expect(property.control, `control of ${a.name}`).to.be.an('object');
      }
    });
  }

  it('pick a control from the type the manifest writes', () => {
    expect(controlFor('boolean')).to.deep.equal({ type: 'boolean' });
    expect(controlFor('number | undefined')).to.deep.equal({ type: 'number' });
    expect(controlFor('string | null')).to.deep.equal({ type: 'text' });
    expect(controlFor("'top' | 'bottom' | undefined")).to.deep.equal({
      type: 'select',
      options: ['top', 'bottom'],
    });
    expect(controlFor('KeyLabel[] | undefined')).to.deep.equal({ type: 'object' });
    expect(controlFor('Record<string, string> | undefined')).to.deep.equal({ type: 'object' });
    expect(controlFor('ToastSeverity')).to.deep.equal({ type: 'text' });
    expect(controlFor(undefined)).to.deep.equal({ type: 'text' });
  });

  it('keep same-named rows of different kinds apart, name the default slot, and describe a property by its attribute', () => {
    const manifestOf = (d: object) => ({
      modules: [{ declarations: [{ tagName: 'x-toast', ...d }] }],
    });
    const table = argTypesFor(
      manifestOf({
        members: [
          { kind: 'field', name: 'message', attribute: 'message' },
          { kind: 'field', name: 'secret', privacy: 'private' },
          { kind: 'field', name: 'styles', static: true },
          {
            kind: 'method',
            name: 'show',
            parameters: [{ name: 'delay', type: { text: 'number' } }],
          },
          { kind: 'method', name: 'secretMethod', privacy: 'private' },
        ],
        attributes: [{ name: 'message', fieldName: 'message', description: 'The message.' }],
        slots: [{ name: '', description: 'The text.' }],
        cssParts: [{ name: 'message' }],
        events: [{ name: 'adk-toast-show' }],
      }),
      'x-toast',
    )!;
    const byCategory = Object.values(table).map(
      (a) => `${a.table.category ?? '-'}:${a.name}${a.description ? ` (${a.description})` : ''}`,
    );
    expect(byCategory).to.have.members([
      'properties:message (The message.)',
      'methods:show',
      'attributes:message (The message.)',
      'css shadow parts:message',
      `slots:${DEFAULT_SLOT} (The text.)`,
      'events:adk-toast-show',
      '-:onAdkToastShow',
    ]);
    expect(table.onAdkToastShow.action).to.deep.equal({ name: 'adk-toast-show' });
    expect(table['method:show'].table.type?.summary).to.equal('(delay: number) => void');
    expect(table.message.control).to.deep.equal({ type: 'text' });
    expect(argTypesFor(manifestOf({}), 'x-other')).to.equal(null);
  });
});
