// The workspace model in-process (host.invoke + event taps): state checks and error texts.
import { expect } from '@open-wc/testing';
import { disconnectedText, INTERACTION_NOT_FOUND } from '../../src/bridge/error-texts.js';
import { OUTBOUND_CALL_RESULT_LIST } from '../../src/bridge/enums.js';
import { REQUEST_NAMES, type RequestName, type Result } from '../../src/bridge/api.js';
import { ManualClock } from '../../src/sim/clock.js';
import { HANDLERS } from '../../src/sim/handlers.js';
import { SimHost } from '../../src/sim/host.js';
import { runControl } from '../../src/sim/control.js';
import type { EventData } from './raw-client.js';
import {
  ATTACHED_DATA_CHANGED_EVENT,
  CASE_ID_CHANGED_EVENT,
  GET_LIST_OF_CALL_RESULTS_ANSWER,
  GET_RECORD_FIELDS_ANSWER,
} from '../bridge/models/seed-samples.js';

function setup(start = Date.UTC(2021, 4, 27)) {
  const host = new SimHost({ window: null, clock: new ManualClock(start), connectDelayMs: null });
  const events: Array<{ event: string; data: EventData }> = [];
  host.onEvent((event, data) => events.push({ event, data: data as EventData }));
  function call<R extends RequestName>(name: R, ...p: unknown[]): Result<R>;
  function call(name: string, ...p: unknown[]): unknown;
  function call(name: string, ...p: unknown[]) {
    return host.invoke(name, p);
  }
  const fails = (name: string, ...p: unknown[]) => {
    try {
      host.invoke(name, p);
    } catch (e) {
      return (e as Error).message;
    }
    return 'did not fail';
  };
  return { host, events, call, fails };
}

describe('workspace: every request has a handler', () => {
  it('REQUEST_NAMES and the handlers match one to one', () => {
    expect(Object.keys(HANDLERS).sort()).to.deep.equal([...REQUEST_NAMES].sort());
  });
});

