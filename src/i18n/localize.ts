import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from './en.js';

/**
 * One small mechanism for the kit's strings: a typed catalogue (`en.ts`), the active one, and a
 * controller that re-renders an element when the page switches catalogues.
 */
let active: Messages = en;
const listeners = new Set<() => void>();

/** The active catalogue. Elements read `msg().section.key` inside `render()`. */
export function msg(): Messages {
  return active;
}

/** Switches every element of the page to another catalogue (a second language, a deployment's wording). */
export function setMessages(messages: Messages): void {
  active = messages;
  for (const l of [...listeners]) l();
}

/** Re-renders its host when the catalogue changes. */
export class LocaleController implements ReactiveController {
  private readonly update = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    listeners.add(this.update);
  }
  hostDisconnected(): void {
    listeners.delete(this.update);
  }
}

export type { Messages };
export { en };
