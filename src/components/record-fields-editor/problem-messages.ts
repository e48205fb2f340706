/** A field's problem in words, from the catalogue (`recordFields.problems`). */
import type { Messages } from '../../i18n/messages.js';
import type { FieldProblem } from './field-problem.js';

export function problemMessage(
  problem: FieldProblem,
  label: string,
  t: Messages['recordFields'],
): string {
  const p = t.problems;
  switch (problem.key) {
    case 'required':
      return p.required(label);
    case 'intFraction':
      return p.intFraction(problem.text);
    case 'intNotNumber':
      return p.intNotNumber(problem.text);
    case 'intRange':
      return p.intRange(problem.text);
    case 'separator':
      return p.separator(problem.text, problem.suggestion);
    case 'decimalComma':
      return p.decimalComma(problem.text, problem.suggestion);
    case 'floatNotNumber':
      return p.floatNotNumber(problem.text);
    case 'floatRange':
      return p.floatRange(problem.text);
    case 'charLength':
      return p.charLength(problem.text, problem.count);
    case 'varCharLength':
      return p.varCharLength(problem.count, problem.max);
    case 'dateFormat':
      return p.dateFormat(problem.text);
    case 'dateNoTime':
      return p.dateNoTime(problem.text.trim());
    case 'month':
      return p.month(problem.month);
    case 'day':
      return p.day(problem.day, problem.month, problem.days);
    case 'leapDay':
      return p.leapDay(problem.year);
    case 'year':
      return p.year(problem.year, problem.min);
    case 'hour':
      return p.hour(problem.hour);
    case 'hour24':
      return p.hour24;
    case 'minute':
      return p.minute(problem.minute);
    case 'timeFormat':
      return p.timeFormat(problem.text);
    case 'bool':
      return p.bool(problem.text);
    case 'enum':
      return p.enum(problem.text);
    case 'valueType':
      return p.valueType(problem.valueType, problem.fieldType);
  }
}
