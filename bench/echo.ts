/**
 * The benchmarks' baseline: the cheapest cross-origin round trip, a bare postMessage echo
 * (bench/echo-frame.html on the other origin), no protocol at all. Measured in the same run as
 * the figure it is compared with.
 */
import { otherOriginUrl } from '../test/support/origins.js';

/** Mean round trip in ms over `count` echoes in sequence (timed as a whole loop: performance.now() is coarse here). */
export async function echoRoundTrip(count: number): Promise<number> {
  const { frame, origin } = await openEcho();
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

/** Each of `count` echoes' round trip in ms, in sequence (for percentiles). */
export async function echoSamples(count: number): Promise<number[]> {
  const echoes = await openEchoes();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await echoes.once());
  echoes.close();
  return samples;
}

/**
 * One echo at a time from a frame opened once: `once()` resolves with one round trip in ms. For
 * a baseline taken in turns with the figure it is compared with (the same moments of a loaded
 * machine for both).
 */
export async function openEchoes(): Promise<{ once(): Promise<number>; close(): void }> {
  const { frame, origin } = await openEcho();
  let resolveOne: () => void = () => {};
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow && e.origin === origin) resolveOne();
  };
  addEventListener('message', onMessage);
  let i = 0;
  return {
    async once() {
      const start = performance.now();
      await new Promise<void>((r) => {
        resolveOne = r;
        frame.contentWindow!.postMessage(
          { request: 'agent.getState', referenceId: `${i++}` },
          origin,
        );
      });
      return performance.now() - start;
    },
    close() {
      removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

/** A bare flood: the frame posts `count` messages at once; messages received per second. */
export async function floodRate(count: number): Promise<number> {
  const { frame, origin } = await openEcho();
  let received = 0;
  let done: () => void = () => {};
  const onMessage = (e: MessageEvent) => {
    if (e.source === frame.contentWindow && e.origin === origin && ++received === count) done();
  };
  addEventListener('message', onMessage);
  const start = performance.now();
  await new Promise<void>((r) => {
    done = r;
    frame.contentWindow!.postMessage({ flood: count }, origin);
  });
  const rate = count / ((performance.now() - start) / 1000);
  removeEventListener('message', onMessage);
  frame.remove();
  return rate;
}

/**
 * A bare listener for the same messages a flood under test receives (e.g. recorded wire
 * envelopes): the frame, opened once, posts them back at once, each as its own message; the
 * listener reads each message's data (as any listener must) and counts. `rate` resolves with
 * the messages received per second; `close` removes the frame.
 */
export async function openRelay(): Promise<{
  rate(messages: readonly unknown[]): Promise<number>;
  close(): void;
}> {
  const { frame, origin } = await openEcho();
  return {
    async rate(messages) {
      let received = 0;
      let done: () => void = () => {};
      const onMessage = (e: MessageEvent) => {
        if (e.source !== frame.contentWindow || e.origin !== origin) return;
        if (e.data !== undefined && ++received === messages.length) done();
      };
      addEventListener('message', onMessage);
      const start = performance.now();
      await new Promise<void>((r) => {
        done = r;
        frame.contentWindow!.postMessage({ relayToParent: messages }, origin);
      });
      const rate = messages.length / ((performance.now() - start) / 1000);
      removeEventListener('message', onMessage);
      return rate;
    },
    close: () => frame.remove(),
  };
}

async function openEcho(): Promise<{ frame: HTMLIFrameElement; origin: string }> {
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
  return { frame, origin };
}
