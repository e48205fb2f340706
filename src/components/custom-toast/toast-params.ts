/**
 * `system.popupToast` / `system.updateToast` parameters, checked and normalised before they go
 * to a renderer (the workspace or the page). Pure: a value or a typed failure, never a throw.
 *
 * Names are the ones `ToastParameters` chose where the seed lost them (`buttons`, `showDismiss`,
 * `autoClose`, `sticky`, `sendToMyMessages`, `width`); `keyValue` (updateToast's spelling) is
 * read as `keyValues`. Unknown fields are dropped. An `icon` other than an https:, http: or
 * data:image/ URL is refused (`icon-url`); a relative one is resolved against the page.
 */
import type { ToastParameters } from '../../bridge/api.js';
import { toastIconUrl } from '../../bridge/toast-icon.js';

export type ToastParamsError =
  | { code: 'not-an-object' }
  | { code: 'title-required' }
  | { code: 'icon-url' }
  | { code: 'invalid-field'; field: ToastField };

export type ToastField = Exclude<keyof ToastParameters, 'keyValue'>;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ToastParamsError };

const TEXT_FIELDS = ['icon', 'subject', 'message'] as const;
const FLAG_FIELDS = ['showDismiss', 'sticky', 'sendToMyMessages'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (field: ToastField): { ok: false; error: ToastParamsError } => ({
  ok: false,
  error: { code: 'invalid-field', field },
});

function text(v: unknown): string | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' ? v : null;
}

function flag(v: unknown): boolean | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === '') return true;
  if (v === 'false') return false;
  return null;
}

function count(v: unknown, min: number): number | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' ? Number(v.trim()) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= min ? Math.round(n) : null;
}

function keyValues(v: unknown): Record<string, string> | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) return null;
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') return null;
    out[k] = String(value);
  }
  return out;
}

function buttons(v: unknown): string[] | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) return null;
  const labels = v.map((b) =>
    typeof b === 'string' || typeof b === 'number' ? String(b).trim() : '',
  );
  return labels.every((l) => l !== '') ? labels : null;
}

/** Reads the fields present in `input`; `requireTitle` for a new toast. */
function read(input: unknown, requireTitle: boolean): Checked<Partial<ToastParameters>> {
  if (!isRecord(input)) return { ok: false, error: { code: 'not-an-object' } };
  const out: Partial<ToastParameters> = {};
  if (requireTitle || 'title' in input) {
    const title = text(input.title);
    if (title === null) return invalid('title');
    if (!title?.trim()) return { ok: false, error: { code: 'title-required' } };
    out.title = title.trim();
  }
  for (const f of TEXT_FIELDS) {
    const v = text(input[f]);
    if (v === null) return invalid(f);
    if (v !== undefined && v.trim() !== '') out[f] = f === 'message' ? v : v.trim();
  }
  // Only https:, http: and data:image/ icons are shown (toast-icon.ts); a relative one is the
  // page's own, made absolute so that the workspace shows the same.
  if (out.icon !== undefined) {
    const icon = toastIconUrl(out.icon, globalThis.document?.baseURI);
    if (icon === null) return { ok: false, error: { code: 'icon-url' } };
    out.icon = icon;
  }
  const kv = keyValues(input.keyValues !== undefined ? input.keyValues : input.keyValue);
  if (kv === null) return invalid('keyValues');
  if (kv) out.keyValues = kv;
  const b = buttons(input.buttons);
  if (b === null) return invalid('buttons');
  if (b) out.buttons = b;
  for (const f of FLAG_FIELDS) {
    const v = flag(input[f]);
    if (v === null) return invalid(f);
    if (v !== undefined) out[f] = v;
  }
  const autoClose = count(input.autoClose, 0);
  if (autoClose === null) return invalid('autoClose');
  if (autoClose !== undefined) out.autoClose = autoClose;
  const width = count(input.width, 1);
  if (width === null) return invalid('width');
  if (width !== undefined) out.width = width;
  return { ok: true, value: out };
}

/** A new toast's parameters: `title` is required. */
export function normaliseToastParams(input: unknown): Checked<ToastParameters> {
  return read(input, true) as Checked<ToastParameters>;
}

/** An update's parameters: only the fields given; a given `title` must not be empty. */
export function normaliseToastUpdate(input: unknown): Checked<Partial<ToastParameters>> {
  return read(input, false);
}

/** Whether the toast closes by itself, and after how long (ms); 0 = it stays until the agent acts. */
export function autoCloseDelay(params: Pick<ToastParameters, 'autoClose' | 'sticky'>): number {
  return !params.sticky && params.autoClose && params.autoClose > 0 ? params.autoClose : 0;
}

/** What a field is sent as when an update removes it (the workspace merges updates). */
const CLEARED: Partial<ToastParameters> = {
  icon: '',
  subject: '',
  message: '',
  keyValues: {},
  buttons: [],
  showDismiss: false,
  autoClose: 0,
  sticky: false,
  sendToMyMessages: false,
};

/** The update that turns `prev` into `next`: changed and added fields, and removed ones cleared. */
export function toastChanges(
  prev: ToastParameters,
  next: ToastParameters,
): Partial<ToastParameters> {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]) as Set<keyof ToastParameters>;
  for (const k of keys) {
    if (JSON.stringify(prev[k]) === JSON.stringify(next[k])) continue;
    if (next[k] !== undefined) out[k] = next[k];
    else if (k in CLEARED) out[k] = CLEARED[k];
  }
  return out as Partial<ToastParameters>;
}

/** The `key-values` attribute: a JSON object, else nothing. */
export function parseKeyValues(v: string | null): Record<string, string> | undefined {
  try {
    const o: unknown = v ? JSON.parse(v) : undefined;
    return isRecord(o) ? (o as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

/** The element's properties a toast's parameters set, besides `title` (its `heading`). */
export const TOAST_PROPERTY_DEFAULTS = {
  icon: '',
  subject: '',
  message: '',
  keyValues: undefined as Record<string, string> | undefined,
  buttons: undefined as string[] | undefined,
  showDismiss: false,
  autoClose: 0,
  sticky: false,
  sendToMyMessages: false,
  width: undefined as number | undefined,
};
export type ToastProperties = typeof TOAST_PROPERTY_DEFAULTS & { heading?: string };

/**
 * The property values parameters stand for: the fields given, and with `all` the fields not
 * given back to their defaults (a toast shown again with new parameters).
 */
export function toastProperties(
  p: Partial<ToastParameters>,
  all: boolean,
): Partial<ToastProperties> {
  const out: Record<string, unknown> = {};
  if (p.title !== undefined) out.heading = p.title;
  for (const k of Object.keys(TOAST_PROPERTY_DEFAULTS) as Array<
    keyof typeof TOAST_PROPERTY_DEFAULTS
  >) {
    if (k in p) out[k] = p[k];
    else if (all) out[k] = TOAST_PROPERTY_DEFAULTS[k];
  }
  return out as Partial<ToastProperties>;
}
