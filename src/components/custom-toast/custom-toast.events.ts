/**
 * The details of `<custom-toast>`'s events (typed in `src/events.ts`): its request event
 * `adk-toast-request` / `adk-toast-request-result` (the workspace's `system.popupToast`,
 * `updateToast`, `closeToast`), and its notifications `adk-toast-show`, `adk-toast-button-click`,
 * `adk-toast-close`.
 */
import type { ToastParameters } from '../../bridge/api.js';
import type { ResultDetail } from '../../internal/requests.js';
import type { ToastRenderer } from './renderer.js';

export type ToastCloseReason =
  'button' | 'show' | 'dismiss' | 'ok' | 'timeout' | 'escape' | 'closed' | 'replaced' | 'unknown';

/** A custom button: its ORIGINAL index (the seed's Button n is index n-1) and label. */
export interface ToastClick {
  index: number;
  label: string;
}

/** `adk-toast-button-click`. In the page it is cancelable and `waitUntil` holds the toast. */
export interface ToastButtonClickDetail extends ToastClick {
  renderer: ToastRenderer;
  waitUntil(action: Promise<unknown>): void;
}

/** `adk-toast-close`. */
export interface ToastCloseDetail {
  reason: ToastCloseReason;
  index?: number;
  label?: string;
}

/** `adk-toast-show`. */
export interface ToastShowDetail {
  renderer: ToastRenderer;
  workspaceId: string | undefined;
}

/** What a workspace request does: `system.popupToast`, `system.updateToast`, `system.closeToast`. */
export type ToastRequestOperation = 'show' | 'update' | 'close';

/** `adk-toast-request` (cancelable, before the workspace is asked). */
export interface ToastRequestDetail {
  operation: ToastRequestOperation;
  /** The element's `toast-id`. */
  toastId: string;
  /** The workspace's id of the toast (update, close). */
  workspaceId?: string;
  /** What is sent: all parameters (show), or what changed (update). */
  params?: Partial<ToastParameters>;
}

/** `adk-toast-request-result` (after the workspace answered). */
export type ToastRequestResultDetail = ResultDetail<ToastRequestDetail>;
