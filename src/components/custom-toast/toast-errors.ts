/**
 * What can go wrong with a toast, as a typed value and in words. Bad input never throws: the
 * element answers with a `ToastOutcome` and fires `adk-toast-error` with the same text.
 */
import type { Messages } from '../../i18n/messages.js';
import { errorReason } from '../../internal/requests.js';
import type { ToastParamsError } from './toast-params.js';

export type ToastOperation = 'show' | 'update' | 'close' | 'click';

export type ToastProblem =
  | ToastParamsError
  | { code: 'not-open' }
  | { code: 'unknown-toast'; id: string }
  | { code: 'unknown-button'; index: unknown }
  | { code: 'vetoed' }
  | { code: 'workspace'; cause: unknown };

export interface ToastError {
  operation: ToastOperation;
  code: ToastProblem['code'];
  message: string;
}

export type ToastOutcome = { ok: true } | { ok: false; error: ToastError };

export const OK: ToastOutcome = { ok: true };

/** A workspace request's answer that is a failure of its own (e.g. updateToast answering false). */
export class ToastProblemError extends Error {
  constructor(readonly problem: ToastProblem) {
    super(problem.code);
  }
}

/** The problem a failed workspace request stands for. */
export const problemOf = (error: unknown): ToastProblem =>
  error instanceof ToastProblemError ? error.problem : { code: 'workspace', cause: error };

export function toastError(
  operation: ToastOperation,
  problem: ToastProblem,
  t: Messages,
): ToastError {
  const r = t.customToast.reasons;
  let reason: string;
  switch (problem.code) {
    case 'not-an-object':
      reason = r.notAnObject;
      break;
    case 'title-required':
      reason = r.titleRequired;
      break;
    case 'icon-url':
      reason = r.iconUrl;
      break;
    case 'invalid-field':
      reason = r.invalidField(problem.field);
      break;
    case 'not-open':
      reason = r.notOpen;
      break;
    case 'unknown-toast':
      reason = r.unknownToast(problem.id);
      break;
    case 'unknown-button':
      reason = r.unknownButton(String(problem.index));
      break;
    case 'vetoed':
      reason = r.vetoed;
      break;
    default:
      reason = errorReason(problem.cause, t.actions);
  }
  return { operation, code: problem.code, message: t.customToast.errors[operation](reason) };
}
