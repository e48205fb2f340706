/**
 * Voice and callback scenarios: inbound ASAP callback, scheduled callback with agent preview
 * (seed 001 "Delayed (Agent Preview)"), web callback preview (seed 004), customer hang-up,
 * consultation then transfer / conference, and the connection drop.
 *
 * Choice: the agent-preview callback is offered in state PREVIEW (seed 003: "The interaction is
 * a call preview"), with ACCEPT / REJECT; accepting dials the customer on the same interaction.
 */
import type {
  Capability,
  CallType,
  InteractionEventType,
  InteractionState,
} from '../../bridge/enums.js';
import {
  callbackUserData,
  inboundCallUserData,
  webCallbackUserData,
} from '../data/callback-data.js';
import * as ixOps from '../ops/interaction.js';
import { setConnection } from '../ops/system.js';
import * as voice from '../ops/voice.js';
import type { ExpectedEvent } from '../outbound-table.js';
import type { Scenario, ScenarioContext, ScenarioStep } from '../scenario-types.js';
import type { SimInteraction } from '../workspace.js';

const e = (
  eventType: InteractionEventType,
  state: InteractionState,
  callType: CallType | undefined,
  capabilities: Capability[],
): ExpectedEvent => ({ eventType, state, ...(callType ? { callType } : {}), capabilities });

const gone = (ctx: ScenarioContext, role: string) => ctx.ids[role] !== undefined && !ctx.get(role);
const notIn = (ctx: ScenarioContext, role: string, ...states: InteractionState[]) => {
  const ix = ctx.get(role);
  return ctx.ids[role] !== undefined && (!ix || !states.includes(ix.state));
};

function ringing(ctx: ScenarioContext, userData: SimInteraction['userData']): void {
  const number = String(userData.customer_number ?? '+16175550199');
  const ix = voice.newVoice(ctx.ws, {
    state: 'RINGING',
    direction: 'IN',
    callType: 'INBOUND',
    ani: number,
    dnis: '5001',
    parties: [{ name: number }],
    capabilities: voice.OFFER_CAPS,
    userData,
  });
  ctx.ids.main = ix.interactionId;
  ctx.ws.add(ix, 'RINGING');
}

const offerInbound = (
  label: string,
  data: (ctx: ScenarioContext) => SimInteraction['userData'],
): ScenarioStep => ({
  name: 'offer',
  label,
  run: (ctx) => ringing(ctx, data(ctx)),
  done: (ctx) => ctx.ids.main !== undefined,
});
const answerStep = (name = 'answer'): ScenarioStep => ({
  name,
  label: 'Agent answers',
  run: (ctx) => ixOps.accept(ctx.ws, ctx.ids.main),
  done: (ctx) => notIn(ctx, 'main', 'RINGING', 'PREVIEW', 'INVITED'),
});
const hangUpStep = (role = 'main'): ScenarioStep => ({
  name: 'hangUp',
  label: 'Agent hangs up',
  run: (ctx) => voice.hangUp(ctx.ws, ctx.ids[role]),
  done: (ctx) => notIn(ctx, role, 'TALKING', 'HELD', 'DIALING'),
});
const markDoneStep = (role = 'main'): ScenarioStep => ({
  name: 'markDone',
  label: 'Mark done',
  run: (ctx) => ixOps.markdone(ctx.ws, ctx.ids[role]),
  done: (ctx) => gone(ctx, role),
});
const connectStep = (role: string, label: string): ScenarioStep => ({
  name: 'connect',
  label,
  run: (ctx) => {
    const ix = ctx.get(role);
    if (ix) voice.connect(ctx.ws, ix);
  },
  done: (ctx) => notIn(ctx, role, 'DIALING'),
});

const inboundTalk = (callType: CallType = 'INBOUND') => [
  e('ADDED', 'RINGING', callType, ['ACCEPT', 'REJECT']),
  e('RINGING', 'RINGING', callType, ['ACCEPT', 'REJECT']),
  e('ESTABLISHED', 'TALKING', callType, ['HANGUP', 'HOLD']),
];
const releaseAndDone = (callType: CallType | undefined) => [
  e('RELEASED', 'IDLE', callType, ['MARK_DONE']),
  e('REMOVED', 'IDLE', callType, []),
];

