// Every method of the ten namespaces, through the kit's own client, across a real cross-origin
// postMessage hop to the simulated workspace (test/fixtures/sim-host.html on the other origin).
import { expect } from '@open-wc/testing';
import { REQUEST_NAMES, type RequestName } from '../../src/bridge/api.js';
import { ServiceClient } from '../../src/bridge/client.js';
import { OUTBOUND_CALL_RESULT_LIST } from '../../src/bridge/enums.js';
import { HostError, TimeoutError } from '../../src/bridge/errors.js';
import { AgentBridge } from '../../src/bridge/store.js';
import { elementSim, openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { until } from '../support/until.js';

describe('every request over the cross-origin transport', () => {
  let sim: SimFrame;
  let client: ServiceClient;
  const covered = new Set<string>();

  before(async () => {
    sim = await openSimFrame({
      options: {
        'service-client-api.accepted-web-content-origins': `${location.origin} (*, auth.getJwtToken)`,
      },
      connectDelay: 'none',
    });
    client = new ServiceClient({ hostOrigin: sim.origin, target: sim.frame, timeoutMs: 4000 });
    const record = client.send.bind(client);
    client.send = (name, params, options) => {
      covered.add(name);
      return record(name, params, options);
    };
  });
  after(() => {
    client.close();
    sim.close();
  });

  const ids = async () =>
    (await client.request('interaction.getInteractions')) as Array<{
      interactionId: string;
      state: string;
      isConsultation?: boolean;
    }>;

  it('agent', async () => {
    expect(await client.request('agent.get')).to.include({ username: 'ada.lovelace' });
    const list = await client.request('agent.getStateList');
    expect(list.length).to.be.greaterThan(2);
    const notReady = list.find((s) => s.type === 'NOT_READY')!;
    await client.request('agent.setState', notReady.operationName);
    expect((await client.request('agent.getState')).type).to.equal('NOT_READY');
  });

  it('configuration and email', async () => {
    const sections = await client.request('configuration.getOption', 'interaction.disposition.*');
    expect(sections['interaction-workspace']).to.have.property('interaction.disposition.key-name');
    await sim.control('startScenario', 'inbound-callback-asap');
    const [{ interactionId }] = await ids();
    const ctx = await client.request(
      'configuration.getContextualOption',
      'interaction.case-data.*',
      interactionId,
    );
    expect(ctx).to.have.property('interaction-workspace');
    await client.request('email.create', 'ada@example.com', { Subject: 'Follow-up' });
    await sim.control('reset');
  });

  it('media', async () => {
    const media = await client.request('media.getMediaList');
    expect(media.map((m) => m.name)).to.include('voice');
    const voice = await client.request('media.getMediaByName', 'voice');
    expect(voice?.name).to.equal('voice');
    const ready = (await client.request('agent.getStateList')).find((s) => s.type === 'READY')!;
    await client.request('media.setState', 'voice', ready.operationName);
    expect((await client.request('media.getMediaByName', 'voice'))?.state.type).to.equal('READY');
  });

  it('system', async () => {
    expect(await client.request('system.amIVisible')).to.be.a('boolean');
    expect(await client.request('system.getAllowedServices')).to.include('auth.getJwtToken');
    for (const r of [
      'system.isFrameLeading',
      'system.isFrameFollowing',
      'system.isFrameNegotiating',
      'system.isFrameLeadingOrNegotiating',
      'system.isLastActiveFrame',
    ] as const) {
      expect(await client.request(r), r).to.be.a('boolean');
    }
    const dialog = await client.request('system.openDialog', 'https://example.com/form', {
      label: 'Form',
    });
    expect(dialog).to.be.a('string');
    expect(await client.request('system.closeDialog', dialog!)).to.equal(true);
    const toast = await client.request('system.popupToast', {
      title: 'Callback due',
      message: 'in 5 min',
      buttons: ['Call now', 'Snooze'],
    });
    expect(await client.request('system.updateToast', toast, { message: 'now' })).to.equal(true);
    expect(await client.request('system.closeToast', toast)).to.equal(true);
    expect(await client.request('system.closeToast', toast)).to.equal(false);
    expect(
      await client.request('system.updateViewInApplicationMenuBar', {
        name: 'queue',
        label: 'Queue: 3',
      }),
    ).to.equal('queue');
    expect(await client.request('system.closeViewInApplicationMenuBar', 'queue')).to.equal(true);
    await client.request('system.triggerActivity');
  });

  it('voice: mute, dial, hold, resume, recording, hang up', async () => {
    await client.request('voice.muteMicrophone');
    expect(await client.request('voice.isMicrophoneMute')).to.equal(true);
    await client.request('voice.unmuteMicrophone');
    expect(await client.request('voice.isMicrophoneMute')).to.equal(false);
    await client.request('voice.muteSpeaker');
    expect(await client.request('voice.isSpeakerMute')).to.equal(true);
    await client.request('voice.unmuteSpeaker');
    await client.request('voice.dial', '+15550100', { Origin: 'crm' });
    const [call] = await ids();
    expect(call.state).to.equal('DIALING');
    const held = await client.request('voice.hold', call.interactionId).catch((e) => e);
    expect(held).to.be.instanceOf(HostError); // not established yet
    await sim.control('connectCall', call.interactionId);
    await client.request('voice.hold', call.interactionId);
    await client.request('voice.resume', call.interactionId);
    await client.request('voice.startCallRecording', call.interactionId);
    await client.request('voice.pauseCallRecording', call.interactionId);
    await client.request('voice.resumeCallRecording', call.interactionId);
    await client.request('voice.stopCallRecording', call.interactionId);
    expect(
      (await client.request('interaction.getByInteractionId', call.interactionId))?.recordingState,
    ).to.equal('STOPPED');
    await client.request('voice.hangUp', call.interactionId);
    await client.request('interaction.markdone', call.interactionId);
    await client.request('voice.dialEx', '+15550101', {}, { Priority: '1' });
    expect(await ids()).to.have.length(1);
    await sim.control('reset');
  });

  it('interaction: accept, user data, case, mark-done block, consult and complete, single-step, reject, answer', async () => {
    await sim.control('startScenario', 'inbound-callback-asap');
    let [it1] = await ids();
    await client.request('interaction.accept', it1.interactionId);
    it1 = (await client.request('interaction.getByInteractionId', it1.interactionId))!;
    expect(it1.state).to.equal('TALKING');
    await client.request('interaction.setUserData', it1.interactionId, { DispositionCode: 'Sale' });
    expect(
      (await client.request('interaction.getByInteractionId', it1.interactionId))!.userData
        .DispositionCode,
    ).to.equal('Sale');
    await client.request('interaction.deleteUserData', it1.interactionId, 'DispositionCode');
    await client.request('interaction.selectCaseByCaseId', (it1 as { caseId?: string }).caseId!);
    await client.request('interaction.blockMarkdone', it1.interactionId, 'Choose a disposition');
    await client.request('interaction.unblockMarkdone', it1.interactionId);
    await client.request(
      'interaction.consult',
      it1.interactionId,
      { type: 'AGENT', target: 'AGENT', destination: '5002' },
      {},
      {},
    );
    let consult = (await ids()).find((i) => i.isConsultation)!;
    await sim.control('connectCall', consult.interactionId);
    await client.request('interaction.completeConference', consult.interactionId);
    await client.request('interaction.consult', it1.interactionId, '+15550199', {}, {});
    consult = (await ids()).find((i) => i.isConsultation)!;
    await sim.control('connectCall', consult.interactionId);
    await client.request('interaction.completeTransfer', consult.interactionId);
    await sim.control('reset');

    await sim.control('startScenario', 'inbound-callback-asap');
    [it1] = await ids();
    await client.request('voice.answer', it1.interactionId);
    await client.request(
      'interaction.singleStepConference',
      it1.interactionId,
      { type: 'SKILL', destination: 'Billing' },
      {},
      {},
    );
    await client.request(
      'interaction.singleStepTransfer',
      it1.interactionId,
      { type: 'ROUTING_POINT', destination: '7000' },
      {},
      {},
    );
    await sim.control('reset');

    await sim.control('startScenario', 'inbound-callback-asap');
    [it1] = await ids();
    await client.request('interaction.reject', it1.interactionId);
    await sim.control('reset');
  });

  it('outbound: campaigns, call results, preview record, chain, fields, do-not-call, reschedule, call', async () => {
    expect(await client.request('outbound.getCampaigns')).to.be.an('array');
    expect(await client.request('outbound.getListOfCallResults')).to.deep.equal({
      ...OUTBOUND_CALL_RESULT_LIST,
    });
    await client.request('outbound.startDirectPushPreview');
    await client.request('outbound.stopDirectPushPreview');
    const campaign = (await client.request('outbound.getCampaigns'))[0].name;
    await client.request('outbound.getPreviewRecord', campaign);
    const [preview] = await ids();
    expect(preview.state).to.equal('PREVIEWING');
    const chain = await client.request('outbound.getChainedRecords', preview.interactionId);
    const handles = chain[0].records.map((r) => Number(r.GSW_RECORD_HANDLE));
    expect(handles.length).to.be.greaterThan(1);
    const fields = await client.request('outbound.getRecordFields', preview.interactionId);
    expect(new Set(fields.map((f) => f.fieldType))).to.have.keys(
      'int',
      'float',
      'char',
      'var-char',
      'date',
      'time',
      'bool',
      'enum',
    );
    const text = fields.find((f) => f.fieldType === 'var-char' && f.isEditable)!;
    await client.request('outbound.updateRecordFields', preview.interactionId, {
      [text.name]: 'Updated over the wire',
    });
    expect(
      (await client.request('outbound.getRecordFields', preview.interactionId)).find(
        (f) => f.name === text.name,
      )!.value,
    ).to.equal('Updated over the wire');
    await client.request(
      'outbound.rescheduleRecord',
      preview.interactionId,
      handles[0],
      '12/24/2030 10:30',
      'PERSONAL',
    );
    await client.request('outbound.cancelReschedule', preview.interactionId);
    await client.request('outbound.callPreviewRecord', preview.interactionId, handles[0]);
    const [call] = await ids();
    await sim.control('connectCall', call.interactionId);
    await client.request('outbound.setCallResult', call.interactionId, '6');
    expect(await client.request('outbound.getCallResult', call.interactionId)).to.equal(6);
    await client.request('outbound.setDoNotCall', call.interactionId);
    expect(
      await client.request('outbound.setCallResult', call.interactionId, '7').catch((e) => e),
    ).to.be.instanceOf(HostError);
    await client.request('outbound.removeDoNotCall', call.interactionId);
    await sim.control('reset');
    await client.request('outbound.getPreviewRecord', campaign);
    await client.request('outbound.rejectPreviewRecord');
    await sim.control('reset');
    await client.request('outbound.getPreviewRecord', campaign);
    await client.request('outbound.cancelPreviewRecord');
    await sim.control('reset');
  });

  it('auth and messenger', async () => {
    const token = await client.request('auth.getJwtToken');
    expect(token.jwtToken).to.be.a('string').and.not.equal('');
    expect(Number.isNaN(Date.parse(token.expiration))).to.equal(false);
    const got: unknown[] = [];
    client.on('messenger:crm', (d) => got.push(d));
    await new Promise((r) => setTimeout(r, 50));
    await client.request('messenger.broadcastMessage', 'crm', { foo: 'A foo text.', bar: 1234 });
    await until(() => got.length > 0, 'the event');
    expect(got).to.deep.equal([{ foo: 'A foo text.', bar: 1234 }]);
  });

  it('covered every request name', () => {
    const missing = REQUEST_NAMES.filter((n: RequestName) => !covered.has(n));
    expect(missing).to.deep.equal([]);
  });
});

describe('the store across origins', () => {
  it('syncs, follows a scenario, times out against a silent host and re-syncs after a connection drop', async () => {
    const sim = await openSimFrame(elementSim());
    const bridge = new AgentBridge({ hostOrigin: sim.origin, target: sim.frame, timeoutMs: 1500 });
    try {
      expect((await bridge.connect()).sync).to.equal('ready');
      await sim.control('startScenario', 'inbound-callback-asap');
      await until(() => bridge.state.interactions.size === 1, 'one interaction');
      const id = [...bridge.state.interactions.keys()][0];
      expect(bridge.interaction(id)!.state).to.equal('RINGING');
      await bridge.accept(id);
      await until(() => bridge.interaction(id)!.state === 'TALKING', 'TALKING');
      await sim.control('setSilent', true);
      expect(await bridge.hold(id).catch((e) => e)).to.be.instanceOf(TimeoutError);
      await sim.control('setSilent', false);
      await sim.control('dropConnection');
      await until(() => bridge.state.connection === 'DISCONNECTED', 'DISCONNECTED');
      expect((await bridge.hold(id).catch((e) => e)).kind).to.equal('disconnected');
      await sim.control('remoteRelease', id); // happens while we are away
      await sim.control('recoverConnection');
      await until(
        () =>
          bridge.state.connection === 'up' &&
          bridge.state.sync === 'ready' &&
          bridge.interaction(id)?.state === 'IDLE',
        'reconnected and synced, the call IDLE',
      );
    } finally {
      bridge.close();
      sim.close();
    }
  });
});
