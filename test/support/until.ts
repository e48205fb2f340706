// The tests' one way to poll: @open-wc/testing's waitUntil, with the kit's defaults (a 4 s
// budget, 10 ms steps) and a message that names what never came.
import { waitUntil } from '@open-wc/testing';

export function until(condition: () => unknown, what = 'condition', timeout = 4000): Promise<void> {
  return waitUntil(condition, `${what}: not met in ${timeout} ms`, { interval: 10, timeout });
}