export const inboundCallbackAsap: Scenario = {
  name: 'inbound-callback-asap',
  title: 'Inbound callback (ASAP)',
  steps: [
    offerInbound('Callback rings', (ctx) =>
      callbackUserData('ASAP', ctx.ws.clock.now(), ctx.ws.newCase()),
    ),
    { ...answerStep('accept'), label: 'Agent accepts' },
    hangUpStep(),
    markDoneStep(),
  ],
  expected: [...inboundTalk(), ...releaseAndDone('INBOUND')],
};

export const scheduledCallbackPreview: Scenario = {
  name: 'scheduled-callback-preview',
  title: 'Scheduled callback with agent preview',
  steps: [
    {
      name: 'offer',
      label: 'Callback preview arrives',
      done: (ctx) => ctx.ids.main !== undefined,
      run: (ctx) => {
        const userData = callbackUserData('SCHEDULED', ctx.ws.clock.now(), ctx.ws.newCase());
        const number = String(userData.customer_number);
        const ix = voice.newVoice(
          ctx.ws,
          {
            state: 'PREVIEW',
            direction: 'OUT',
            callType: 'OUTBOUND',
            dnis: number,
            parties: [{ name: number }],
            capabilities: voice.OFFER_CAPS,
            userData,
          },
          { callbackPreview: true },
        );
        ctx.ids.main = ix.interactionId;
        ctx.ws.add(ix);
      },
    },
    { ...answerStep('accept'), label: 'Agent accepts (dials the customer)' },
    connectStep('main', 'Customer answers'),
    hangUpStep(),
    markDoneStep(),
  ],
  expected: [
    e('ADDED', 'PREVIEW', 'OUTBOUND', ['ACCEPT', 'REJECT']),
    e('DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']),
    e('ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP', 'HOLD']),
    ...releaseAndDone('OUTBOUND'),
  ],
};

export const webCallbackPreview: Scenario = {
  name: 'web-callback-preview',
  title: 'Web callback preview',
  steps: [
    {
      name: 'offer',
      label: 'Web callback invitation',
      done: (ctx) => ctx.ids.main !== undefined,
      run: (ctx) => {
        const keys = ctx.ws.newCase();
        const userData = webCallbackUserData(ctx.ws.clock.now(), keys);
        const ix: SimInteraction = {
          interactionId: ctx.ws.nextInteractionId(),
          caseId: keys.caseId,
          parentInteraction: null,
          userData,
          state: 'INVITED',
          previousState: 'UNKNOWN',
          parties: [{ name: String(userData.customer_number) }],
          isConsultation: false,
          isMainCaseInteraction: true,
          media: 'webcallback',
          capabilities: ['ACCEPT', 'REJECT'],
          interactionUUID: `00012aPK${keys.caseId.slice(-8)}`,
          startDate: ctx.ws.nowIso(),
          endDate: null,
          contact: {
            displayName: String(userData.CustomerName),
            firstname: 'Alan',
            lastName: 'Turing',
          },
          sim: { kind: 'webcallback', markdoneBlock: null },
        };
        ctx.ids.main = ix.interactionId;
        ctx.ws.add(ix, 'INVITED');
      },
    },
    { ...answerStep('accept'), label: 'Agent accepts (preview)' },
    {
      // Our choice for "Call": voice.dial(customer_number, { IW_WebcallbackInteractionId }).
      name: 'call',
      label: 'Call the contact',
      run: (ctx) => {
        const main = ctx.get('main')!;
        ctx.ids.call = voice.dial(ctx.ws, main.userData.customer_number, {
          IW_WebcallbackInteractionId: main.interactionId,
        }).interactionId;
      },
      done: (ctx) => {
        const child = [...ctx.ws.interactions.values()].find(
          (ix) => ix.parentInteraction === ctx.ids.main,
        );
        if (child) ctx.ids.call = child.interactionId;
        return ctx.ids.call !== undefined;
      },
    },
    connectStep('call', 'Customer answers'),
    hangUpStep('call'),
    markDoneStep('main'),
  ],
  expected: [
    e('ADDED', 'INVITED', undefined, ['ACCEPT', 'REJECT']),
    e('INVITED', 'INVITED', undefined, ['ACCEPT', 'REJECT']),
    e('ACCEPTED', 'ACCEPTED', undefined, ['CALL', 'MARK_DONE']),
    e('ADDED', 'DIALING', 'OUTBOUND', ['HANGUP']),
    e('DIALING', 'DIALING', 'OUTBOUND', ['HANGUP']),
    e('ESTABLISHED', 'TALKING', 'OUTBOUND', ['HANGUP', 'HOLD']),
    e('RELEASED', 'IDLE', 'OUTBOUND', ['MARK_DONE']),
    e('REMOVED', 'IDLE', 'OUTBOUND', []),
    e('COMPLETED', 'COMPLETED', undefined, []),
    e('REMOVED', 'COMPLETED', undefined, []),
  ],
};

