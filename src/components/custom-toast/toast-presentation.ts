/**
 * How a `<custom-toast>` is shown, updated and closed by one renderer or the other (Material
 * Web's tag-over-internal split, over `ToastBase`'s properties): the workspace (`popupToast` /
 * `updateToast` / `closeToast`, each through `WorkspaceRequests`), or the page's stack
 * (`PagePlacement`) when the workspace offers no toasts or refuses. One toast per id in the page:
 * opening a toast with the id of an open one replaces it. A late answer never reopens a toast.
 * `custom-toast.ts` is the tag: its public methods, template and keys.
 */
import type { ToastParameters } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import { toastButtonLabel } from '../../bridge/toast-order.js';
import { announce } from '../../internal/live-announcer.js';
import type { ToastClick, ToastCloseReason } from './custom-toast.events.js';
import { cardAnnouncement, isAssertive } from './custom-toast.view.js';
import { PagePlacement } from './page-toasts.js';
import { chooseRenderer } from './renderer.js';
import { ToastBase } from './toast-base.js';
import { OK, type ToastOutcome } from './toast-errors.js';
import { autoCloseDelay, normaliseToastParams, toastChanges } from './toast-params.js';
import { ButtonActions, WorkspaceRequests } from './toast-requests.js';
import { WorkspaceToast } from './workspace-toast.js';

/** The open toasts by id: one toast per id in the page, whichever renderer shows it. */
const openToasts = new Map<string, ToastPresentation>();
export const openToast = (id: string): ToastPresentation | undefined => openToasts.get(id);
/** The reasons to close after which the workspace still shows the toast (else it closed it itself). */
const ASKS_WORKSPACE: ToastCloseReason[] = [
  'closed',
  'replaced',
  'escape',
  'show',
  'dismiss',
  'ok',
];

export class ToastPresentation extends ToastBase {
  private readonly context = new BridgeController(this, { filter: () => false });
  private readonly requests = new WorkspaceRequests(this);
  protected readonly actions = new ButtonActions(this, {
    hold: (on) => this.page.hold(on, 'pending'),
    clicked: (click) => void this.finish('button', click),
    shown: () => !!this.shownBy,
  });
  protected workspace: WorkspaceToast | undefined;
  protected sent: ToastParameters | undefined;
  protected presenting: Promise<ToastOutcome> | undefined;
  private generation = 0;
  protected readonly page = new PagePlacement(this, {
    expire: () => void this.finish('timeout'),
    appear: () => this.say(),
  });

  protected async present(): Promise<ToastOutcome> {
    const run = (this.presenting = this.presentNow());
    try {
      return await run;
    } finally {
      if (this.presenting === run) this.presenting = undefined;
    }
  }

  private async presentNow(): Promise<ToastOutcome> {
    const checked = normaliseToastParams(this.parameters);
    if (!checked.ok) return ((this.open = false), this.fail('show', checked.error));
    const params = checked.value;
    const other = openToasts.get(this.toastId);
    if (other && other !== this) await other.finish('replaced');
    openToasts.set(this.toastId, this);
    const generation = ++this.generation;
    const bridge = this.bridge ?? this.context.bridge;
    let renderer = await chooseRenderer(this.renderer, bridge);
    if (renderer === 'workspace' && bridge) {
      const ws = new WorkspaceToast(bridge, {
        click: (i) => this.clickedInWorkspace(i),
        expired: () => void this.finish('timeout'),
      });
      const r = await this.requests.ask({ operation: 'show', params }, () => ws.open(params));
      if (r.ok) this.workspace = ws;
      else if (r.problem.code === 'vetoed')
        return (this.letGo(), this.fail('show', r.problem, true));
      else {
        this.fail('show', r.problem);
        renderer = 'page'; // the agent still sees it
      }
    }
    if (generation !== this.generation || !this.open) {
      void this.workspace?.close().catch(() => undefined); // a late answer never reopens it
      this.workspace = undefined;
      return this.fail('show', { code: 'not-open' });
    }
    this.sent = params;
    this.shownBy = renderer;
    this.actions.clear();
    if (renderer === 'page') this.page.add(this.placement, autoCloseDelay(params), true);
    const workspaceId = renderer === 'workspace' ? this.workspace?.id : undefined;
    this.emit('adk-toast-show', { renderer, workspaceId });
    return OK;
  }

  /** Sends what changed since the last shown parameters to the renderer. */
  protected async push(restart = false): Promise<ToastOutcome> {
    const next = this.checkedParams();
    const prev = this.sent;
    if (!next || !prev || !this.shownBy)
      return next ? OK : this.fail('update', { code: 'title-required' });
    const changed = toastChanges(prev, next);
    if (restart) changed.autoClose = next.autoClose ?? 0;
    this.sent = next; // a vetoed update is not retried: the page took it over
    const ws = this.workspace;
    if (!ws) {
      if ('autoClose' in changed || 'sticky' in changed)
        this.page.add(this.placement, autoCloseDelay(next));
      return (this.say(), OK);
    }
    const detail = { operation: 'update' as const, workspaceId: ws.id, params: changed };
    const r = await this.requests.ask(detail, () => ws.update(changed, next));
    if (r.ok) return OK;
    if (r.problem.code === 'unknown-toast') void this.finish('unknown');
    return this.fail('update', r.problem, r.problem.code === 'vetoed');
  }

  /** Closes the toast for `reason`; asks the workspace to close it when it still shows it. */
  protected async finish(reason: ToastCloseReason, click?: ToastClick) {
    if (!this.open && !this.shownBy && !this.presenting) return undefined;
    const ws = this.shownBy === 'workspace' ? this.workspace : undefined;
    if (!ws || !ASKS_WORKSPACE.includes(reason))
      return (this.workspace?.dispose(), this.letGo(reason, click));
    const r = await this.requests.ask({ operation: 'close', workspaceId: ws.id }, () => {
      this.letGo(reason, click);
      return ws.close();
    });
    if (r.ok) return OK;
    if (r.problem.code !== 'vetoed') return this.fail('close', r.problem);
    if (this.isConnected) {
      this.open = true; // the workspace still shows it
    } else {
      ws.dispose();
      this.letGo(reason, click);
    }
    return this.fail('close', r.problem, true);
  }

  /** Forgets the shown toast (the workspace's is left as it is) and says it closed. */
  private letGo(reason?: ToastCloseReason, click?: ToastClick): undefined {
    this.generation++;
    this.workspace = undefined;
    if (openToasts.get(this.toastId) === this) openToasts.delete(this.toastId);
    this.page.remove();
    const wasOpen = this.open || !!this.shownBy;
    this.shownBy = undefined;
    this.open = false;
    this.actions.clear();
    if (reason && wasOpen) this.emit('adk-toast-close', { reason, ...click });
    return undefined;
  }

  private clickedInWorkspace(index: unknown): void {
    const label = toastButtonLabel(this.sent ?? {}, index);
    if (label === undefined || typeof index !== 'number') {
      this.fail('click', { code: 'unknown-button', index });
      return void this.finish('unknown');
    }
    const detail = { index, label, renderer: 'workspace' as const, waitUntil: () => undefined };
    this.emit('adk-toast-button-click', detail);
    void this.finish('button', { index, label });
  }

  protected say(): void {
    if (this.shownBy !== 'page' || !this.sent || this.page.waiting) return;
    const { t, lang } = this.locale;
    const text = cardAnnouncement(this.sent, this.severity, t.customToast);
    announce(text, { assertive: isAssertive(this.severity), lang });
  }
}
