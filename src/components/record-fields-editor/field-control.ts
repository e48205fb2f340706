/**
 * One record field as native controls in the editor's shadow root: its label, the control for
 * its `fieldType`, a hint (the format, for dates and times) and its message, tied together with
 * `for`, `aria-describedby` and `aria-invalid`. The message is a polite live region, so a
 * problem is announced when it appears.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { recordFieldOptions } from '../../bridge/models/index.js';
import { VAR_CHAR_MAX } from '../../bridge/record-values.js';
import type { Messages } from '../../i18n/messages.js';
import { fieldLabel } from '../../internal/field-label.js';
import { fieldStatus, type FieldEntry } from './form-state.js';
import { optionLabel } from './phone-types.js';
import { problemMessage } from './problem-messages.js';

/** The selector of field `name`'s control in the rendered form (the template below). */
export const fieldControl = (name: string): string =>
  `[part~="field"][data-name="${CSS.escape(name)}"] [part~="control"]`;

export interface FieldControlHandlers {
  input(name: string, text: string): void;
  leave(name: string): void;
}

type T = Messages['recordFields'];

function hintFor(entry: FieldEntry, t: T): string {
  switch (entry.field.fieldType) {
    case 'int':
      return t.hints.int;
    case 'float':
      return t.hints.float;
    case 'char':
      return t.hints.char;
    case 'var-char':
      return t.hints.varChar(VAR_CHAR_MAX);
    case 'date':
      return t.hints.date;
    case 'time':
      return t.hints.time;
    default:
      return '';
  }
}

/** The message a field shows: the workspace's rejection, else its problem once touched. */
export function fieldMessage(entry: FieldEntry, t: T): string {
  if (entry.rejected) return t.host[entry.rejected];
  const problem = entry.touched ? fieldStatus(entry).problem : null;
  return problem ? problemMessage(problem, fieldLabel(entry.field), t) : '';
}

/** What a read-only field shows: an option's label, yes or no, or the text. */
function readOnlyText(entry: FieldEntry, t: T): string {
  const { field, text } = entry;
  if (field.fieldType === 'enum')
    return field.options?.[text] !== undefined
      ? optionLabel(field, text, field.options[text], t.phoneTypes)
      : text;
  if (field.fieldType === 'bool') return text === 'true' ? t.yes : text === 'false' ? t.no : text;
  return text;
}

export function renderField(
  entry: FieldEntry,
  index: number,
  t: T,
  on: FieldControlHandlers,
): TemplateResult {
  const { field } = entry;
  const id = `f${index}`;
  const label = fieldLabel(field);
  const hint = field.isEditable ? hintFor(entry, t) : t.readOnly;
  const message = field.isEditable ? fieldMessage(entry, t) : '';
  const describedBy = `${hint ? `${id}-hint ` : ''}${id}-msg`;
  const invalid = message ? 'true' : 'false';
  const name = field.name;
  const onInput = (e: Event) => on.input(name, (e.target as HTMLInputElement).value);
  const onLeave = () => on.leave(name);
  const marker =
    field.isMandatory && field.isEditable
      ? html`<span class="required" aria-hidden="true">*</span>`
      : nothing;

  let control: TemplateResult;
  if (!field.isEditable) {
    control = html`<input id=${id} part="control" type="text" readonly .value=${live(readOnlyText(entry, t))} aria-describedby=${describedBy} />`;
  } else if (field.fieldType === 'bool') {
    control = html`<input id=${id} part="control" type="checkbox" .checked=${live(entry.text === 'true')}
      aria-required=${field.isMandatory ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}
      @change=${(e: Event) => {
        on.input(name, (e.target as HTMLInputElement).checked ? 'true' : 'false');
        onLeave();
      }} />`;
  } else if (field.fieldType === 'enum') {
    // One "none" choice: ours (the workspace's empty-valued option is left out).
    const options = recordFieldOptions(field).filter((o) => o.value !== '');
    const known = entry.text === '' || options.some((o) => o.value === entry.text);
    control = html`<select id=${id} part="control" aria-required=${field.isMandatory ? 'true' : 'false'} aria-invalid=${invalid}
      aria-describedby=${describedBy} @change=${(e: Event) => {
        onInput(e);
        onLeave();
      }} @blur=${onLeave}>
      ${!field.isMandatory || entry.text === '' ? html`<option value="" ?selected=${entry.text === ''}>${t.noOption}</option>` : nothing}
      ${known ? nothing : html`<option value=${entry.text} selected>${entry.text}</option>`}
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === entry.text}>${optionLabel(field, o.value, o.label, t.phoneTypes)}</option>`)}
    </select>`;
  } else {
    const mode =
      field.fieldType === 'int' ? 'numeric' : field.fieldType === 'float' ? 'decimal' : 'text';
    const free = field.fieldType === 'var-char' || field.fieldType === 'char';
    control = html`<input id=${id} part="control" type="text" inputmode=${mode} autocomplete="off" spellcheck=${free ? 'true' : 'false'}
      .value=${live(entry.text)} aria-required=${field.isMandatory ? 'true' : 'false'} aria-invalid=${invalid}
      aria-describedby=${describedBy} @input=${onInput} @blur=${onLeave} />`;
  }

  return html`<div part="field" class="field" data-type=${field.fieldType} data-name=${name} ?data-invalid=${!!message} ?data-readonly=${!field.isEditable}>
    <label part="label" for=${id}>${label}${marker}</label>
    ${control}
    ${hint ? html`<p id="${id}-hint" part="hint" class="hint">${hint}</p>` : nothing}
    <p id="${id}-msg" part="message" class="message" aria-live="polite">${message}</p>
  </div>`;
}