export const customerHangsUp: Scenario = {
  name: 'customer-hangs-up',
  title: 'Customer hangs up',
  steps: [
    offerInbound('Call rings', (ctx) => inboundCallUserData(ctx.ws.newCase())),
    answerStep(),
    {
      name: 'customerHangsUp',
      label: 'Customer hangs up',
      run: (ctx) => {
        const ix = ctx.get('main');
        if (ix) voice.remoteRelease(ctx.ws, ix);
      },
      done: (ctx) => notIn(ctx, 'main', 'TALKING', 'HELD'),
    },
    markDoneStep(),
  ],
  expected: [...inboundTalk(), ...releaseAndDone('INBOUND')],
};

function consultSteps(): ScenarioStep[] {
  return [
    offerInbound('Call rings', (ctx) => inboundCallUserData(ctx.ws.newCase())),
    answerStep(),
    {
      name: 'consult',
      label: 'Consult agent 5002',
      run: (ctx) => {
        ctx.ids.consult = voice.consult(
          ctx.ws,
          ctx.ids.main,
          { type: 'AGENT', target: 'AGENT', destination: '5002' },
          {},
        ).interactionId;
      },
      done: (ctx) => {
        const c = ctx.get('main')?.sim.consultId;
        if (c) ctx.ids.consult = c;
        return ctx.ids.consult !== undefined;
      },
    },
    connectStep('consult', 'Agent 5002 answers'),
  ];
}

const consultExpected = [
  ...inboundTalk(),
  e('HELD', 'HELD', 'INBOUND', ['HANGUP']),
  e('ADDED', 'DIALING', 'CONSULT', ['HANGUP']),
  e('DIALING', 'DIALING', 'CONSULT', ['HANGUP']),
  e('ESTABLISHED', 'TALKING', 'CONSULT', ['HANGUP', 'HOLD']),
  e('RELEASED', 'IDLE', 'CONSULT', []),
  e('REMOVED', 'IDLE', 'CONSULT', []),
];

export const consultTransfer: Scenario = {
  name: 'consult-transfer',
  title: 'Consultation, then transfer',
  steps: [
    ...consultSteps(),
    {
      name: 'completeTransfer',
      label: 'Complete transfer',
      run: (ctx) => voice.completeTransfer(ctx.ws, ctx.ids.consult),
      done: (ctx) => gone(ctx, 'consult'),
    },
    markDoneStep(),
  ],
  expected: [...consultExpected, ...releaseAndDone('INBOUND')],
};

export const consultConference: Scenario = {
  name: 'consult-conference',
  title: 'Consultation, then conference',
  steps: [
    ...consultSteps(),
    {
      name: 'completeConference',
      label: 'Complete conference',
      run: (ctx) => voice.completeConference(ctx.ws, ctx.ids.consult),
      done: (ctx) => gone(ctx, 'consult'),
    },
    hangUpStep(),
    markDoneStep(),
  ],
  expected: [
    ...consultExpected,
    e('PARTY_CHANGED', 'TALKING', 'INBOUND', ['HANGUP', 'HOLD']),
    ...releaseAndDone('INBOUND'),
  ],
};

const connection = (
  name: string,
  label: string,
  state: 'DISCONNECTED' | 'RECONNECTED' | 'DOWN',
): ScenarioStep => ({ name, label, run: (ctx) => setConnection(ctx.ws, state) });

export const connectionDrop: Scenario = {
  name: 'connection-drop',
  title: 'Connection drop and recovery',
  steps: [
    connection('disconnect', 'Connection drops', 'DISCONNECTED'),
    connection('reconnect', 'Connection recovers', 'RECONNECTED'),
  ],
  expected: [],
};

export const connectionDown: Scenario = {
  name: 'connection-down',
  title: 'Connection down (over a minute), then back',
  steps: [
    connection('disconnect', 'Connection drops', 'DISCONNECTED'),
    connection('down', 'Session down', 'DOWN'),
    connection('reconnect', 'Connection recovers', 'RECONNECTED'),
  ],
  expected: [],
};