describe('workspace: voice', () => {
  it('holds only a TALKING call and resumes only a HELD one, with the host error texts', () => {
    const { host, call, fails, events } = setup();
    host.scenarios.start('customer-hangs-up');
    expect(fails('voice.hold', '1')).to.equal('Error: The call cannot be held in state RINGING.');
    call('voice.answer', '1');
    expect(fails('voice.resume', '1')).to.equal(
      'Error: The call cannot be resumed in state TALKING.',
    );
    call('voice.hold', '1');
    expect(events.at(-1)!.data).to.deep.include({ eventType: 'HELD', media: 'voice' });
    expect(events.at(-1)!.data.interaction).to.deep.include({
      state: 'HELD',
      previousState: 'TALKING',
    });
    call('voice.resume', '1');
    call('voice.hangUp', '1');
    expect(fails('voice.hold', '1')).to.equal('Error: The call cannot be held in state IDLE.');
    expect(fails('voice.hold', '99')).to.equal(INTERACTION_NOT_FOUND);
  });

  it('moves the recording state, emitting CALL_RECORDING_STATE_CHANGED, and refuses bad moves', () => {
    const { host, call, fails, events } = setup();
    host.scenarios.start('customer-hangs-up');
    expect(fails('voice.startCallRecording', '1')).to.equal(
      'Error: The call cannot be recorded in state RINGING.',
    );
    call('voice.answer', '1');
    expect(fails('voice.pauseCallRecording', '1')).to.equal(
      'Error: The call recording cannot be paused in state STOPPED.',
    );
    const states: Array<string | undefined> = [];
    for (const r of ['start', 'pause', 'resume', 'stop']) {
      call(`voice.${r}CallRecording`, '1');
      const e = events.at(-1)!.data;
      expect(e.eventType).to.equal('CALL_RECORDING_STATE_CHANGED');
      states.push(e.interaction!.recordingState);
    }
    expect(states).to.deep.equal(['RECORDING', 'PAUSED', 'RECORDING', 'STOPPED']);
    expect(fails('voice.stopCallRecording', '1')).to.equal(
      'Error: The call recording cannot be stopped in state STOPPED.',
    );
  });

  it('dials, then connects after the simulated delay', () => {
    const host = new SimHost({ window: null, clock: new ManualClock(0) });
    host.invoke('voice.dial', ['+33647005', { Origin: 'crm' }]);
    const ix = host.invoke('interaction.getByInteractionId', ['1'])!;
    expect(ix).to.deep.include({
      state: 'DIALING',
      direction: 'OUT',
      callType: 'OUTBOUND',
      dnis: '+33647005',
    });
    expect(ix.userData).to.deep.equal({ Origin: 'crm' });
    host.clock.advance(1500);
    expect(host.invoke('interaction.getByInteractionId', ['1'])!.state).to.equal('TALKING');
  });

  it('validates targetQuery types; a string is a custom contact', () => {
    const { host, call, fails, events } = setup();
    host.scenarios.start('customer-hangs-up');
    call('voice.answer', '1');
    expect(
      fails('interaction.singleStepTransfer', '1', { type: 'PLANET', destination: 'x' }),
    ).to.match(/^Error: Invalid targetQuery: unknown target type 'PLANET'/);
    expect(fails('interaction.consult', '1', { target: 'AGENT', destination: '' })).to.equal(
      'Error: Invalid targetQuery: the destination is empty.',
    );
    expect(
      fails('interaction.consult', '1', { target: 'AGENT', destination: '5002', media: 'chat' }),
    ).to.equal("Error: A consultation on media 'chat' is not available for this interaction.");
    call('interaction.singleStepConference', '1', '+14155550000');
    expect(events.at(-1)!.data.eventType).to.equal('PARTY_CHANGED');
    expect(events.at(-1)!.data.interaction!.parties!.map((p) => p.name)).to.deep.equal([
      '+16175550199',
      '+14155550000',
    ]);
    call('interaction.singleStepTransfer', '1', { type: 'ROUTING_POINT', destination: '7000' });
    expect(events.at(-1)!.data).to.deep.include({ eventType: 'RELEASED' });
  });

  it('consult: the consultation is a CONSULT call; completeTransfer releases the main call', () => {
    const { host, call, events } = setup();
    host.scenarios.start('customer-hangs-up');
    call('voice.answer', '1');
    call('interaction.consult', '1', { target: 'AGENT', destination: '5002' }, {});
    const consult = call('interaction.getByInteractionId', '2');
    expect(consult).to.deep.include({
      isConsultation: true,
      callType: 'CONSULT',
      parentInteraction: '1',
      state: 'DIALING',
    });
    expect(call('interaction.getByInteractionId', '1')!.state).to.equal('HELD');
    call('interaction.completeTransfer', '2');
    expect(call('interaction.getByInteractionId', '2')).to.equal(null);
    expect(call('interaction.getByInteractionId', '1')).to.deep.include({
      state: 'IDLE',
      capabilities: ['MARK_DONE'],
    });
    expect(
      events
        .filter((e) => e.event === 'interaction')
        .map((e) => e.data.eventType)
        .slice(-3),
    ).to.deep.equal(['RELEASED', 'REMOVED', 'RELEASED']);
  });

  it('keeps the mute states, under both names', () => {
    const { call } = setup();
    expect(call('voice.isSpeakerMute')).to.equal(false);
    call('sipEndpoint.muteSpeaker');
    expect(call('voice.isSpeakerMute')).to.equal(true);
    call('voice.unmuteSpeaker');
    expect(call('sipEndpoint.isSpeakerMute')).to.equal(false);
  });
});

