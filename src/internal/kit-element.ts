/**
 * The base of the kit's elements: a `LitElement` with the language controller and a typed
 * `emit`. Deliberately small (Shoelace's `ShoelaceElement` is the model): everything else an
 * element needs comes from controllers it adds itself (see `./README.md`).
 */
import { LitElement } from 'lit';
import { nextTask, takeDeferred } from '../bridge/render-batch.js';
import type { KitEventDetail, KitEventName, KitPartEventMap, KitPartEventName } from '../events.js';
import { LocaleController, type Messages } from '../i18n/localize.js';
import { kitEvent, partEvent } from './events.js';

export class KitElement extends LitElement {
  /**
   * The English sections the element shows (`i18n/en/<section>.js`), e.g.
   * `static override strings = { callActions, actions }`: its entry carries them (and no other
   * element's), and they name the sections to load when it is shown in another language.
   */
  static strings?: Partial<Messages>;

  /** The element's language (`lang` of the nearest ancestor, else the document's) and its catalogue. */
  protected readonly locale = new LocaleController(
    this,
    (this.constructor as typeof KitElement).strings,
  );

  /**
   * Updates once the strings of its language are there (a language may load on demand); an
   * update asked for by the bridge's change feed waits for the end of the burst of events
   * (`src/bridge/render-batch.ts`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (takeDeferred(this))
      return nextTask().then(() => this.locale.whenReady(() => super.scheduleUpdate()));
    return this.locale.whenReady(() => super.scheduleUpdate());
  }

  /**
   * Dispatches the kit event `name` (bubbles, composed) with its typed detail. Returns false
   * when the event is cancelable and a listener called `preventDefault()`.
   */
  protected emit<K extends KitEventName>(
    name: K,
    detail: KitEventDetail<K>,
    init: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(kitEvent(name, detail, init));
  }

  /**
   * A sub-element tells its parent something (`KitPartEventMap`): the event neither bubbles nor
   * leaves the parent's shadow root. Sub-elements talk to their parent only this way; the parent
   * talks to them only through properties.
   */
  protected tell<K extends KitPartEventName>(name: K, detail: KitPartEventMap[K]): void {
    this.dispatchEvent(partEvent(name, detail));
  }
}
