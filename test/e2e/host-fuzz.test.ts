// Property-based fuzz of the border: 100,000 generated host messages — every documented field
// with values of the wrong type, huge and odd strings (lone surrogates), unknown events,
// answers for requests never made, junk frame ids and envelopes — posted by the simulated
// workspace's own window (a cross-origin frame of the configured host origin, the real
// transport) to a page with the five elements mounted in one <agent-bridge>. Nothing may throw
// (no uncaught error, no unhandled rejection), and afterwards the page completes an inbound
// callback against the simulated workspace.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/agent-bridge/agent-bridge.js';
import '../../src/components/callback-preview/callback-preview.js';
import '../../src/components/call-actions/call-actions.js';
import '../../src/components/disposition-picker/disposition-picker.js';
import '../../src/components/record-fields-editor/record-fields-editor.js';
import '../../src/components/custom-toast/custom-toast.js';
import type { AgentBridgeElement } from '../../src/components/agent-bridge/agent-bridge.js';
import { AgentBridge } from '../../src/bridge/store.js';
import {
  CAPABILITIES,
  FRAME_STATES,
  INTERACTION_EVENT_TYPES,
  INTERACTION_STATES,
  MARKDONE_EVENT_TYPES,
  MEDIA_STATE_TYPES,
  OUTBOUND_EVENT_TYPES,
  REALTIME_CONNECTION_STATES,
} from '../../src/bridge/enums.js';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until as pollUntil } from '../support/until.js';

const MESSAGES = 100_000;
const BATCH = 2_000;

// ---- values of every kind -------------------------------------------------------------------

const odd = fc.constantFrom(
  '\uD800',
  '\uDFFF',
  'a\uD83D',
  '\uDE00b',
  '\u0000',
  '\u202E',
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  '<img src=x onerror=alert(1)>',
  '%',
  '%E0%A4%A',
  '10.15',
  'NaN',
  '-1',
  '1e309',
);
const huge = fc.constantFrom(
  'x'.repeat(100_000),
  '\uD800'.repeat(20_000),
  '\u{1F600}'.repeat(30_000),
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: odd },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.oneof({ weight: 30, arbitrary: odd }, { weight: 1, arbitrary: huge }),
  },
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 1.5, 2 ** 60, Number.MAX_VALUE),
);
/** A value of any type: what a wrongly typed field carries. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withBoxedValues: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
  },
);
/** A documented value most of the time, anything at all otherwise. */
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: junk });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

