/**
 * Case data for display: chosen user-data keys as label/value rows, the workspace's
 * `IWAttachedDataInformation` (seed 003 ATTACHED_DATA_CHANGED example) and the
 * CASE_ID_CHANGED event's ids.
 */
import { isBlank, isRecord, own, type Source } from './read.js';

export interface CaseDataRow {
  key: string;
  label: string;
  value: string;
}

/**
 * A value as display text: text untouched, numbers and booleans as written, lists joined with
 * `, ` (empty items left out), key/value objects as `key: value; key: value` (nested ones in parentheses).
 */
export function displayValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (depth > 4) return '…';
  if (Array.isArray(value))
    return value
      .map((v) => displayValue(v, depth + 1))
      .filter((t) => t !== '')
      .join(', ');
  if (isRecord(value)) {
    const text = Object.entries(value)
      .map(([k, v]) => `${k}: ${displayValue(v, depth + 1)}`)
      .join('; ');
    return depth > 0 ? `(${text})` : text;
  }
  return '';
}

/** Rows in the order of `keys`; keys absent from `userData` (missing, `null`, `''`) are skipped. */
export function readCaseData(
  userData: unknown,
  keys: ReadonlyArray<{ key: string; label: string }>,
): CaseDataRow[] {
  if (!isRecord(userData) || !Array.isArray(keys)) return [];
  const rows: CaseDataRow[] = [];
  for (const entry of keys) {
    if (!isRecord(entry) || typeof entry.key !== 'string') continue;
    const value = own(userData, entry.key);
    if (isBlank(value)) continue;
    const label = typeof entry.label === 'string' && entry.label !== '' ? entry.label : entry.key;
    rows.push({ key: entry.key, label, value: displayValue(value) });
  }
  return rows;
}

/** `IWAttachedDataInformation` and the IW case/bundle ids, as the seed's example gives them. */
export interface AttachedDataInformation {
  /** `DispositionCode.Key`, e.g. `ChooseDisposition`. */
  dispositionCodeKey: string | null;
  /** `DispositionCode.Label`, e.g. `DispositionCode`. */
  dispositionCodeLabel: string | null;
  /** `CaseDataBusinessAttribute`, e.g. `CaseData`. */
  caseDataBusinessAttribute: string | null;
  /** `Option.*` entries without the prefix: `interaction.case-data.frame-color` → `#17849D`. */
  options: Record<string, string>;
  /** Every entry of `IWAttachedDataInformation`, as text. */
  entries: Record<string, string>;
  /** `IW_CaseUid`, `IW_BundleUid` beside it in user data. */
  caseUid: string | null;
  bundleUid: string | null;
}

const textOf = (source: Source, key: string): string | null => {
  const v = own(source, key);
  return isBlank(v) ? null : displayValue(v);
};

/** `null` when user data has neither `IWAttachedDataInformation` nor the IW case/bundle ids. */
export function readAttachedDataInformation(userData: unknown): AttachedDataInformation | null {
  if (!isRecord(userData)) return null;
  const infoValue = own(userData, 'IWAttachedDataInformation');
  const info: Source = isRecord(infoValue) ? infoValue : {};
  const caseUid = textOf(userData, 'IW_CaseUid');
  const bundleUid = textOf(userData, 'IW_BundleUid');
  if (!isRecord(infoValue) && caseUid === null && bundleUid === null) return null;

  const entries: Record<string, string> = {};
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(info)) {
    entries[key] = displayValue(value);
    if (key.startsWith('Option.')) options[key.slice('Option.'.length)] = entries[key];
  }
  return {
    dispositionCodeKey: textOf(info, 'DispositionCode.Key'),
    dispositionCodeLabel: textOf(info, 'DispositionCode.Label'),
    caseDataBusinessAttribute: textOf(info, 'CaseDataBusinessAttribute'),
    options,
    entries,
    caseUid,
    bundleUid,
  };
}

/** The ids of a CASE_ID_CHANGED event's `data`; `null` without a `caseId`. */
export function readCaseIdChange(
  data: unknown,
): { caseId: string; previousCaseId: string | null } | null {
  if (!isRecord(data) || typeof data.caseId !== 'string' || data.caseId === '') return null;
  const previous = data.previousCaseId;
  return {
    caseId: data.caseId,
    previousCaseId: typeof previous === 'string' && previous !== '' ? previous : null,
  };
}
