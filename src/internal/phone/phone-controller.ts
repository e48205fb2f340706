import type { ReactiveControllerHost } from 'lit';
import { lazyModule } from '../lazy-module.js';
import { LazyModuleController } from '../lazy-module-controller.js';

/** The phone-number module's exports (a type only: libphonenumber-js is not loaded by this). */
export type PhoneNumbers = typeof import('./numbers.js');

/** Loads `numbers.js` (and libphonenumber-js) once per page; a failed load is tried again next time. */
export const loadPhoneNumbers: () => Promise<PhoneNumbers> = lazyModule(
  () => import('./numbers.js'),
);

/**
 * The phone-number module for an element, loaded on its first connection; the host re-renders
 * when it arrives (until then it shows numbers as received).
 */
export class PhoneController {
  private readonly lazy: LazyModuleController<PhoneNumbers>;

  constructor(host: ReactiveControllerHost) {
    this.lazy = new LazyModuleController(host, loadPhoneNumbers);
  }

  /** The module once loaded, else `undefined`. */
  get numbers(): PhoneNumbers | undefined {
    return this.lazy.module;
  }

  /** Why the module could not load. */
  get error(): unknown {
    return this.lazy.error;
  }
}