describe('workspace: interactions', () => {
  it('blocks mark done: fails with the warning and emits markdone events', () => {
    const { host, call, fails, events } = setup();
    host.scenarios.start('customer-hangs-up');
    host.scenarios.run(); // ends with mark done; start again for a live one
    host.scenarios.start('customer-hangs-up');
    call('voice.answer', '2');
    call('voice.hangUp', '2');
    call('interaction.blockMarkdone', '2', 'Please pick a disposition first.');
    expect(events.at(-1)).to.deep.equal({
      event: 'markdone',
      data: {
        eventType: 'MARKDONE_BLOCK_CHANGED',
        interactionId: '2',
        blocked: true,
        warningMessage: 'Please pick a disposition first.',
      },
    });
    expect(fails('interaction.markdone', '2')).to.equal('Please pick a disposition first.');
    expect(events.at(-1)).to.deep.equal({
      event: 'markdone',
      data: {
        eventType: 'MARKDONE_BLOCKED',
        interactionId: '2',
        blocked: true,
        warningMessage: 'Please pick a disposition first.',
      },
    });
    call('interaction.unblockMarkdone', '2');
    expect(events.at(-1)!.data).to.deep.include({
      eventType: 'MARKDONE_BLOCK_CHANGED',
      blocked: false,
    });
    call('interaction.markdone', '2');
    expect(events.at(-1)!.data).to.deep.include({ eventType: 'REMOVED' });
  });

  it('refuses mark done on a live call, and setUserData on an IDLE voice call (seed: live interaction)', () => {
    const { host, call, fails } = setup();
    host.scenarios.start('customer-hangs-up');
    call('voice.answer', '1');
    expect(fails('interaction.markdone', '1')).to.equal(
      'Error: The interaction cannot be marked done in state TALKING.',
    );
    call('interaction.setUserData', '1', { DispositionCode: 'Sale/New' });
    call('voice.hangUp', '1');
    expect(fails('interaction.setUserData', '1', { X: 1 })).to.equal(
      "Error: The user data of the voice interaction '1' can't be changed in state IDLE.",
    );
  });

  it('enforces a mandatory disposition when configured', () => {
    const { host, call, fails } = setup();
    runControl(host, 'configureOptions', [
      { 'interaction-workspace': { 'interaction.disposition.is-mandatory': 'true' } },
    ]);
    host.scenarios.start('customer-hangs-up');
    call('voice.answer', '1');
    call('voice.hangUp', '1');
    expect(fails('interaction.markdone', '1')).to.equal(
      "Error: A disposition code ('DispositionCode') is mandatory before mark done.",
    );
  });

  it('selects a case: CASE_COLLAPSED, CASE_EXPANDED, CASE_SELECTED as in the seed sample', () => {
    const { host, call, fails, events } = setup();
    host.scenarios.start('customer-hangs-up');
    host.scenarios.start('inbound-callback-asap');
    const [a, b] = call('interaction.getInteractions').map((i) => i.caseId);
    expect(call('interaction.getByInteractionId', '2')!.isCaseSelected).to.equal(true);
    events.length = 0;
    call('interaction.selectCaseByCaseId', a);
    expect(events.map((e) => e.data)).to.deep.equal([
      { eventType: 'CASE_COLLAPSED', selectedCaseId: b },
      { eventType: 'CASE_EXPANDED', selectedCaseId: a },
      { eventType: 'CASE_SELECTED', selectedCaseId: a },
    ]);
    expect(call('interaction.getByInteractionId', '1')).to.deep.include({
      isCaseSelected: true,
      isCaseExpanded: true,
    });
    expect(fails('interaction.selectCaseByCaseId', 'nope')).to.equal(
      "Error: Case not found: 'nope'.",
    );
  });

  it('getContextualOption applies IW_OverrideOptions and fails for an unknown interaction (seed example)', () => {
    const { host, call, fails } = setup();
    host.scenarios.start('customer-hangs-up');
    call('interaction.setUserData', '1', { IW_OverrideOptions: 'CaseDataColor' });
    expect(
      call('configuration.getContextualOption', 'interaction.case-data.frame-color', '1'),
    ).to.deep.equal({
      'interaction-workspace': { 'interaction.case-data.frame-color': '#FF000088' },
    });
    expect(call('configuration.getOption', 'interaction.case-data.frame-color')).to.deep.equal({
      'interaction-workspace': { 'interaction.case-data.frame-color': '#FFBA00' },
    });
    expect(
      fails('configuration.getContextualOption', 'interaction.case-data.frame-color', '42'),
    ).to.equal('Error: Interaction not found.');
    expect(
      fails('configuration.getContextualOption', 'interaction.case-data.frame-color'),
    ).to.equal('Error: Interaction not found.');
    expect(fails('configuration.getOption', '*.mark-done')).to.match(
      /^Error: Invalid option name '\*\.mark-done'/,
    );
  });
});

