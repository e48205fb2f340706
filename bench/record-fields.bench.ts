/**
 * Record fields benchmark, one run, one page (`npm run bench -- record-fields`):
 * - render 500 record fields with `<record-fields-editor>` (from the fields' arrival to the
 *   laid-out DOM: parsing, formatting, validation state, Lit render, style and layout), and in
 *   the same run the same 500 fields built from Shoelace's `sl-input` / `sl-checkbox` /
 *   `sl-select` + `sl-option` (created, upgraded, rendered and laid out), both times and the ratio;
 * - the time per keystroke to re-validate: an `input` event on one field of the 500, to the
 *   updated validity (`valid`, `errors`) and DOM (the field's message), draft write included;
 *   and the pure parse + validate of one keystroke, for where the time goes.
 *
 * The editor gets its 500 fields from `outbound.getRecordFields` answered in-page (the record
 * itself is a real pull preview of the simulated workspace on the other origin), so transport is
 * not part of the render figure. performance.now() is coarse (0.1 ms) here: whole loops are timed.
 */
import '../src/components/agent-bridge/agent-bridge.js';
import '../src/components/record-fields-editor/record-fields-editor.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import type { AgentBridgeElement } from '../src/components/agent-bridge/agent-bridge.js';
import type { RecordFieldsEditorElement } from '../src/components/record-fields-editor/record-fields-editor.js';
import type { RecordField } from '../src/bridge/api.js';
import { PHONE_TYPES } from '../src/bridge/enums.js';
import { AgentBridge } from '../src/bridge/store.js';
import { wireFromText } from '../src/components/record-fields-editor/field-types.js';
import { clearDraft, listDrafts } from '../src/internal/drafts.js';
import { openSimFrame } from '../test/support/sim-frame.js';

type Row = { name: string; value: number | string; unit: string; note?: string };
declare global {
  interface Window {
    benchResult?: unknown;
    benchError?: string;
  }
}

const FIELDS = 500;
const RENDERS = 15; // per library, alternating, after one warm-up each
const KEYSTROKES = 2000;
const PARSES = 200_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** 500 fields cycling through the eight field types, some mandatory, some read-only. */
function makeFields(): RecordField[] {
  const values: Record<string, RecordField['value']> = {
    int: 42,
    float: 16.64,
    char: 'c',
    'var-char': 'Hello there',
    date: '03/17/2021 14:42',
    time: '10:15',
    bool: true,
    enum: 1,
  };
  const types = Object.keys(values) as Array<RecordField['fieldType']>;
  return Array.from({ length: FIELDS }, (_, i) => {
    const fieldType = types[i % types.length];
    return {
      name: `Field_${i}`,
      displayName: `Field ${i} (${fieldType})`,
      value: values[fieldType],
      isMandatory: i % 3 === 0,
      isEditable: i % 10 !== 9,
      fieldType,
      valueType:
        fieldType === 'int' || fieldType === 'float' || fieldType === 'enum'
          ? 'number'
          : fieldType === 'bool'
            ? 'boolean'
            : 'string',
      ...(fieldType === 'enum' ? { options: { ...PHONE_TYPES } } : {}),
    } as RecordField;
  });
}

/** By name as a string, so that the tag map's Shoelace types don't apply (they clash with lib.dom's). */
const make = (tag: string): HTMLElement => document.createElement(tag);

const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function renderKit(
  bridge: AgentBridge,
  id: string,
  stage: HTMLElement,
): Promise<{ ms: number; el: RecordFieldsEditorElement }> {
  const provider = document.createElement('agent-bridge') as AgentBridgeElement;
  provider.bridge = bridge;
  stage.append(provider);
  const el = document.createElement('record-fields-editor') as RecordFieldsEditorElement;
  el.setAttribute('interaction-id', id);
  const t0 = performance.now();
  provider.append(el);
  while (el.shadowRoot?.querySelectorAll('[part~="field"]').length !== FIELDS)
    await el.updateComplete;
  void el.shadowRoot!.querySelector('form')!.getBoundingClientRect(); // style and layout
  void document.body.offsetHeight;
  return { ms: performance.now() - t0, el };
}

async function renderShoelace(fields: RecordField[], stage: HTMLElement): Promise<number> {
  const t0 = performance.now();
  const form = document.createElement('form');
  const controls: Array<HTMLElement & { updateComplete: Promise<unknown> }> = [];
  for (const f of fields) {
    const label = f.displayName ?? f.name;
    let c: HTMLElement;
    if (f.fieldType === 'bool') {
      c = make('sl-checkbox');
      c.textContent = label;
      (c as HTMLInputElement).checked = f.value === true;
      if (!f.isEditable) c.setAttribute('disabled', '');
    } else if (f.fieldType === 'enum') {
      c = make('sl-select');
      c.setAttribute('label', label);
      for (const [value, text] of Object.entries(f.options ?? {})) {
        const o = make('sl-option');
        o.setAttribute('value', value);
        o.textContent = text;
        c.append(o);
      }
      c.setAttribute('value', String(f.value));
      if (!f.isEditable) c.setAttribute('disabled', '');
    } else {
      c = make('sl-input');
      c.setAttribute('label', label);
      c.setAttribute('help-text', f.fieldType === 'date' ? 'MM/DD/YYYY HH:MM' : f.fieldType);
      if (f.fieldType === 'int' || f.fieldType === 'float')
        c.setAttribute('inputmode', f.fieldType === 'int' ? 'numeric' : 'decimal');
      (c as HTMLInputElement).value = String(f.value ?? '');
      if (!f.isEditable) c.setAttribute('readonly', '');
    }
    if (f.isMandatory) c.setAttribute('required', '');
    form.append(c);
    controls.push(c as HTMLElement & { updateComplete: Promise<unknown> });
  }
  stage.append(form);
  await Promise.all(controls.map((c) => c.updateComplete));
  void form.getBoundingClientRect();
  void document.body.offsetHeight;
  return performance.now() - t0;
}

