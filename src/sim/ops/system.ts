/**
 * System namespace state: toasts, dialogs, Application Menu bar views, frame state (seed
 * "Supporting multiple browser tabs") and the real-time connection (seed "Event Type
 * references": REALTIME_CONNECTION).
 */
import type { DialogOptions, MenuBarView, ToastParameters } from '../../bridge/api.js';
import type { FrameState, RealtimeConnectionState } from '../../bridge/enums.js';
import { toastButtonLabel } from '../../bridge/toast-order.js';
import { isToastIconUrl, toastIconText } from '../../bridge/toast-icon.js';
import { fail, texts } from '../host-errors.js';
import { LIMITS, limitTexts } from '../limits.js';
import type { SimToast, Workspace } from '../workspace.js';

/**
 * `keyValue` (updateToast's spelling in the seed) is read as `keyValues`. An `icon` other than an
 * https:, http: or data:image/ URL is refused (toast-icon.ts); an empty one means none.
 */
function normalizeToast(params: Partial<ToastParameters>): Partial<ToastParameters> {
  const p: Partial<ToastParameters> = { ...params };
  if (p.keyValue && !p.keyValues) p.keyValues = p.keyValue;
  delete p.keyValue;
  if (p.icon !== undefined && p.icon !== null && p.icon !== '' && !isToastIconUrl(p.icon))
    fail(toastIconText(p.icon));
  return p;
}

function armAutoClose(ws: Workspace, toast: SimToast): void {
  if (toast.closeTimer) ws.clock.clearTimeout(toast.closeTimer);
  toast.closeTimer = undefined;
  const ms = Number(toast.params.autoClose ?? 0);
  // `sticky`: stays until the agent acts, whatever autoClose says.
  if (ms > 0 && !toast.params.sticky)
    toast.closeTimer = ws.clock.setTimeout(() => closeToast(ws, toast.id), ms);
}

export function popupToast(ws: Workspace, params: unknown, owner: number | null): string {
  if (typeof params !== 'object' || params === null) fail(texts.toastTitle());
  const p = normalizeToast(params as Partial<ToastParameters>);
  if (typeof p.title !== 'string' || !p.title) fail(texts.toastTitle());
  let open = 0;
  for (const t of ws.toasts.values()) if (t.owner === owner) open++;
  if (owner !== null && open >= LIMITS.toastsPerFrame)
    fail(limitTexts.tooMany('toasts', LIMITS.toastsPerFrame));
  const toast: SimToast = {
    id: ws.nextToastId(),
    params: structuredClone(p) as ToastParameters,
    owner,
  };
  ws.toasts.set(toast.id, toast);
  armAutoClose(ws, toast);
  ws.changed();
  return toast.id;
}

export function updateToast(ws: Workspace, id: unknown, params: unknown): boolean {
  const toast = ws.toasts.get(String(id));
  if (!toast) return false;
  if (typeof params === 'object' && params !== null) {
    toast.params = {
      ...toast.params,
      ...structuredClone(normalizeToast(params as Partial<ToastParameters>)),
    };
    if ('autoClose' in params || 'sticky' in params) armAutoClose(ws, toast);
  }
  ws.changed();
  return true;
}

export function closeToast(ws: Workspace, id: unknown): boolean {
  const toast = ws.toasts.get(String(id));
  if (!toast) return false;
  if (toast.closeTimer) ws.clock.clearTimeout(toast.closeTimer);
  ws.toasts.delete(toast.id);
  ws.changed();
  return true;
}

/** The agent clicks custom button `buttonIndex` (its index in `buttons`): the toast closes. */
export function clickToastButton(ws: Workspace, id: string, buttonIndex: number): void {
  const toast = ws.toasts.get(id) ?? fail(`Error: Toast '${id}' not found.`);
  if (toastButtonLabel(toast.params, buttonIndex) === undefined)
    fail(`Error: Toast '${id}' has no button ${buttonIndex}.`);
  closeToast(ws, id);
  ws.emit(
    'system',
    { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: id, buttonIndex },
    toast.owner,
  );
}

/**
 * The agent presses Show, Dismiss or OK: the toast closes; Show also brings the page's frame
 * forward (seed: "pops up the current iframe if the Show button is pushed"). No event.
 */
export function pressToast(ws: Workspace, id: string, kind: 'show' | 'dismiss' | 'ok'): void {
  if (!ws.toasts.has(id)) fail(`Error: Toast '${id}' not found.`);
  if (kind === 'show') {
    ws.visible = true;
    const owner = ws.toasts.get(id)?.owner;
    if (owner !== undefined && owner !== null) ws.frames.activate(owner);
  }
  closeToast(ws, id);
}

export function openDialog(
  ws: Workspace,
  url: unknown,
  options: unknown,
  owner: number | null = null,
): string | null {
  if (options === null || options === undefined || typeof options !== 'object')
    fail(texts.dialogOptions());
  if (url === undefined || url === null) return null; // seed: "null if the url parameter is not defined"
  let open = 0;
  for (const d of ws.dialogs.values()) if (d.owner === owner) open++;
  if (owner !== null && open >= LIMITS.dialogsPerFrame)
    fail(limitTexts.tooMany('dialogs', LIMITS.dialogsPerFrame));
  const id = ws.nextDialogId();
  ws.dialogs.set(id, { url: String(url), options: { ...(options as DialogOptions) }, owner });
  ws.changed();
  return id;
}

export function closeDialog(ws: Workspace, id: unknown): boolean {
  const ok = ws.dialogs.delete(String(id));
  ws.changed();
  return ok;
}

export function updateView(ws: Workspace, params: unknown): string {
  const p = (typeof params === 'object' && params !== null ? params : {}) as Partial<MenuBarView>;
  if (typeof p.name !== 'string' || !p.name) fail(texts.viewName());
  if (!p.iconUrl && !p.label) fail(texts.viewContent());
  if (!ws.views.has(p.name) && ws.views.size >= LIMITS.views)
    fail(limitTexts.tooManyViews(LIMITS.views));
  ws.views.set(p.name, { ...(p as MenuBarView) });
  ws.changed();
  return p.name;
}

export function closeView(ws: Workspace, name: unknown): boolean {
  const ok = ws.views.delete(String(name));
  ws.changed();
  return ok;
}

/** Forces a frame state: on one frame (its id), or on every frame (frames.ts `force`). */
export function setFrameState(ws: Workspace, state: FrameState, frameId?: number): void {
  ws.frames.force(state, frameId);
}

/** DISCONNECTED / RECONNECTED / DOWN; RECONNECTED brings the session back. */
export function setConnection(ws: Workspace, state: RealtimeConnectionState): void {
  ws.connection = state === 'RECONNECTED' ? 'CONNECTED' : state;
  ws.emit('system', { eventType: 'REALTIME_CONNECTION', state });
}
