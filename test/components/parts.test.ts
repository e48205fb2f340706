// Both ways: every kit element's documented CSS parts (`@csspart` in its JSDoc, read from
// custom-elements.json) exist in the rendered element, in at least one of the states its stories
// show; and every part an element renders in those states is documented. The list of elements
// and stories grows by itself: whatever the page registered.
import { expect } from '@open-wc/testing';
import {
  kitElements,
  kitNodes,
  kitStories,
  mountStory,
  type KitElement,
} from '../support/kit-stories.js';

const elements: KitElement[] = await kitElements();
const tags = new Set(elements.map((e) => e.tag));

describe('documented CSS parts', function () {
  this.timeout(240_000);
  const seen = new Map<string, Set<string>>(elements.map((e) => [e.tag, new Set()]));
  const rendered = new Set<string>();

  before(async () => {
    const stories = await kitStories(elements);
    for (const story of stories) {
      const { root, unmount } = await mountStory(story, tags);
      for (const el of kitNodes(root, tags)) {
        rendered.add(el.localName);
        for (const p of el.shadowRoot?.querySelectorAll('[part]') ?? []) {
          for (const name of p.getAttribute('part')!.split(/\s+/))
            seen.get(el.localName)!.add(name);
        }
      }
      unmount();
    }
  });

  it('covers every registered kit element', () => {
    expect(elements.map((e) => e.tag)).to.include.members([
      'agent-bridge',
      'agent-bridge-state',
      'custom-toast',
    ]);
  });

  for (const { tag, parts } of elements) {
    it(`<${tag}>: ${parts.length ? parts.join(', ') : 'no parts documented'}`, () => {
      if (!parts.length) return;
      expect(rendered.has(tag), `no story renders <${tag}>`).to.equal(true);
      const missing = parts.filter((p) => !seen.get(tag)!.has(p));
      expect(missing, `<${tag}> documents parts no story renders`).to.deep.equal([]);
    });
    it(`<${tag}>: every rendered part is documented`, () => {
      const undocumented = [...(seen.get(tag) ?? [])].filter((p) => !parts.includes(p)).sort();
      expect(undocumented, `<${tag}> renders parts its JSDoc does not document`).to.deep.equal([]);
    });
  }
});
