/**
 * The benchmarks' baseline: the cheapest cross-origin round trip, a bare postMessage echo
 * (bench/echo-frame.html on the other origin), no protocol at all. Measured in the same run as
 * the figure it is compared with.
 */
import { otherOriginUrl } from '../test/support/origins.js';

/** Mean round trip in ms over `count` echoes in sequence (timed as a whole loop: performance.now() is coarse here). */
export async function echoRoundTrip(count: number): Promise<number> {
  const frame = document.createElement('iframe');
  frame.src = otherOriginUrl('/bench/echo-frame.html');
  const origin = new URL(frame.src).origin;
  await new Promise<void>((resolve) => {
    addEventListener('message', function ready(e) {
      if (e.source === frame.contentWindow && e.data?.echoReady) {
        removeEventListener('message', ready);
        resolve();
      }
    });
    document.body.append(frame);
  });
  let resolveOne: () => void = () => {};
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow && e.origin === origin) resolveOne();
  };
  addEventListener('message', onMessage);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await new Promise<void>((r) => {
      resolveOne = r;
      frame.contentWindow!.postMessage(
        { request: 'agent.getState', referenceId: String(i) },
        origin,
      );
    });
  }
  const mean = (performance.now() - start) / count;
  removeEventListener('message', onMessage);
  frame.remove();
  return mean;
}
