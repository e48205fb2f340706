/**
 * `showToast(params, options)`: a toast from code. It makes a `<custom-toast>` (inside the
 * page's `<agent-bridge>` by default, so it finds the workspace), shows it, and hands back a
 * handle; the element goes away when the toast closes. With `options.id` naming an open toast,
 * that toast is updated and its time starts again instead of a second one appearing.
 *
 * ```ts
 * const toast = showToast({ title: 'Callback due in 5 min', buttons: ['Snooze', 'Call now'] });
 * const click = await toast.clicked; // { index: 1, label: 'Call now' }, or null when closed otherwise
 * ```
 */
import type { AgentBridge } from '../../bridge/store.js';
import {
  findOpenToast,
  type CustomToastElement,
  type ToastClick,
  type ToastCloseDetail,
  type ToastSeverity,
} from './custom-toast.js';
import type { ToastRendererChoice } from './renderer.js';
import type { ToastOutcome } from './toast-errors.js';
import type { ToastPlacement } from './toast-stack.js';

export interface ShowToastOptions {
  /** The toast's id (dedupe): default, a new one. */
  id?: string;
  renderer?: ToastRendererChoice;
  placement?: ToastPlacement;
  severity?: ToastSeverity;
  /** A bridge to use instead of the one `<agent-bridge>` provides. */
  bridge?: AgentBridge;
  /** Where the element goes: default, the page's first `<agent-bridge>`, else `<body>`. */
  container?: Element;
  /** The toast's language, when not the container's. */
  lang?: string;
}

export interface ToastHandle {
  readonly id: string;
  readonly element: CustomToastElement;
  /** Settles once the toast is shown, or could not be (with the reason). */
  readonly shown: Promise<ToastOutcome>;
  update(params: unknown): Promise<ToastOutcome>;
  close(): Promise<ToastOutcome>;
  /** The button the agent clicked, or null when the toast closed another way (or never showed). */
  readonly clicked: Promise<ToastClick | null>;
}

export function showToast(params: unknown, options: ShowToastOptions = {}): ToastHandle {
  const existing = options.id ? findOpenToast(options.id) : undefined;
  const el = existing ?? document.createElement('custom-toast');
  if (!existing) {
    if (options.id) el.toastId = options.id;
    if (options.renderer) el.renderer = options.renderer;
    if (options.placement) el.placement = options.placement;
    if (options.lang) el.lang = options.lang;
    if (options.bridge) el.bridge = options.bridge;
    el.addEventListener('adk-toast-close', () => el.remove(), { once: true });
    (options.container ?? document.querySelector('agent-bridge') ?? document.body).append(el);
  }
  if (options.severity) el.severity = options.severity;
  let settle: (click: ToastClick | null) => void = () => undefined;
  const clicked = new Promise<ToastClick | null>((resolve) => (settle = resolve));
  const onClose = (e: Event) => {
    const d = (e as CustomEvent<ToastCloseDetail>).detail;
    settle(
      d.reason === 'button' && d.index !== undefined
        ? { index: d.index, label: d.label ?? '' }
        : null,
    );
  };
  el.addEventListener('adk-toast-close', onClose, { once: true });
  const shown = el.show(params);
  void shown.then((outcome) => {
    if (outcome.ok || el.open) return;
    el.removeEventListener('adk-toast-close', onClose);
    settle(null);
    if (!existing) el.remove();
  });
  return {
    id: el.toastId,
    element: el,
    shown,
    clicked,
    update: (p) => el.updateToast(p),
    close: () => el.close(),
  };
}