// A small pool of ids, so that events update the same interactions (and a few bad ones).
const ids = fc.constantFrom('1', '2', '3', '4', '5', '900', 'a\uD800', '');
const parties = field(
  fc.array(fc.record({ name: field(text) }, { requiredKeys: [] }), { maxLength: 3 }),
);
const capabilities = field(
  fc.array(field(fc.constantFrom(...CAPABILITIES, 'RESUME', 'FLY')), { maxLength: 4 }),
);
const userData = field(
  fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'customer_number',
        'callback_type',
        'start_time',
        'GSW_RECORD_HANDLE',
        'GSW_CAMPAIGN_NAME',
        'GSW_TZ_OFFSET',
        'IW_CaseUid',
        'IWAttachedDataInformation',
        'DispositionCode',
        '__proto__',
      ),
      text,
    ),
    junk,
    { maxKeys: 5 },
  ),
);
const interaction = fc.record(
  {
    interactionId: field(ids),
    caseId: field(ids),
    parentInteraction: field(ids),
    parentInteractionId: field(ids),
    userData,
    state: field(fc.constantFrom(...INTERACTION_STATES)),
    previousState: field(fc.constantFrom(...INTERACTION_STATES)),
    parties,
    isConsultation: field(fc.boolean()),
    isMainCaseInteraction: field(fc.boolean()),
    isCaseSelected: field(fc.boolean()),
    isCaseExpanded: field(fc.boolean()),
    media: field(fc.constantFrom('voice', 'webcallback', 'callback', 'email', 'chat')),
    capabilities,
    callUuid: field(text),
    direction: field(fc.constantFrom('IN', 'OUT', 'UNKNOWN')),
    callType: field(fc.constantFrom('INBOUND', 'OUTBOUND', 'OUTBOUND_PREVIEW', 'Internal')),
    ani: field(text),
    dnis: field(text),
    recordingState: field(fc.constantFrom('STOPPED', 'RECORDING', 'PAUSED')),
    contact: field(fc.record({ displayName: field(text), firstname: field(text) })),
    startDate: field(fc.constantFrom('2021-05-27T00:00:00Z', null, 'yesterday')),
    chainedRecords: field(
      fc.array(field(fc.dictionary(text, junk, { maxKeys: 4 })), { maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);

// ---- the five store events, unknown events, answers, frame ids, envelopes ------------------

const eventData: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(
    fc.constant('interaction'),
    field(
      fc.record(
        {
          eventType: field(fc.constantFrom(...INTERACTION_EVENT_TYPES, 'NOPE')),
          media: field(fc.constantFrom('voice', 'webcallback', 'email')),
          interaction: field(interaction),
          caseId: field(ids),
          previousCaseId: field(ids),
          selectedCaseId: field(ids),
        },
        { requiredKeys: [] },
      ),
    ),
  ),
  fc.tuple(
    fc.constant('agent'),
    field(
      fc.record(
        {
          eventType: field(fc.constant('STATE_CHANGED')),
          mediaState: field(fc.constantFrom(...MEDIA_STATE_TYPES)),
          type: field(fc.constantFrom(...MEDIA_STATE_TYPES)),
          displayName: field(text),
          operationName: field(text),
          reason: field(text),
          reasonCode: field(text),
        },
        { requiredKeys: [] },
      ),
    ),
  ),
  fc.tuple(
    fc.constant('system'),
    field(
      fc.oneof(
        fc.record({ frameState: field(fc.constantFrom(...FRAME_STATES)) }),
        fc.record({
          eventType: fc.constant('REALTIME_CONNECTION'),
          // Mostly documented states other than a drop, so the page keeps working meanwhile.
          state: field(fc.constantFrom(...REALTIME_CONNECTION_STATES)),
        }),
        fc.record({
          eventType: field(fc.constant('CUSTOM_TOAST_BUTTON_CLICK')),
          customToastId: field(fc.constantFrom('wweCustomToast1', 'x')),
          buttonIndex: field(fc.nat(5)),
        }),
      ),
    ),
  ),
  fc.tuple(
    fc.constant('outbound'),
    field(
      fc.record(
        {
          eventType: field(fc.constantFrom(...OUTBOUND_EVENT_TYPES)),
          campaign: field(text),
          mode: field(text),
        },
        { requiredKeys: [] },
      ),
    ),
  ),
  fc.tuple(
    fc.constant('markdone'),
    field(
      fc.record(
        {
          eventType: field(fc.constantFrom(...MARKDONE_EVENT_TYPES)),
          interactionId: field(ids),
          blocked: field(fc.boolean()),
          warningMessage: field(text),
        },
        { requiredKeys: [] },
      ),
    ),
  ),
  fc.tuple(fc.oneof(text, fc.constantFrom('messenger:x', 'subscribe', 'toString')), junk),
);

const envelope = {
  userAgent: fc.oneof(
    { weight: 9, arbitrary: fc.constant('WWE Server') },
    { weight: 1, arbitrary: junk },
  ),
  protocolVersion: field(fc.constant(2)),
};

const eventMessage = fc
  .tuple(eventData, fc.record(envelope))
  .map(([[event, data], env]) => ({ event, data, ...env }));

/** Answers for requests never made, and junk answers to any reference id. */
const answerMessage = fc.record(
  {
    referenceId: fc.oneof(fc.nat(400).map(String), fc.nat(400), text),
    request: field(fc.constantFrom('agent.get', 'interaction.getInteractions', 'subscribe')),
    data: field(
      fc.oneof(
        fc.array(interaction, { maxLength: 3 }),
        fc.record({ subscriptionId: junk }),
        fc.array(fc.record({ type: field(fc.constantFrom(...MEDIA_STATE_TYPES)) }), {
          maxLength: 3,
        }),
      ),
    ),
    errorMessage: optional(junk),
    ...envelope,
  },
  { requiredKeys: ['referenceId', 'userAgent'] },
);

const frameIdMessage = fc.record({ frameId: junk, ...envelope });

const hostMessage = fc.oneof(
  { weight: 12, arbitrary: eventMessage },
  { weight: 4, arbitrary: answerMessage },
  { weight: 1, arbitrary: frameIdMessage },
  { weight: 1, arbitrary: junk },
);

// ---- the page ------------------------------------------------------------------------------

/** The shared poll (test/support/until.ts), with this file's 8 s budget. */
const until = (cond: () => unknown, what: string) => pollUntil(cond, what, 8000);

describe('fuzz: 100,000 hostile host messages through the real transport', () => {
  let sim: SimFrame;
  let bridge: AgentBridge;
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => {
    uncaught.push(`error: ${e.message}`);
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    uncaught.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);
    e.preventDefault();
  };

  before(async () => {
    sim = await openSimFrame({ connectDelay: 'none' });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    bridge?.close();
    sim.close();
  });

  let batchId = 0;
  /** The host window posts each message of the batch to this page, then says it is done. */
  function relay(batch: unknown[]): Promise<void> {
    const id = ++batchId;
    return new Promise((resolve) => {
      const onDone = (e: MessageEvent) => {
        if (e.source !== sim.window || e.data?.relayDone !== id) return;
        window.removeEventListener('message', onDone);
        resolve();
      };
      window.addEventListener('message', onDone);
      sim.window.postMessage({ relayToParent: batch, batchId: id }, sim.origin);
    });
  }

  it('nothing throws, and then an inbound callback completes', async function () {
    this.timeout(340_000);
    const started = performance.now();
    await sim.control('reset');
    bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame, timeoutMs: 1500 });
    await bridge.connect();
    const provider = await fixture<AgentBridgeElement>(html`<agent-bridge .bridge=${bridge}>
      <callback-preview></callback-preview>
      <call-actions></call-actions>
      <disposition-picker></disposition-picker>
      <record-fields-editor></record-fields-editor>
      <custom-toast></custom-toast>
    </agent-bridge>`);
    const preview = provider.querySelector('callback-preview')!;
    const elements = [...provider.children] as Array<
      HTMLElement & { updateComplete: Promise<unknown> }
    >;
    expect(elements.map((e) => e.localName)).to.deep.equal([
      'callback-preview',
      'call-actions',
      'disposition-picker',
      'record-fields-editor',
      'custom-toast',
    ]);

    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostMessage, { minLength: BATCH, maxLength: BATCH }),
        async (batch) => {
          await relay(batch);
          sent += batch.length;
          await Promise.all(elements.map((e) => e.updateComplete));
          await new Promise((r) => setTimeout(r, 0));
          expect(uncaught, 'uncaught errors and unhandled rejections').to.deep.equal([]);
        },
      ),
      {
        numRuns: MESSAGES / BATCH,
        seed: Number(new URLSearchParams(location.search).get('seed') ?? 20261130),
        endOnFailure: true,
      },
    );
    expect(sent).to.be.at.least(MESSAGES);
    console.log(`fuzz: ${sent} host messages in ${Math.round(performance.now() - started)} ms`);

    // The workspace is back (RECONNECTED resyncs the page with what the workspace holds).
    await sim.control('recoverConnection');
    await until(
      () => bridge.state.sync === 'ready' && bridge.state.connection === 'up',
      'resynced',
    );
    await sim.control('reset');
    await bridge.sync();

    const part = (name: string) =>
      preview.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    const button = (el: Element, action: string) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    const enabled = (el: Element, action: string) => {
      const b = button(el, action);
      return b !== null && b.getAttribute('aria-disabled') !== 'true' && !b.disabled;
    };
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(() => enabled(preview, 'accept'), 'Accept offered');
    button(preview, 'accept')!.click();
    await until(() => part('base')?.dataset.phase === 'talking', 'talking');
    const actions = provider.querySelector('call-actions')!;
    await until(() => enabled(actions, 'hangUp'), 'End enabled');
    button(actions, 'hangUp')!.click();
    await until(() => part('base')?.dataset.phase === 'released', 'released');
    await until(() => enabled(preview, 'done'), 'Done enabled');
    button(preview, 'done')!.click();
    await until(() => bridge.state.interactions.size === 0, 'the callback is closed');
    expect(await sim.control('listInteractions')).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });
});
