import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The phone-number module's exports (a type only: libphonenumber-js is not loaded by this). */
export type PhoneNumbers = typeof import('./numbers.js');

let loading: Promise<PhoneNumbers> | undefined;

/** Loads `numbers.js` (and libphonenumber-js) once per page; a failed load is tried again next time. */
export function loadPhoneNumbers(): Promise<PhoneNumbers> {
  loading ??= import('./numbers.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * The phone-number module for an element, loaded on its first connection; the host re-renders
 * when it arrives (until then it shows numbers as received).
 */
export class PhoneController implements ReactiveController {
  numbers: PhoneNumbers | undefined;
  error: unknown;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.numbers) return;
    loadPhoneNumbers().then(
      (numbers) => {
        this.numbers = numbers;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }
}