async function run(): Promise<Row[]> {
  for (const k of listDrafts('adk-draft:record-fields')) clearDraft(k);
  const sim = await openSimFrame({
    options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
    connectDelay: 'none',
  });
  const bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame });
  await bridge.connect();
  const id = await sim.control('offerRecord', 'pull');
  while (!bridge.interaction(id)?.chainedRecords) await new Promise((r) => setTimeout(r, 5));
  const fields = makeFields();
  const forward = bridge.request.bind(bridge) as (
    name: string,
    ...p: unknown[]
  ) => Promise<unknown>;
  bridge.request = ((name: string, ...params: unknown[]) =>
    name === 'outbound.getRecordFields'
      ? Promise.resolve(structuredClone(fields))
      : forward(name, ...params)) as typeof bridge.request;
  await customElements.whenDefined('sl-input');

  const stage = document.createElement('div');
  document.body.append(stage);
  const kit: number[] = [];
  const shoelace: number[] = [];
  for (let i = 0; i <= RENDERS; i++) {
    const k = await renderKit(bridge, id, stage);
    if (i > 0) kit.push(k.ms);
    stage.replaceChildren();
    await settle();
    const s = await renderShoelace(fields, stage);
    if (i > 0) shoelace.push(s);
    stage.replaceChildren();
    await settle();
  }

  // Keystrokes: one int field of the 500, touched, alternating a valid and an invalid value.
  const { el } = await renderKit(bridge, id, stage);
  const input = el.shadowRoot!.querySelector(
    '[data-name="Field_8"] [part~="control"]',
  ) as HTMLInputElement;
  const message = el.shadowRoot!.querySelector('[data-name="Field_8"] [part~="message"]')!;
  input.dispatchEvent(new Event('blur'));
  const texts = ['1.5', '12'];
  let checks = 0;
  const k0 = performance.now();
  for (let i = 0; i < KEYSTROKES; i++) {
    input.value = texts[i % 2];
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    if (el.valid !== (i % 2 === 1) || (message.textContent === '') !== (i % 2 === 1))
      throw new Error(`keystroke ${i}: validity or message not updated`);
    checks++;
  }
  const perKeystroke = (performance.now() - k0) / KEYSTROKES;

  const f8 = fields[8];
  const p0 = performance.now();
  let ok = 0;
  for (let i = 0; i < PARSES; i++) if (wireFromText(f8, texts[i % 2]).ok) ok++;
  const perParse = ((performance.now() - p0) / PARSES) * 1000;
  if (ok !== PARSES / 2) throw new Error('parse check failed');

  stage.remove();
  for (const k of listDrafts('adk-draft:record-fields')) clearDraft(k);
  bridge.close();
  sim.close();

  const kitMs = median(kit);
  const slMs = median(shoelace);
  return [
    {
      name: `render ${FIELDS} fields: <record-fields-editor> (median)`,
      value: round(kitMs, 1),
      unit: 'ms',
      note: `mean ${round(mean(kit), 1)} ms over ${RENDERS} runs`,
    },
    {
      name: `render ${FIELDS} fields: Shoelace sl-input/checkbox/select (median)`,
      value: round(slMs, 1),
      unit: 'ms',
      note: `mean ${round(mean(shoelace), 1)} ms over ${RENDERS} runs`,
    },
    {
      name: 'ratio Shoelace / kit',
      value: round(slMs / kitMs),
      unit: '×',
      note: slMs > kitMs ? 'the kit renders faster' : 'Shoelace renders faster',
    },
    {
      name: `keystroke → validity + DOM, 1 field of ${FIELDS}`,
      value: round(perKeystroke * 1000, 0),
      unit: 'µs',
      note: `mean over ${checks} input events, draft write included`,
    },
    {
      name: 'parse + validate + convert one keystroke (pure)',
      value: round(perParse, 3),
      unit: 'µs',
      note: `mean over ${PARSES}`,
    },
  ];
}

run().then(
  (rows) => {
    window.benchResult = { title: `Record fields (${FIELDS} fields, one run)`, rows };
  },
  (e) => {
    window.benchError = e instanceof Error ? (e.stack ?? e.message) : String(e);
  },
);
