/**
 * `<callback-preview>`'s requests and what it says about them: a `RequestController` keyed by
 * action and callback (a late answer about another callback stays silent), plus the element's
 * own lines (copied, scheduled, the callback's end), which take the status region while they
 * are the newest thing said. `regions(id)` gives the two live regions for the callback `id`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { KitEventDetail, KitRequestEventName } from '../../events.js';
import type { Messages } from '../../i18n/messages.js';
import { RequestController, type OutcomeRegions } from '../../internal/requests.js';
import type { Words } from '../../internal/words.js';
import type { PreviewAction } from './preview-actions.js';

/** A request's key: the action and the callback it is about. */
export interface RequestKey {
  action: PreviewAction;
  id: string;
}

export class CallbackOutcomes {
  private readonly requests: RequestController<RequestKey>;
  /** The element's own line, the callback it is about, and whether it says that callback's end. */
  private notice: { say: Words; about: string; end: boolean } | null = null;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    this.requests = new RequestController<RequestKey>(host, {
      id: (k) => `${k.action}/${k.id}`,
      interactionOf: (k) => k.id,
    });
  }

  /**
   * Says `say` about the callback `about`; the last request's outcome gives way. `end`: the line
   * says how that callback ended (the one line kept once nothing follows it).
   */
  say(say: Words, about: string, end = false): void {
    this.requests.clear();
    this.notice = { say, about, end };
    this.host.requestUpdate();
  }

  /**
   * Another callback is followed: forgets what was said, except the line saying how `keep` ended
   * (a copy, a booking or an outcome of `keep` goes with it: only its end is news after it).
   */
  forget(keep?: string): void {
    this.requests.clear();
    const n = this.notice;
    if (keep === undefined || !n || n.about !== keep || !n.end) this.notice = null;
  }

  /** The actions pending on the callback `id`. */
  pending(id: string | undefined): PreviewAction[] {
    return this.requests.pending.filter((k) => k.id === id).map((k) => k.action);
  }

  /** The status region (the element's line, else the latest request's progress) and the error region, for `id`. */
  regions(id: string | undefined, t: Messages, lang: string): OutcomeRegions {
    const notice = this.notice?.say(t, lang);
    if (notice) return { status: notice, error: '' };
    const latest = this.requests.latest;
    return latest && latest.key.id === id
      ? this.requests.regions((k) => t.callbackPreview.actions[k.action], t.actions)
      : { status: '', error: '' };
  }

  /** `RequestController.request`: `adk-<name>` (cancelable), the task, `adk-<name>-result`. */
  request<N extends KitRequestEventName>(
    name: N,
    detail: KitEventDetail<N>,
    key: RequestKey,
    task: () => Promise<unknown>,
  ) {
    this.notice = null;
    return this.requests.request(name, detail, key, task);
  }
}
