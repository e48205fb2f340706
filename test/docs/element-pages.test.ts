// Each public element's docs page (docs/elements/<tag>.md) says what custom-elements.json says:
// its API reference is the one `npm run docs` generates from the manifest (scripts/test.mjs
// refreshes the manifest from the elements' JSDoc before a run), so a page left stale fails here.
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import {
  GENERATED_MARK,
  apiReference,
  elementPage,
  generatedPart,
  publicElements,
  type Manifest,
} from '../../scripts/element-docs.mjs';

const read = (path: string) => readFile({ path: `../../${path}` });

describe('element docs pages', () => {
  let elements: ReturnType<typeof publicElements>;
  before(async () => {
    const text = await read('custom-elements.json');
    if (!text) throw new Error('custom-elements.json not found (npm run analyze)');
    const manifest: Manifest = JSON.parse(text);
    elements = publicElements(manifest);
  });

  it("the manifest lists the kit's public elements", () => {
    expect([...elements.keys()]).to.include.members([
      'agent-bridge',
      'call-actions',
      'callback-preview',
      'custom-toast',
      'disposition-picker',
      'record-fields-editor',
    ]);
  });

  it("every element has a page whose API reference is the manifest's (else: npm run docs)", async () => {
    const stale: string[] = [];
    for (const [tag, decl] of elements) {
      const page = await read(`docs/elements/${tag}.md`);
      if (!page) stale.push(`${tag}: no docs/elements/${tag}.md`);
      else if (generatedPart(page) !== apiReference(decl)) stale.push(`${tag}: stale`);
    }
    expect(stale, 'run `npm run docs`').to.deep.equal([]);
  });

  it('a JSDoc change makes the page stale; regenerating keeps the hand-written part', async () => {
    const [tag, decl] = [...elements].find(([t]) => t === 'call-actions')!;
    const page = (await read(`docs/elements/${tag}.md`))!;
    const changed = { ...decl, description: `${decl.description ?? ''} Changed.` };
    expect(generatedPart(page)).to.not.equal(apiReference(changed));
    const regenerated = elementPage(tag, changed, page);
    expect(generatedPart(regenerated)).to.equal(apiReference(changed));
    expect(regenerated.slice(0, regenerated.indexOf(GENERATED_MARK))).to.equal(
      page.slice(0, page.indexOf(GENERATED_MARK)),
    );
  });
});
