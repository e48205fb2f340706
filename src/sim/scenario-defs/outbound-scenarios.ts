/**
 * Outbound preview scenarios. Their expected events are the seed's table rows
 * (`outbound-table.ts`), so the tests compare the sim against the seed, not against itself.
 * The one row the table lacks — the pull call connecting — is the push mode's ESTABLISHED row.
 */
import * as ixOps from '../ops/interaction.js';
import * as outbound from '../ops/outbound.js';
import * as voice from '../ops/voice.js';
import { tableRows, type PreviewMode } from '../outbound-table.js';
import type { Scenario, ScenarioContext, ScenarioStep } from '../scenario-types.js';
import type { OutboundMode, SimInteraction } from '../workspace.js';

/** The call made from the scenario's preview record, found even if the page made it. */
function call(ctx: ScenarioContext): SimInteraction | undefined {
  if (!ctx.ids.call) {
    const preview = ctx.ids.preview;
    const found = [...ctx.ws.interactions.values()].find(
      (ix) => ix.sim.kind === 'voice' && ix.sim.previewId === preview,
    );
    if (found) ctx.ids.call = found.interactionId;
  }
  return ctx.get('call');
}

const record = (mode: OutboundMode, label: string): ScenarioStep => ({
  name: 'record',
  label,
  done: (ctx) => ctx.ids.preview !== undefined,
  run: (ctx) => {
    ctx.ids.preview = outbound.offerRecord(ctx.ws, mode).interactionId;
  },
});
const acceptStep: ScenarioStep = {
  name: 'accept',
  label: 'Agent accepts the record',
  run: (ctx) => ixOps.accept(ctx.ws, ctx.ids.preview),
  done: (ctx) => ctx.get('preview')?.state !== 'INVITED',
};
const callStep: ScenarioStep = {
  name: 'call',
  label: 'Call the first record',
  run: (ctx) => {
    const handle = ctx.get('preview')!.sim.record!.chain[0].GSW_RECORD_HANDLE;
    ctx.ids.call = outbound.callPreviewRecord(ctx.ws, ctx.ids.preview, handle).interactionId;
  },
  done: (ctx) => call(ctx) !== undefined || ctx.ids.call !== undefined,
};
const connectStep: ScenarioStep = {
  name: 'connect',
  label: 'Customer answers',
  run: (ctx) => {
    const c = call(ctx);
    if (c) voice.connect(ctx.ws, c);
  },
  done: (ctx) => {
    const c = call(ctx);
    return !!ctx.ids.call && (!c || c.state !== 'DIALING');
  },
};
const hangUpStep: ScenarioStep = {
  name: 'hangUp',
  label: 'Agent hangs up',
  run: (ctx) => voice.hangUp(ctx.ws, call(ctx)?.interactionId),
  done: (ctx) => {
    const c = call(ctx);
    return !!ctx.ids.call && (!c || c.state === 'IDLE');
  },
};
const markDoneCall: ScenarioStep = {
  name: 'markDone',
  label: 'Mark done',
  run: (ctx) => ixOps.markdone(ctx.ws, call(ctx)?.interactionId),
  done: (ctx) => !!ctx.ids.call && !call(ctx),
};
const markDonePreview: ScenarioStep = {
  name: 'markDone',
  label: 'Mark done',
  run: (ctx) => ixOps.markdone(ctx.ws, ctx.ids.preview),
  done: (ctx) => !!ctx.ids.preview && !ctx.get('preview'),
};
const endStep = (how: 'REJECTED' | 'CANCELED'): ScenarioStep => ({
  name: how === 'REJECTED' ? 'reject' : 'cancel',
  label: how === 'REJECTED' ? 'Reject the record' : 'Cancel the record',
  run: (ctx) => outbound.endPreview(ctx.ws, how),
  done: (ctx) => {
    const p = ctx.get('preview');
    return !p || p.state === how;
  },
});

const ESTABLISHED_ROW = tableRows('Push Preview', 'Make call').filter(
  (r) => r.eventType === 'ESTABLISHED',
);
const rows = (mode: PreviewMode, ...uiEvents: string[]) =>
  uiEvents.flatMap((u) => tableRows(mode, u));

export const pullPreview: Scenario = {
  name: 'outbound-pull-preview',
  title: 'Outbound pull preview: call, release, mark done',
  steps: [
    record('pull', 'Preview record received'),
    callStep,
    connectStep,
    hangUpStep,
    markDoneCall,
  ],
  expected: [
    ...rows('Pull Preview', 'Preview record received', 'Make call from preview'),
    ...ESTABLISHED_ROW,
    ...rows('Pull Preview', 'Release and mark done'),
  ],
};

export const pullPreviewReject: Scenario = {
  name: 'outbound-pull-preview-reject',
  title: 'Outbound pull preview: reject the record',
  steps: [record('pull', 'Preview record received'), endStep('REJECTED'), markDonePreview],
  expected: [
    ...rows('Pull Preview', 'Preview record received', 'Reject record'),
    { eventType: 'REMOVED', state: 'REJECTED', callType: 'OUTBOUND_PREVIEW', capabilities: [] },
  ],
};

export const pullPreviewCancel: Scenario = {
  name: 'outbound-pull-preview-cancel',
  title: 'Outbound pull preview: cancel the record',
  steps: [record('pull', 'Preview record received'), endStep('CANCELED'), markDonePreview],
  expected: [
    ...rows('Pull Preview', 'Preview record received', 'Cancel record'),
    { eventType: 'REMOVED', state: 'CANCELED', callType: 'OUTBOUND_PREVIEW', capabilities: [] },
  ],
};

export const pushPreview: Scenario = {
  name: 'outbound-push-preview',
  title: 'Outbound push preview: accept, call, release, mark done',
  steps: [
    record('push', 'Record pushed'),
    acceptStep,
    callStep,
    connectStep,
    hangUpStep,
    markDoneCall,
  ],
  expected: rows(
    'Push Preview',
    'Record received',
    'Accepted',
    'Make call',
    'Release and mark done',
  ),
};

export const pushPreviewReject: Scenario = {
  name: 'outbound-push-preview-reject',
  title: 'Outbound push preview: reject the invitation',
  steps: [
    record('push', 'Record pushed'),
    {
      name: 'reject',
      label: 'Agent rejects',
      run: (ctx) => ixOps.reject(ctx.ws, ctx.ids.preview),
      done: (ctx) => !!ctx.ids.preview && !ctx.get('preview'),
    },
  ],
  expected: rows('Push Preview', 'Record received', 'Rejected'),
};

export const directPushPreview: Scenario = {
  name: 'outbound-direct-push-preview',
  title: 'Outbound direct push preview: accept, call, release, mark done',
  steps: [
    record('direct-push', 'Record pushed'),
    acceptStep,
    callStep,
    connectStep,
    hangUpStep,
    markDoneCall,
  ],
  expected: rows(
    'Direct Push Preview',
    'Record received',
    'Accepted',
    'Make call',
    'Release and mark done',
  ),
};