describe('workspace: agent, media, system', () => {
  it('lists states and media; setState moves every media', () => {
    const { call, fails, events } = setup();
    expect(call('agent.getStateList').map((s) => s.displayName)).to.include.members([
      'Ready',
      'Not Ready',
      'Not Ready - Break',
      'After Call Work',
      'Logout',
    ]);
    call('agent.setState', 'AfterCallWork');
    expect(call('agent.getState')).to.deep.include({ type: 'NOT_READY_AFTER_CALLWORK' });
    expect(call('media.getMediaByName', 'voice')).to.deep.include({
      name: 'voice',
      device: { number: '5001' },
    });
    call('media.setState', 'chat', 'NotReady');
    expect(events.at(-1)!.data).to.deep.include({
      eventType: 'STATE_CHANGED',
      mediaState: 'NOT_READY',
      media: 'chat',
    });
    expect(call('media.getMediaByName', 'chat')!.state.type).to.equal('NOT_READY');
    expect(call('media.getMediaByName', 'fax')).to.equal(null);
    expect(fails('agent.setState', 'Sleeping')).to.equal(
      "Error: Unknown state operation 'Sleeping'.",
    );
  });

  it('keeps toasts: ids, update/close false for unknown ids, auto close', () => {
    const { host, call } = setup();
    const id = call('system.popupToast', { title: 'T', buttons: ['One', 'Two'], autoClose: 5000 });
    expect(id).to.equal('wweCustomToast1');
    expect(call('system.updateToast', id, { message: 'changed', keyValue: { a: '1' } })).to.equal(
      true,
    );
    expect(host.workspace.toasts.get(id)!.params).to.deep.include({
      message: 'changed',
      keyValues: { a: '1' },
    });
    expect(call('system.updateToast', 'nope', {})).to.equal(false);
    expect(call('system.closeToast', 'nope')).to.equal(false);
    host.clock.advance(5000);
    expect(host.workspace.toasts.size).to.equal(0);
  });

  it('keeps a sticky toast past autoClose; Show brings the frame forward; Dismiss and OK close', () => {
    const { host, call, events } = setup();
    const sticky = call('system.popupToast', { title: 'Sticky', autoClose: 1000, sticky: true });
    host.clock.advance(5000);
    expect(host.workspace.toasts.has(sticky)).to.equal(true);
    call('system.updateToast', sticky, { sticky: false });
    host.clock.advance(1000);
    expect(host.workspace.toasts.has(sticky)).to.equal(false);
    host.workspace.visible = false;
    const shown = call('system.popupToast', { title: 'Show me', showDismiss: true });
    const dismissed = call('system.popupToast', { title: 'Dismiss me', showDismiss: true });
    const before = events.length;
    runControl(host, 'pressToast', [dismissed, 'dismiss']);
    expect(call('system.amIVisible')).to.equal(false);
    runControl(host, 'pressToast', [shown, 'show']);
    expect(call('system.amIVisible')).to.equal(true);
    expect(host.workspace.toasts.size).to.equal(0);
    expect(events.length).to.equal(before); // no CUSTOM_TOAST_BUTTON_CLICK for Show / Dismiss
    expect(() => runControl(host, 'pressToast', [shown, 'show'])).to.throw(
      `Toast '${shown}' not found`,
    );
    expect(() => runControl(host, 'pressToast', [shown, 'maybe'])).to.throw(
      "Unknown toast button 'maybe'",
    );
  });

  it('opens and closes dialogs and menu-bar views (seed samples)', () => {
    const { call, fails } = setup();
    expect(
      call('system.openDialog', '', { label: 'Dialog', width: '430px', height: '325px' }),
    ).to.equal('wweCustomDialog1');
    expect(call('system.openDialog', undefined, {})).to.equal(null);
    expect(fails('system.openDialog', 'x', null)).to.match(/can't be null/);
    expect(call('system.closeDialog', 'wweCustomDialog1')).to.equal(true);
    expect(call('system.closeDialog', 'wweCustomDialog1')).to.equal(false);
    expect(
      call('system.updateViewInApplicationMenuBar', {
        name: 'view1',
        label: 'Main content text',
        shortLabel: 'Short text',
      }),
    ).to.equal('view1');
    expect(call('system.closeViewInApplicationMenuBar', 'view1')).to.equal(true);
    expect(call('system.closeViewInApplicationMenuBar', 'view1')).to.equal(false);
  });

  it('reports the frame state and refuses requests while disconnected, except the read-outs', () => {
    const { host, call, fails, events } = setup();
    runControl(host, 'setFrameState', ['NEGOTIATING']);
    expect(events.at(-1)).to.deep.equal({ event: 'system', data: { frameState: 'NEGOTIATING' } });
    expect([
      call('system.isFrameLeading'),
      call('system.isFrameNegotiating'),
      call('system.isFrameLeadingOrNegotiating'),
    ]).to.deep.equal([false, true, true]);
    host.scenarios.start('connection-drop');
    expect(events.at(-1)).to.deep.equal({
      event: 'system',
      data: { eventType: 'REALTIME_CONNECTION', state: 'DISCONNECTED' },
    });
    expect(fails('agent.get')).to.equal(disconnectedText());
    expect(call('system.amIVisible')).to.equal(true);
    expect(call('system.isFrameFollowing')).to.equal(false);
    host.scenarios.step();
    expect(events.at(-1)!.data.state).to.equal('RECONNECTED');
    expect(call('agent.get').employeeId).to.equal('5001');
  });

  it('creates an email; broadcasts messenger events; campaign events', () => {
    const { host, call, events } = setup();
    call('email.create', 'grace@example.com', { Subject: 'Hi' });
    expect(events.slice(-2).map((e) => e.data.eventType)).to.deep.equal(['ADDED', 'CREATED']);
    call('messenger.broadcastMessage', 'my-channel', { foo: 'A foo text.', bar: 1234 });
    expect(events.at(-1)).to.deep.equal({
      event: 'messenger:my-channel',
      data: { foo: 'A foo text.', bar: 1234 },
    });
    runControl(host, 'campaign', ['CampaignStarted', 'Offer of the Month']);
    expect(events.at(-1)).to.deep.equal({
      event: 'outbound',
      data: {
        eventType: 'CampaignStarted',
        campaign: 'Offer of the Month',
        mode: 'Predictive GVP',
      },
    });
    expect(
      call('outbound.getCampaigns').find((c) => c.name === 'Offer of the Month')!.status,
    ).to.equal('running');
  });
});

describe('workspace: outbound records', () => {
  function previewCall() {
    const s = setup();
    s.host.scenarios.start('outbound-pull-preview');
    return s;
  }

  it('returns exactly the seed list of call results', () => {
    const { call } = setup();
    // The seed's own getListOfCallResults sample, literally.
    expect(call('outbound.getListOfCallResults')).to.deep.equal(
      GET_LIST_OF_CALL_RESULTS_ANSWER.data,
    );
    expect(call('outbound.getListOfCallResults')).to.deep.equal({ ...OUTBOUND_CALL_RESULT_LIST });
    expect(Object.keys(call('outbound.getListOfCallResults'))).to.have.length(39);
  });

  it('sets a call result only on a call, as a number string, without Do Not Call', () => {
    const { host, call, fails } = previewCall();
    expect(fails('outbound.setCallResult', '1', '6')).to.equal(
      "Error: The interaction '1' has no active or completed call.",
    );
    host.scenarios.step(); // call → interaction 2
    expect(call('outbound.getCallResult', '2')).to.equal(null);
    expect(fails('outbound.setCallResult', '2', 'BUSY')).to.equal(
      "Error: The call result must be a number string (got 'BUSY').",
    );
    expect(fails('outbound.setCallResult', '2', '2')).to.equal("Error: Unknown call result '2'.");
    call('outbound.setCallResult', '2', '6');
    expect(call('outbound.getCallResult', '2')).to.equal(6);
    call('outbound.setDoNotCall', '2');
    expect(fails('outbound.setCallResult', '2', '7')).to.equal(
      'Error: "Do Not Call" is set for the interaction \'2\'.',
    );
    call('outbound.removeDoNotCall', '2');
    call('outbound.setCallResult', '2', '7');
    expect(call('outbound.getCallResult', '2')).to.equal(7);
    expect(fails('outbound.getCallResult', '1')).to.equal(INTERACTION_NOT_FOUND); // the preview id is gone
  });

  it("reschedules in the record's time zone, strictly, and cancels", () => {
    const { call, fails, events } = previewCall();
    expect(fails('outbound.rescheduleRecord', '1', 283, '5/27/2021 10:55', 'PERSONAL')).to.match(
      /^Error: Invalid reschedule date '5\/27\/2021 10:55'/,
    );
    expect(fails('outbound.rescheduleRecord', '1', 283, '02/30/2021 10:55', 'PERSONAL')).to.match(
      /^Error: Invalid reschedule date/,
    );
    expect(fails('outbound.rescheduleRecord', '1', 283, '05/27/2021 10:55', 'SOON')).to.equal(
      "Error: Invalid callbackType 'SOON': expected CAMPAIGN or PERSONAL.",
    );
    expect(fails('outbound.rescheduleRecord', '1', 999, '05/27/2021 10:55', 'PERSONAL')).to.equal(
      "Error: Record '999' is not in the chain of interaction '1'.",
    );
    // now = 2021-05-27 00:00 UTC = 09:30 in ACT (UTC+09:30)
    expect(fails('outbound.rescheduleRecord', '1', 283, '05/27/2021 09:00', 'PERSONAL')).to.equal(
      "Error: The reschedule date '05/27/2021 09:00' is in the past in the record's time zone (ACT, UTC+09:30).",
    );
    call('outbound.rescheduleRecord', '1', 283, '05/27/2021 10:55', 'PERSONAL'); // the seed's sample request
    expect(events.at(-1)!.data.eventType).to.equal('ATTACHED_DATA_CHANGED');
    expect(events.at(-1)!.data.interaction!.userData).to.deep.include({
      GSW_DATE_TIME: '05/27/2021 10:55',
      GSW_CALLBACK_TYPE: 'PERSONAL',
    });
    expect(call('outbound.getChainedRecords', '1')[0].records[0]).to.deep.include({
      GSW_DATE_TIME: '05/27/2021 10:55',
    });
    call('outbound.cancelReschedule', '1');
    expect(call('interaction.getByInteractionId', '1')!.userData).to.not.have.property(
      'GSW_DATE_TIME',
    );
    expect(fails('outbound.cancelReschedule', '1')).to.equal(
      "Error: The record of interaction '1' is not rescheduled.",
    );
  });

  it('gives chained records in the seed shape and updates record fields all or nothing', () => {
    const { call, fails } = previewCall();
    const chained = call('outbound.getChainedRecords', '1');
    expect(chained).to.have.length(1);
    expect(chained[0].records.map((r) => r.GSW_RECORD_HANDLE)).to.deep.equal([283, 284]);
    expect(
      fails('outbound.updateRecordFields', '1', { GSW_CUSTOM_STRING: 'new', Custom_Integer: 1.5 }),
    ).to.equal("Error: Field 'Custom_Integer' expects an integer (got '1.5').");
    expect(
      call('outbound.getRecordFields', '1').find((f) => f.name === 'GSW_CUSTOM_STRING')!.value,
    ).to.equal('Custom message');
    call('outbound.updateRecordFields', '1', {
      GSW_CUSTOM_STRING: 'new',
      GSW_PHONE_TYPE: 9,
      GSW_UNTIL: '23:45',
    });
    const fields = call('outbound.getRecordFields', '1');
    expect(fields.find((f) => f.name === 'GSW_PHONE_TYPE')!.value).to.equal(9);
    expect(call('outbound.getChainedRecords', '1')[0].records[0].GSW_CUSTOM_STRING).to.equal('new');
    expect(fails('outbound.getRecordFields', '42')).to.equal(INTERACTION_NOT_FOUND);
  });

  it("holds the seed's getRecordFields sample values, and accepts its updateRecordFields sample", () => {
    const { call } = previewCall();
    const fields = call('outbound.getRecordFields', '1');
    for (const sample of GET_RECORD_FIELDS_ANSWER.data) {
      // The sample's GWS_FROM is the record's GSW_FROM; its `type` is the type table's fieldType.
      const name = sample.name === 'GWS_FROM' ? 'GSW_FROM' : sample.name;
      const mine = fields.find((f) => f.name === name)!;
      expect(mine, name).to.not.equal(undefined);
      for (const key of ['displayName', 'value', 'isMandatory', 'options', 'valueType'] as const)
        if (key in sample && !(name === 'GSW_FROM' && key === 'isMandatory'))
          expect(mine[key], `${name}.${key}`).to.deep.equal(sample[key]);
      expect(mine.fieldType, `${name}.fieldType`).to.equal(sample.fieldType ?? sample.type);
    }
    // The seed's sample request, literally: GSW_FROM '10.15', GSW_UNTIL '23:45'.
    const sample = {
      GSW_FROM: '10.15',
      GSW_UNTIL: '23:45',
      GSW_PHONE_TYPE: 9,
      GSW_CUSTOM_STRING: 'Custom message',
    };
    expect(call('outbound.updateRecordFields', '1', sample)).to.equal(undefined);
    const after = call('outbound.getRecordFields', '1');
    for (const [name, value] of Object.entries(sample))
      expect(after.find((f) => f.name === name)!.value, name).to.equal(value);
  });

  it('getPreviewRecord needs a running campaign; reject/cancel need a preview', () => {
    const { call, fails } = setup();
    expect(fails('outbound.rejectPreviewRecord')).to.equal(
      'Error: There is no preview record to act on.',
    );
    expect(fails('outbound.getPreviewRecord', 'Offer of the Month')).to.equal(
      "Error: Campaign 'Offer of the Month' is not running.",
    );
    expect(fails('outbound.getPreviewRecord', 'Nope')).to.equal(
      "Error: Campaign 'Nope' not found.",
    );
    call('outbound.getPreviewRecord', 'Outbound Campaign Custom');
    expect(call('interaction.getByInteractionId', '1')).to.deep.include({
      state: 'PREVIEWING',
      callType: 'OUTBOUND_PREVIEW',
    });
    call('outbound.cancelPreviewRecord');
    expect(call('interaction.getByInteractionId', '1')).to.deep.include({
      state: 'CANCELED',
      capabilities: ['MARK_DONE'],
    });
  });
});

describe('workspace: as strict as the documents', () => {
  it("puts media on the event's data only, never on the Interaction (seed's ATTACHED_DATA_CHANGED)", () => {
    const { host, call, events } = setup();
    host.scenarios.start('customer-hangs-up');
    call('interaction.setUserData', '1', { Note: 'x' });
    const ev = events.filter((e) => e.event === 'interaction').at(-1)!;
    // The same keys as the seed's sample at each level: data has media, the interaction has none.
    expect(Object.keys(ev.data).sort()).to.deep.equal(
      Object.keys(ATTACHED_DATA_CHANGED_EVENT.data).sort(),
    );
    expect(ev.data.media).to.equal(ATTACHED_DATA_CHANGED_EVENT.data.media);
    for (const key of Object.keys(ATTACHED_DATA_CHANGED_EVENT.data.interaction!))
      expect(ev.data.interaction, key).to.have.property(key);
    expect(ev.data.interaction).to.not.have.property('media');
    for (const ix of call('interaction.getInteractions')) expect(ix).to.not.have.property('media');
    expect(call('interaction.getByInteractionId', '1')).to.not.have.property('media');
  });

  it('a kinder host (strict: false) adds media to the Interaction', () => {
    const host = new SimHost({ window: null, clock: new ManualClock(0), strict: false });
    host.scenarios.start('customer-hangs-up');
    expect(host.invoke('interaction.getInteractions', [])[0].media).to.equal('voice');
  });

  it("emits CASE_ID_CHANGED as the seed prints it when the interaction's case id changes", () => {
    const { host, call, events } = setup();
    host.scenarios.start('customer-hangs-up');
    const previous = call('interaction.getByInteractionId', '1')!.caseId;
    const caseId = CASE_ID_CHANGED_EVENT.data.caseId!;
    call('interaction.setUserData', '1', { IW_CaseUid: caseId });
    const ev = events.find((e) => e.data?.eventType === 'CASE_ID_CHANGED')!;
    expect(ev.event).to.equal(CASE_ID_CHANGED_EVENT.event);
    expect(Object.keys(ev.data).sort()).to.deep.equal(
      Object.keys(CASE_ID_CHANGED_EVENT.data).sort(),
    );
    expect(ev.data).to.deep.equal({
      eventType: 'CASE_ID_CHANGED',
      caseId,
      previousCaseId: previous,
    });
    expect(call('interaction.getByInteractionId', '1')!.caseId).to.equal(caseId);
    // Writing the same case id again changes nothing.
    call('interaction.setUserData', '1', { IW_CaseUid: caseId });
    expect(events.filter((e) => e.data?.eventType === 'CASE_ID_CHANGED')).to.have.length(1);
  });

  it('lists only capabilities the seed names', () => {
    const { host, events } = setup();
    for (const name of host.scenarios.list().map((s) => s.name ?? s)) {
      host.reset();
      host.scenarios.start(name);
      try {
        host.scenarios.run();
      } catch {
        // a scenario waiting on the page stops here; its events so far count
      }
    }
    const named = new Set([
      'CALL',
      'PREVIEW_RECORD',
      'CANCEL_RECORD',
      'REJECT_RECORD',
      'HANGUP',
      'HOLD',
      'MARK_DONE',
      'ACCEPT',
      'ACCEPT_PREVIEW',
      'REJECT',
    ]);
    const seen = events.flatMap((e) => e.data?.interaction?.capabilities ?? []);
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.filter((c: string) => !named.has(c))).to.deep.equal([]);
  });
});
