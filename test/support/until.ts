// The tests' one way to poll: @open-wc/testing's waitUntil, with the kit's defaults (a 4 s
// budget, 10 ms steps) and a message that names what never came. It resolves with the value
// that came (`const row = await until(() => root.querySelector('li'), 'a row')`). `what` may be
// a function, read when the time is up (to say what there was instead). `read` may be async.
import { waitUntil } from '@open-wc/testing';

type Falsy = null | undefined | false | 0 | '';

export async function until<T = true>(
  read: () => T | Falsy | Promise<T | Falsy>,
  what: string | (() => string) = 'condition',
  timeout = 4000,
): Promise<T> {
  const message = () => `${typeof what === 'function' ? what() : what}: not met in ${timeout} ms`;
  const found: { value?: T } = {};
  // An async `read` is awaited: its promise is not the value (waitUntil awaits a predicate too).
  const came = async () => {
    const value = await read();
    if (value) found.value = value;
    return !!value;
  };
  await waitUntil(came, typeof what === 'string' ? message() : undefined, {
    interval: 10,
    timeout,
  }).catch((error: unknown) => {
    // waitUntil's own timeout text ("waitUntil timed out after …"), or ours.
    const timedOut = error instanceof Error && /timed out|^Timeout/.test(error.message);
    throw timedOut && typeof what === 'function' ? new Error(message()) : error;
  });
  if (!('value' in found)) throw new Error(message());
  return found.value!;
}
