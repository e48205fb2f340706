/**
 * A toast's requests, through the kit's `RequestController`:
 * - `WorkspaceRequests`: `system.popupToast` / `updateToast` / `closeToast`, each announced as
 *   `adk-toast-request` (cancelable: a page's `preventDefault()` sends nothing) and then
 *   `adk-toast-request-result` with `{ ok, error? }`. Each request has its own key, so two
 *   updates in a row are both sent.
 * - `ButtonActions`: the page card's custom buttons. A click is `adk-toast-button-click`
 *   (cancelable: the toast stays open); an action passed to `waitUntil` is pending (the toast's
 *   time held, its buttons waiting), then the toast closes, or its error region says why not.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { kitEvent } from '../../internal/events.js';
import { RequestController, type OutcomeRegions } from '../../internal/requests.js';
import type {
  ToastButtonClickDetail,
  ToastClick,
  ToastRequestDetail,
} from './custom-toast.events.js';
import { problemOf, type ToastProblem } from './toast-errors.js';

type Host = ReactiveControllerHost & EventTarget;

/** A workspace request's outcome: done, or the problem (`vetoed` when the page cancelled it). */
export type Asked = { ok: true } | { ok: false; problem: ToastProblem };

export class WorkspaceRequests {
  private readonly requests: RequestController<{ n: number }>;
  private asked = 0;

  constructor(host: Host & { toastId: string }) {
    this.requests = new RequestController(host, {
      id: (k) => k.n,
      onSettled: (o) => this.requests.clear(o.key),
    });
    this.toastId = () => host.toastId;
  }

  private readonly toastId: () => string;

  async ask(
    detail: Omit<ToastRequestDetail, 'toastId'>,
    task: () => Promise<unknown>,
  ): Promise<Asked> {
    const full = { ...detail, toastId: this.toastId() };
    const r = await this.requests.request('adk-toast-request', full, { n: ++this.asked }, task);
    if (r.ok) return { ok: true };
    return { ok: false, problem: 'vetoed' in r ? { code: 'vetoed' } : problemOf(r.error) };
  }
}

export interface ButtonActionsOwner {
  /** Holds the toast's time while an action runs. */
  hold(on: boolean): void;
  /** The toast closes after a click (its action done). */
  clicked(click: ToastClick): void;
  /** Whether the toast is still shown. */
  shown(): boolean;
}

export class ButtonActions {
  private readonly requests: RequestController<ToastClick>;

  constructor(
    private readonly host: Host,
    private readonly owner: ButtonActionsOwner,
  ) {
    this.requests = new RequestController<ToastClick>(host, { id: (k) => k.index });
  }

  /** An action runs: the buttons wait. */
  get busy(): boolean {
    return this.requests.pending.length > 0;
  }

  /** The card's polite status and assertive error regions. */
  regions(t: Messages['actions']): OutcomeRegions {
    return this.requests.regions((k) => k.label, t);
  }

  /** Forgets the last outcome (a new toast shown). */
  clear(): void {
    this.requests.clear();
  }

  press(click: ToastClick): void {
    if (this.busy) return;
    let action: Promise<unknown> | undefined;
    const detail: ToastButtonClickDetail = {
      ...click,
      renderer: 'page',
      waitUntil: (p) => void (action = Promise.resolve(p)),
    };
    const go = this.host.dispatchEvent(
      kitEvent('adk-toast-button-click', detail, { cancelable: true }),
    );
    if (action) void this.wait(action, click);
    else if (go) this.owner.clicked(click);
  }

  private async wait(action: Promise<unknown>, click: ToastClick): Promise<void> {
    this.owner.hold(true);
    const r = await this.requests.run(click, () => action);
    this.owner.hold(false);
    if (r.ok && this.owner.shown()) this.owner.clicked(click);
  }
}
