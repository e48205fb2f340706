/**
 * The host's texts for a refused `outbound.updateRecordFields` (seed 003: it "fails if one of
 * the updated fields does not comply with the data type or mandatory requirements"; "If
 * updateRecordFields contains a non-editable field, the operation fails"). The seed quotes no
 * text; ours names the field and the reason, one builder per reason, so the client can map a
 * rejection back to the field (`parseFieldErrorText`). Written once, like `error-texts.ts`:
 * the simulated workspace sends them, the client reads them.
 */

import { VAR_CHAR_MAX } from './record-values.js';
import { shortText } from './models/value-text.js';

export const FIELD_ERROR_REASONS = [
  'unknown',
  'not-editable',
  'mandatory',
  'value-type',
  'int',
  'float',
  'char',
  'date',
  'time',
  'bool',
  'enum',
  'var-char',
] as const;
export type FieldErrorReason = (typeof FIELD_ERROR_REASONS)[number];

/** Short, quoted rendering of the offending value. */
const shown = (value: unknown): string => shortText(value, 40, '...');

export const fieldErrorTexts = {
  unknown: (field: string) => `Error: Field '${field}' does not exist in the record.`,
  'not-editable': (field: string) => `Error: Field '${field}' is not editable.`,
  mandatory: (field: string) => `Error: Field '${field}' is mandatory and cannot be empty.`,
  'value-type': (field: string, valueType: string, value: unknown) =>
    `Error: Field '${field}' expects a value of type ${valueType} (got ${typeof value} '${shown(value)}').`,
  int: (field: string, value: unknown) =>
    `Error: Field '${field}' expects an integer (got '${shown(value)}').`,
  float: (field: string, value: unknown) =>
    `Error: Field '${field}' expects a number (got '${shown(value)}').`,
  char: (field: string, value: unknown) =>
    `Error: Field '${field}' expects a single character (got '${shown(value)}').`,
  'var-char': (field: string, value: unknown) =>
    `Error: Field '${field}' expects at most ${VAR_CHAR_MAX} characters (got '${shown(value)}').`,
  date: (field: string, value: unknown) =>
    `Error: Field '${field}' expects a date MM/DD/YYYY HH:MM (got '${shown(value)}').`,
  time: (field: string, value: unknown) =>
    `Error: Field '${field}' expects a time HH:MM (got '${shown(value)}').`,
  bool: (field: string, value: unknown) =>
    `Error: Field '${field}' expects true or false (got '${shown(value)}').`,
  enum: (field: string, value: unknown) =>
    `Error: Field '${field}' expects one of its options (got '${shown(value)}').`,
} as const;

const PATTERNS: Array<[FieldErrorReason, RegExp]> = [
  ['unknown', /^Error: Field '(.+?)' does not exist in the record\.$/],
  ['not-editable', /^Error: Field '(.+?)' is not editable\.$/],
  ['mandatory', /^Error: Field '(.+?)' is mandatory and cannot be empty\.$/],
  ['value-type', /^Error: Field '(.+?)' expects a value of type \w+ \(got [\s\S]*\)\.$/],
  ['int', /^Error: Field '(.+?)' expects an integer \(got [\s\S]*\)\.$/],
  ['float', /^Error: Field '(.+?)' expects a number \(got [\s\S]*\)\.$/],
  ['char', /^Error: Field '(.+?)' expects a single character \(got [\s\S]*\)\.$/],
  [
    'var-char',
    new RegExp(
      `^Error: Field '(.+?)' expects at most ${VAR_CHAR_MAX} characters \\(got [\\s\\S]*\\)\\.$`,
    ),
  ],
  ['date', /^Error: Field '(.+?)' expects a date MM\/DD\/YYYY HH:MM \(got [\s\S]*\)\.$/],
  ['time', /^Error: Field '(.+?)' expects a time HH:MM \(got [\s\S]*\)\.$/],
  ['bool', /^Error: Field '(.+?)' expects true or false \(got [\s\S]*\)\.$/],
  ['enum', /^Error: Field '(.+?)' expects one of its options \(got [\s\S]*\)\.$/],
];

/** The field and reason of a field rejection, or null for any other text. */
export function parseFieldErrorText(
  text: string,
): { field: string; reason: FieldErrorReason } | null {
  for (const [reason, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { field: m[1], reason };
  }
  return null;
}
