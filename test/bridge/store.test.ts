import { expect } from '@open-wc/testing';
import { AgentBridge } from '../../src/bridge/store.js';
import { selectedInteraction } from '../../src/bridge/state.js';
import type { Interaction } from '../../src/bridge/api.js';
import { FakeHost, tick } from '../support/fake-host.js';

const agent = { employeeId: 'e1', firstname: 'Jane', lastname: 'Doe', username: 'jdoe' };
const ready = { type: 'READY', displayName: 'Ready', operationName: 'Ready' };
const call = (id: string, patch: Partial<Interaction> = {}): Interaction =>
  ({
    interactionId: id,
    state: 'RINGING',
    userData: {},
    caseId: `case-${id}`,
    isMainCaseInteraction: true,
    ...patch,
  }) as Interaction;

function answers(extra: Record<string, unknown> = {}) {
  const table: Record<string, unknown> = {
    'agent.get': agent,
    'agent.getState': ready,
    'agent.getStateList': [
      ready,
      { type: 'NOT_READY', displayName: 'Not Ready', operationName: 'NotReady' },
    ],
    'interaction.getInteractions': [call('1', { isCaseSelected: true })],
    'configuration.getOption': {
      'interaction-workspace': { 'interaction.disposition.key-name': 'DispositionCode' },
    },
    'system.isFrameLeading': false,
    'system.isFrameNegotiating': true,
    ...extra,
  };
  return (m: { request: string }) =>
    m.request in table
      ? { data: table[m.request] }
      : { errorMessage: `Error: Unknown request '${m.request}'.` };
}

