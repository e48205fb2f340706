// The Storybook preview's helpers: args applied to a story's element (Controls at work on stories
// that render their own template) and a docs frame sized to its story.
import { expect, fixture, html } from '@open-wc/testing';
import { applyArgs } from '../../.storybook/apply-args.js';
import { contentHeight, fitDocsFrame } from '../../.storybook/fit-frame.js';
import '../../src/components/custom-toast/custom-toast.js';
import { until } from '../support/until.js';

describe('Storybook preview helpers', () => {
  it('apply the args that are properties of the story element, on every instance', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <custom-toast renderer="page" placement="inline" heading="One"></custom-toast>
      <custom-toast renderer="page" placement="inline" heading="Two"></custom-toast>
    </div>`);
    const set = applyArgs(root, 'custom-toast', {
      heading: 'Changed',
      sticky: true,
      notAProperty: 1,
      message: undefined,
    });
    expect(set).to.equal(4);
    for (const t of root.querySelectorAll('custom-toast')) {
      expect(t.heading).to.equal('Changed');
      expect(t.sticky).to.equal(true);
      expect('notAProperty' in t).to.equal(false);
    }
    expect(applyArgs(root, 'custom-toast', { heading: 'Changed' })).to.equal(0);
  });

  it('size a docs frame to its story as the story grows and shrinks', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="width:400px;height:384px;border:0" title="story"></iframe>`,
    );
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<div id="storybook-root"><div id="box" style="height:150px"></div></div>';
    // As on a docs page: the story frame's parent shows viewMode=docs.
    const win = frame.contentWindow!;
    Object.defineProperty(win, 'parent', {
      value: { location: { search: '?viewMode=docs' } },
    });
    fitDocsFrame(win);
    const expected = () => contentHeight(doc);
    await until(() => frame.style.height === `${expected()}px`, 'frame sized to 150px of content');
    expect(expected()).to.be.within(150, 180);
    (doc.getElementById('box') as HTMLElement).style.height = '600px';
    await until(() => frame.style.height === `${expected()}px`, 'frame grown to 600px of content');
    expect(expected()).to.be.within(600, 630);
  });
});
