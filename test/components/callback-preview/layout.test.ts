// <callback-preview>'s layout: the essentials first (who, when, the actions), the case, callback
// and IVR data folded under one disclosure below them in a side panel, beside them when wide.
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { storiesIn } from '../../support/kit-stories.js';
import type { CallbackPreviewElement } from '../../../src/components/callback-preview/callback-preview.js';

async function ringing(width: number) {
  const story = (await storiesIn(['callback-preview'])).find((s) => s.name === 'Ringing')!;
  const host = document.body.appendChild(document.createElement('div'));
  host.style.width = `${width}px`;
  render(story.render(), host);
  if (story.play) await story.play(host);
  await waitUntil(
    () =>
      host
        .querySelector<CallbackPreviewElement>('callback-preview')
        ?.shadowRoot?.querySelector('[part~="more-data"]'),
    'the Ringing story shows its data',
    { timeout: 9000 },
  );
  const el = host.querySelector<CallbackPreviewElement>('callback-preview')!;
  const part = (name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  return { host, el, part };
}

describe('<callback-preview> layout', () => {
  it('in a side panel: the data folded, closed, below the actions, its summary naming the sections', async () => {
    const { host, el, part } = await ringing(360);
    try {
      const more = part('more-data') as HTMLDetailsElement;
      expect(more.open).to.equal(false);
      expect(more.querySelector('summary')!.textContent).to.equal(
        'Case information, Callback information, IVR data',
      );
      expect(more.getBoundingClientRect().top).to.be.greaterThan(
        part('actions').getBoundingClientRect().bottom,
      );
      more.querySelector('summary')!.click();
      await el.updateComplete;
      expect(more.open).to.equal(true);
      expect(el.shadowRoot!.querySelector('#case-info')!.getClientRects().length).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('wide: the data beside the essentials', async () => {
    const { host, part } = await ringing(1000);
    try {
      const more = part('more-data').getBoundingClientRect();
      const actions = part('actions').getBoundingClientRect();
      expect(more.left).to.be.greaterThan(actions.left + 400);
      expect(more.top).to.be.lessThan(actions.bottom);
    } finally {
      host.remove();
    }
  });
});
