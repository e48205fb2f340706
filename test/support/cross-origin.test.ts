// Documents the test server setup: one server, two origins (localhost and
// 127.0.0.1 on the same port), so a test can embed a real cross-origin frame.
import { expect } from '@open-wc/testing';
import { otherOrigin, otherOriginUrl, thisOrigin } from './origins.js';

function loadFrame(src: string): Promise<{ frame: HTMLIFrameElement; event: MessageEvent }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`no message from ${src}`)), 10000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve({ frame, event });
    });
    frame.src = src;
    document.body.append(frame);
  });
}

describe('test server origins', () => {
  it('serves the page on one hostname and names the other', () => {
    expect(['localhost', '127.0.0.1']).to.include(location.hostname);
    expect(otherOrigin()).to.not.equal(thisOrigin());
    expect(new URL(otherOrigin()).port).to.equal(location.port);
  });

  it('loads a frame from the other origin that posts a message back', async () => {
    const { frame, event } = await loadFrame(
      otherOriginUrl('/test/support/cross-origin-frame.html'),
    );
    try {
      expect(event.origin).to.equal(otherOrigin());
      expect(event.data).to.deep.equal({ type: 'hello', origin: otherOrigin() });
      // Really cross-origin: the parent cannot reach into the frame's document.
      expect(() => frame.contentWindow!.document).to.throw();
    } finally {
      frame.remove();
    }
  });
});
