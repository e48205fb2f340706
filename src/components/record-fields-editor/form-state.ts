/**
 * The record form's state, pure: one entry per field (the workspace's value and what the
 * control holds), and what follows from it — each field's problem, whether it changed, the
 * values to send, the form's validity. No DOM, no strings for people.
 *
 * Rules:
 * - A read-only field (`isEditable: false`) never has a problem and is never sent.
 * - A field is *changed* when its text reads as another value than the workspace's (`'00'` for
 *   `0` is not a change); only changed fields are sent.
 * - A problem counts when the field changed, or when a mandatory field is empty: a value the
 *   workspace holds and the agent left alone is not the agent's to fix, and is not sent.
 * - A host rejection mapped onto a field (`rejected`) counts until the agent edits the field.
 */
import type { RecordField } from '../../bridge/api.js';
import type { FieldErrorReason } from '../../bridge/field-error-texts.js';
import type { WireValue } from '../../bridge/record-values.js';
import { textFromWorkspace, wireFromText, type FieldProblem } from './field-types.js';

export interface FieldEntry {
  readonly field: RecordField;
  /** The workspace's value, as the control's text. */
  readonly original: string;
  /** What the control holds now. */
  readonly text: string;
  /** The agent left the control (or tried to save): problems are shown from then on. */
  readonly touched: boolean;
  /** The workspace refused this field's value in the last save. */
  readonly rejected: FieldErrorReason | null;
}

export interface FieldStatus {
  problem: FieldProblem | null;
  changed: boolean;
  /** The value to send, when the field changed and reads well. */
  wire?: WireValue;
}

export interface FormSummary {
  valid: boolean;
  /** Field name → its problem (shown or not yet). */
  problems: Record<string, FieldProblem>;
  /** Field name → the host's reason, for fields the workspace refused. */
  rejected: Record<string, FieldErrorReason>;
  /** Field name → the value to send (`updateRecordFields`). */
  changes: Record<string, WireValue>;
  changedCount: number;
}

/** A fresh entry for a field from the workspace, with the agent's draft text if there is one. */
export function entryFor(field: RecordField, draft?: string): FieldEntry {
  const original = textFromWorkspace(field, field.value);
  const text = draft !== undefined && field.isEditable ? draft : original;
  return { field, original, text, touched: text !== original, rejected: null };
}

const cache = new WeakMap<FieldEntry, FieldStatus>();

export function fieldStatus(entry: FieldEntry): FieldStatus {
  let status = cache.get(entry);
  if (!status) {
    status = computeStatus(entry);
    cache.set(entry, status);
  }
  return status;
}

function computeStatus({ field, original, text }: FieldEntry): FieldStatus {
  if (!field.isEditable) return { problem: null, changed: false };
  const now = wireFromText(field, text);
  if (text === original) {
    return {
      problem: !now.ok && now.problem.key === 'required' ? now.problem : null,
      changed: false,
    };
  }
  if (!now.ok) return { problem: now.problem, changed: true };
  const before = wireFromText(field, original);
  if (before.ok && before.value === now.value) return { problem: null, changed: false };
  return { problem: null, changed: true, wire: now.value };
}

export function summarise(entries: readonly FieldEntry[]): FormSummary {
  const problems: Record<string, FieldProblem> = {};
  const rejected: Record<string, FieldErrorReason> = {};
  const changes: Record<string, WireValue> = {};
  let changedCount = 0;
  for (const entry of entries) {
    const s = fieldStatus(entry);
    const name = entry.field.name;
    if (s.problem) problems[name] = s.problem;
    if (entry.rejected) rejected[name] = entry.rejected;
    if (s.changed) changedCount++;
    if (s.changed && s.wire !== undefined) changes[name] = s.wire;
  }
  const valid = Object.keys(problems).length === 0 && Object.keys(rejected).length === 0;
  return { valid, problems, rejected, changes, changedCount };
}

/** The agent's changes, as typed (bad ones included): what a draft keeps. */
export function draftTexts(entries: readonly FieldEntry[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const e of entries)
    if (e.text !== e.original && fieldStatus(e).changed) texts[e.field.name] = e.text;
  return texts;
}

/** The entry after the agent typed: a new text clears the host's rejection. */
export function withText(entry: FieldEntry, text: string): FieldEntry {
  return text === entry.text ? entry : { ...entry, text, rejected: null };
}

export function withTouched(entry: FieldEntry): FieldEntry {
  return entry.touched ? entry : { ...entry, touched: true };
}
