/**
 * How the workspace lays out a custom toast's buttons (seed 003 `popupToast`): "[Button 2]
 * [Button 3] ... [Button N] [Button 1]". Each keeps its ORIGINAL index, which is what
 * CUSTOM_TOAST_BUTTON_CLICK reports. With `showDismiss`, Show and Dismiss replace them; with
 * neither, a single OK. The simulated workspace and `<custom-toast>`'s page renderer both use it.
 */
import type { ToastParameters } from './api.js';

export type ToastButton =
  | { kind: 'custom'; label: string; index: number }
  | { kind: 'show' | 'dismiss' | 'ok'; label: string };

export function toastButtons(
  params: Pick<ToastParameters, 'buttons' | 'showDismiss'>,
  labels = { show: 'Show', dismiss: 'Dismiss', ok: 'OK' },
): ToastButton[] {
  if (params.showDismiss)
    return [
      { kind: 'show', label: labels.show },
      { kind: 'dismiss', label: labels.dismiss },
    ];
  const buttons = (params.buttons ?? []).map((label, index) => ({
    kind: 'custom' as const,
    label: String(label),
    index,
  }));
  if (!buttons.length) return [{ kind: 'ok', label: labels.ok }];
  return [...buttons.slice(1), buttons[0]];
}

/** The label of custom button `index` (its ORIGINAL index), or undefined when there is none. */
export function toastButtonLabel(
  params: Pick<ToastParameters, 'buttons'>,
  index: unknown,
): string | undefined {
  const buttons = params.buttons ?? [];
  return typeof index === 'number' &&
    Number.isInteger(index) &&
    index >= 0 &&
    index < buttons.length
    ? String(buttons[index])
    : undefined;
}