describe('AgentBridge (store)', () => {
  let host: FakeHost;
  let bridge: AgentBridge;
  beforeEach(() => {
    host = new FakeHost();
    host.auto = answers();
    bridge = new AgentBridge({ hostOrigin: location.origin, target: 'self', timeoutMs: 300 });
  });
  afterEach(() => {
    bridge.close();
    host.close();
  });

  it('syncs agent, state, state list, interactions and options on connect', async () => {
    const kinds: string[] = [];
    bridge.subscribe((s) => kinds.push(s.sync));
    const state = await bridge.connect();
    expect(state.sync).to.equal('ready');
    expect(state.agent).to.deep.equal(agent);
    expect(state.agentState?.type).to.equal('READY');
    expect(state.stateList).to.have.length(2);
    expect([...state.interactions.keys()]).to.deep.equal(['1']);
    expect(state.selectedCaseId).to.equal('case-1');
    expect(state.options['interaction.disposition.key-name']).to.equal('DispositionCode');
    expect(state.frameState).to.equal('NEGOTIATING');
    expect(state.syncErrors).to.deep.equal({});
    expect(state.options['interaction-workspace/interaction.disposition.key-name']).to.equal(
      'DispositionCode',
    );
    expect(kinds).to.deep.equal(['syncing', 'ready']);
    // Seed 003: "You must call subscribe only once" — one subscribe with every store event.
    const subscribed = host.seen
      .filter((s) => s.kind === 'subscribe')
      .map((s) => (s.message as { data: string[] }).data);
    expect(subscribed).to.have.length(1);
    expect(subscribed[0]).to.have.members([
      'agent',
      'interaction',
      'system',
      'outbound',
      'markdone',
    ]);
    // …and it went out before the sync's requests.
    expect(host.seen[0].kind).to.equal('subscribe');
  });

  it('keeps going when parts of the sync are refused, and says which', async () => {
    host.auto = (m) =>
      m.request.startsWith('agent.')
        ? answers()(m)
        : { errorMessage: `Error: The request '${m.request}' is not allowed for the origin 'x'.` };
    const state = await bridge.connect();
    expect(state.sync).to.equal('ready');
    expect(state.agent?.username).to.equal('jdoe');
    expect(Object.keys(state.syncErrors)).to.have.members([
      'interactions',
      'options',
      'frameState',
    ]);
    expect(state.syncErrors.interactions).to.match(/not allowed/);
  });

  it('reports a failed sync when the host never answers', async () => {
    host.auto = () => undefined;
    const state = await bridge.connect();
    expect(state.sync).to.equal('failed');
    expect(state.syncErrors.agent).to.match(/Request timeout/);
  });

  it('keeps interactions current from ADDED, state events, ATTACHED_DATA_CHANGED and REMOVED', async () => {
    await bridge.connect();
    const changes: string[] = [];
    bridge.subscribe((_s, c) => changes.push(`${c.kind}:${c.eventType}:${c.interactionId ?? ''}`));
    host.event('interaction', { eventType: 'ADDED', media: 'voice', interaction: call('2') });
    host.event('interaction', {
      eventType: 'ESTABLISHED',
      interaction: call('2', { state: 'TALKING' }),
    });
    host.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: call('2', { state: 'TALKING', userData: { DispositionCode: 'Sale' } }),
    });
    await tick(10);
    const two = bridge.interaction('2')!;
    expect(two.state).to.equal('TALKING');
    expect(two.media).to.equal('voice');
    expect(two.userData).to.deep.equal({ DispositionCode: 'Sale' });
    host.event('interaction', { eventType: 'REMOVED', interaction: call('2', { state: 'IDLE' }) });
    await tick(10);
    expect(bridge.interaction('2')).to.equal(undefined);
    expect(changes).to.deep.equal([
      'interaction:ADDED:2',
      'interaction:ESTABLISHED:2',
      'interaction:ATTACHED_DATA_CHANGED:2',
      'interaction:REMOVED:2',
    ]);
  });

  it('keeps chained records from RECORDS_RETRIEVED across later snapshots', async () => {
    await bridge.connect();
    host.event('interaction', {
      eventType: 'RECORDS_RETRIEVED',
      interaction: call('1', { state: 'PREVIEWING', chainedRecords: [{ GSW_RECORD_HANDLE: 283 }] }),
    });
    host.event('interaction', {
      eventType: 'PREVIEWING',
      interaction: call('1', { state: 'PREVIEWING' }),
    });
    await tick(10);
    expect(bridge.interaction('1')!.chainedRecords).to.deep.equal([{ GSW_RECORD_HANDLE: 283 }]);
  });

  it('follows CASE_ID_CHANGED and CASE_SELECTED', async () => {
    await bridge.connect();
    host.event('interaction', { eventType: 'ADDED', interaction: call('2') });
    host.event('interaction', {
      eventType: 'CASE_ID_CHANGED',
      caseId: 'new-case',
      previousCaseId: 'case-1',
    });
    await tick(10);
    expect(bridge.interaction('1')!.caseId).to.equal('new-case');
    expect(bridge.state.selectedCaseId).to.equal('new-case');
    host.event('interaction', { eventType: 'CASE_SELECTED', selectedCaseId: 'case-2' });
    await tick(10);
    expect(bridge.state.selectedCaseId).to.equal('case-2');
    expect(bridge.selected?.interactionId).to.equal('2');
    expect(bridge.interaction('2')!.isCaseSelected).to.equal(true);
    expect(bridge.interaction('1')!.isCaseSelected).to.equal(false);
  });

  it('works out the selected interaction once per state, and again after every change', async () => {
    await bridge.connect();
    const first = bridge.selected;
    expect(first?.interactionId).to.equal('1');
    expect(bridge.selected, 'same state: the same answer').to.equal(first);
    host.event('interaction', {
      eventType: 'ATTACHED_DATA_CHANGED',
      interaction: call('1', { isCaseSelected: true, userData: { Note: 'x' } }),
    });
    await tick(10);
    expect(bridge.selected, 'a new state: worked out again').to.not.equal(first);
    expect(bridge.selected?.userData.Note).to.equal('x');
    host.event('interaction', { eventType: 'ADDED', interaction: call('2') });
    host.event('interaction', { eventType: 'CASE_SELECTED', selectedCaseId: 'case-2' });
    await tick(10);
    expect(bridge.selected?.interactionId).to.equal('2');
  });

  it('tracks agent state, connection, frame state, campaigns and mark-done blocks', async () => {
    await bridge.connect();
    host.event('agent', {
      eventType: 'STATE_CHANGED',
      mediaState: 'NOT_READY_ACTION_CODE',
      reason: 'Break',
      reasonCode: '1511',
    });
    host.event('system', { frameState: 'NEGOTIATING' });
    host.event('outbound', {
      eventType: 'CampaignStarted',
      campaign: 'Offer of the Month',
      mode: 'Predictive GVP',
    });
    host.event('markdone', {
      eventType: 'MARKDONE_BLOCK_CHANGED',
      interactionId: '1',
      blocked: true,
      warningMessage: 'Choose a disposition',
    });
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'DISCONNECTED' });
    await tick(10);
    const s = bridge.state;
    expect(s.agentState).to.include({
      type: 'NOT_READY_ACTION_CODE',
      reason: 'Break',
      reasonCode: '1511',
      displayName: 'Break',
    });
    expect(s.frameState).to.equal('NEGOTIATING');
    expect(s.campaigns['Offer of the Month']).to.deep.equal({
      name: 'Offer of the Month',
      status: 'running',
      mode: 'Predictive GVP',
    });
    expect(s.markdoneBlocks).to.deep.equal({ 1: 'Choose a disposition' });
    expect(s.connection).to.equal('DISCONNECTED');
  });

  it('re-syncs after RECONNECTED', async () => {
    await bridge.connect();
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'DISCONNECTED' });
    await tick(10);
    host.auto = answers({
      'interaction.getInteractions': [call('1'), call('7', { state: 'TALKING' })],
    });
    host.event('system', { eventType: 'REALTIME_CONNECTION', state: 'RECONNECTED' });
    await tick(50);
    expect(bridge.state.connection).to.equal('up');
    expect([...bridge.state.interactions.keys()]).to.deep.equal(['1', '7']);
  });

  it('records a mark-done block it set itself, and clears it', async () => {
    host.auto = answers({ 'interaction.blockMarkdone': null, 'interaction.unblockMarkdone': null });
    await bridge.connect();
    await bridge.blockMarkdone('1', 'Disposition required');
    expect(bridge.state.markdoneBlocks['1']).to.equal('Disposition required');
    await bridge.unblockMarkdone('1');
    expect(bridge.state.markdoneBlocks).to.deep.equal({});
  });

  it('ignores events it cannot read', async () => {
    await bridge.connect();
    const before = bridge.state;
    for (const junk of [
      null,
      'x',
      { eventType: 'ADDED' },
      { eventType: 'ADDED', interaction: { interactionId: 5 } },
      { eventType: 'CASE_ID_CHANGED' },
    ])
      host.event('interaction', junk);
    host.event('markdone', { eventType: 'MARKDONE_BLOCKED' });
    host.event('outbound', { eventType: 'CampaignStarted' });
    await tick(10);
    expect(bridge.state).to.equal(before);
  });

  it('unsubscribes everything on close', async () => {
    await bridge.connect();
    const off = bridge.subscribe(() => {});
    off();
    bridge.close();
    expect(bridge.listenerCount).to.equal(0);
    expect(bridge.client.activity).to.deep.equal({ listeners: 0, events: 0, pending: 0 });
  });
});

describe('selectedInteraction', () => {
  it('prefers the main, non-consultation interaction of the selected case', () => {
    const interactions = new Map<string, Interaction>([
      ['1', call('1', { caseId: 'A' })],
      ['2', call('2', { caseId: 'B' })],
      ['3', call('3', { caseId: 'B', isConsultation: true })],
    ]);
    const base = { interactions, selectedCaseId: 'B' } as never;
    expect(selectedInteraction(base)?.interactionId).to.equal('2');
    expect(
      selectedInteraction({ interactions, selectedCaseId: null } as never)?.interactionId,
    ).to.equal('2');
    expect(
      selectedInteraction({ interactions: new Map(), selectedCaseId: null } as never),
    ).to.equal(undefined);
  });
});
