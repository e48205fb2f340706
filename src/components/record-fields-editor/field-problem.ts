/**
 * The values and problems of outbound record fields, shared by the per-type readers
 * (`field-types.ts`, `number-text.ts`): the typed model value of each `fieldType` (seed 003
 * `outbound.Field`), and why a text is not a value of its field (a catalogue key and its
 * parameters; `problem-messages.ts` words it).
 */
import type { FieldType } from '../../bridge/enums.js';
import type { LocalDateTime, LocalTime } from '../../bridge/record-values.js';

export interface ModelValues {
  int: number;
  float: number;
  char: string;
  'var-char': string;
  date: LocalDateTime;
  time: LocalTime;
  bool: boolean;
  enum: string;
}
export type ModelValue = ModelValues[FieldType] | null;

/** Why a text is not a value of its field: a catalogue key (`recordFields.problems`) and its parameters. */
export type FieldProblem =
  | { key: 'required' }
  | { key: 'intFraction'; text: string }
  | { key: 'intNotNumber'; text: string }
  | { key: 'intRange'; text: string }
  | { key: 'separator'; text: string; suggestion: string }
  | { key: 'decimalComma'; text: string; suggestion: string }
  | { key: 'floatNotNumber'; text: string }
  | { key: 'floatRange'; text: string }
  | { key: 'charLength'; text: string; count: number }
  | { key: 'varCharLength'; count: number; max: number }
  | { key: 'dateFormat'; text: string }
  | { key: 'dateNoTime'; text: string }
  | { key: 'month'; month: number }
  | { key: 'day'; day: number; month: number; days: number }
  | { key: 'leapDay'; year: number }
  | { key: 'year'; year: number; min: number }
  | { key: 'hour'; hour: number }
  | { key: 'hour24' }
  | { key: 'minute'; minute: number }
  | { key: 'timeFormat'; text: string }
  | { key: 'bool'; text: string }
  | { key: 'enum'; text: string }
  | { key: 'valueType'; valueType: string; fieldType: string };

export type FieldProblemKey = FieldProblem['key'];
/** A value, or why the text is not one. */
export type Parsed<T = ModelValue> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (problem: FieldProblem): Parsed<never> => ({ ok: false, problem });
