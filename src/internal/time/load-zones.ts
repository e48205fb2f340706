/**
 * The time-zone module (`zones.js`, with luxon), loaded once per page with `import()`. On its
 * own, so that a module that only needs the loader (e.g. `<call-actions>`' reschedule line, up
 * front) does not carry `TimeController` (time-controller.ts re-exports this).
 */
import { lazyModule } from '../lazy-module.js';

/** The time-zone module's exports (a type only: luxon is not loaded by importing this). */
export type Zones = typeof import('./zones.js');

/**
 * Loads `zones.js` (and luxon with it) once per page; later calls share the promise. A failed
 * load (network) is forgotten so that the next call tries again.
 */
export const loadZones: () => Promise<Zones> = lazyModule(() => import('./zones.js'));
