// The demo's workspace page: client iframe (titled) beside the panel; the host accepts the
// client's origin; a parent can drive it over the control channel.
import type { ControlData } from '../../src/sim/control.js';
import { expect } from '@open-wc/testing';
import { otherOriginUrl, otherOrigin } from '../support/origins.js';
import { overflows } from '../support/overflow.js';
import { until } from '../support/until.js';

describe('demo/workspace.html', () => {
  it('embeds the client page, shows the panel, and accepts the client origin with (*)', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'workspace page';
    const client = otherOriginUrl('/test/support/cross-origin-frame.html');
    frame.src = `/demo/workspace.html?client=${encodeURIComponent(client)}`;
    document.body.append(frame);
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('workspace page did not start')), 10000);
        const poll = () => {
          const doc = frame.contentDocument;
          if (doc?.querySelector('sim-scenario-panel') && frame.contentWindow?.simHost) {
            clearTimeout(t);
            resolve();
          } else setTimeout(poll, 50);
        };
        poll();
      });
      const doc = frame.contentDocument!;
      const clientFrame = doc.querySelector('iframe.client') as HTMLIFrameElement;
      expect(clientFrame.src).to.equal(client);
      expect(clientFrame.title).to.match(/^Client page: /);
      const host = frame.contentWindow!.simHost!;
      expect(host.securityOptions).to.deep.equal({
        'service-client-api.accepted-web-content-origins': `${otherOrigin()} (*)`,
      });
      const reply = new Promise<{ data: ControlData<'listScenarios'> }>((resolve) => {
        window.addEventListener('message', function on(e) {
          if (e.source === frame.contentWindow && e.data?.controlId === 'wp1') {
            window.removeEventListener('message', on);
            resolve(e.data);
          }
        });
      });
      frame.contentWindow!.postMessage(
        { simControl: 'listScenarios', controlId: 'wp1' },
        location.origin,
      );
      expect((await reply).data.map((s) => s.name)).to.include('outbound-pull-preview');
    } finally {
      frame.remove();
    }
  });

  for (const width of [1024, 1440])
    it(`lays the demo out at ${width} px with no sideways scrolling, the panel inside its column`, async () => {
      const frame = document.createElement('iframe');
      frame.title = 'workspace page';
      frame.style.cssText = `width:${width}px;height:800px;border:0`;
      frame.src = `/demo/workspace.html?client=${encodeURIComponent(otherOriginUrl('/test/support/cross-origin-frame.html'))}`;
      document.body.append(frame);
      try {
        await until(
          () =>
            frame.contentDocument?.querySelector('sim-scenario-panel')?.shadowRoot
              ?.childElementCount,
          'the panel rendered',
        );
        const doc = frame.contentDocument!;
        const panel = doc.querySelector<HTMLElement>('sim-scenario-panel')!;
        await new Promise((r) => setTimeout(r, 100));
        const page = doc.scrollingElement!;
        expect(page.scrollWidth, 'page scroll width').to.be.at.most(page.clientWidth);
        expect(overflows(panel)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
});
