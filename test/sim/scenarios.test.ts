// Each scenario's interaction events equal its expected sequence — for the outbound ones, the
// seed's "Outbound preview events" table rows — in-process and over the wire.
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/sim/clock.js';
import { SimHost } from '../../src/sim/host.js';
import { OUTBOUND_PREVIEW_TABLE } from '../../src/sim/outbound-table.js';
import { SCENARIOS } from '../../src/sim/scenarios.js';
import { openSimFrame } from '../support/sim-frame.js';
import { RawClient, rowOf, type EventData } from './raw-client.js';

const NOT_IN_TABLE = new Set<string | undefined>([
  'RECORDS_RETRIEVED',
  'ATTACHED_DATA_CHANGED',
  'CASE_COLLAPSED',
  'CASE_EXPANDED',
  'CASE_SELECTED',
]);

function recorder(host: SimHost) {
  const events: Array<{ event: string; data: EventData }> = [];
  host.onEvent((event, data) => events.push({ event, data: data as EventData }));
  const rows = () =>
    events
      .filter((e) => e.event === 'interaction' && !NOT_IN_TABLE.has(e.data.eventType))
      .map(rowOf);
  return { events, rows };
}

describe('scenarios', () => {
  let host: SimHost;
  beforeEach(() => {
    host = new SimHost({
      window: null,
      clock: new ManualClock(Date.UTC(2021, 4, 27)),
      connectDelayMs: null,
    });
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: runs to the end with the expected events`, () => {
      const rec = recorder(host);
      host.scenarios.start(scenario.name);
      const status = host.scenarios.run();
      expect(status.next).to.equal(null);
      expect(status.done).to.deep.equal(scenario.steps.map((s) => s.name));
      expect(rec.rows()).to.deep.equal(scenario.expected);
      if (!scenario.name.startsWith('connection'))
        expect(host.workspace.interactions.size, 'all marked done').to.equal(0);
    });
  }

  it('uses every row of the seed table in some scenario (reject/cancel of push modes: below)', () => {
    const used = new Set(SCENARIOS.flatMap((s) => s.expected.map((e) => JSON.stringify(e))));
    const unused = OUTBOUND_PREVIEW_TABLE.filter(
      ({ mode: _m, uiEvent: _u, ...e }) => !used.has(JSON.stringify(e)),
    );
    expect(
      unused.every((r) => r.uiEvent === 'Reject record' || r.uiEvent === 'Cancel record'),
    ).to.equal(true);
  });

  for (const [mode, scenario, request, ui] of [
    ['Push Preview', 'outbound-push-preview', 'outbound.rejectPreviewRecord', 'Reject record'],
    ['Push Preview', 'outbound-push-preview', 'outbound.cancelPreviewRecord', 'Cancel record'],
    [
      'Direct Push Preview',
      'outbound-direct-push-preview',
      'outbound.rejectPreviewRecord',
      'Reject record',
    ],
    [
      'Direct Push Preview',
      'outbound-direct-push-preview',
      'outbound.cancelPreviewRecord',
      'Cancel record',
    ],
  ] as const) {
    it(`${mode}: ${ui} gives the table's STATE_CHANGE row`, () => {
      const rec = recorder(host);
      host.scenarios.start(scenario);
      host.scenarios.step(); // accept
      host.invoke(request);
      const row = OUTBOUND_PREVIEW_TABLE.find((r) => r.mode === mode && r.uiEvent === ui)!;
      expect(rec.rows().at(-1)).to.deep.equal({
        eventType: row.eventType,
        state: row.state,
        callType: row.callType,
        capabilities: row.capabilities,
      });
      host.invoke('interaction.markdone', ['1']);
      expect(host.workspace.interactions.size).to.equal(0);
    });
  }

  it('moves on when the page itself does the next step (accept)', () => {
    host.scenarios.start('inbound-callback-asap');
    expect(host.scenarios.status()!.next!.name).to.equal('accept');
    host.invoke('interaction.accept', ['1']);
    expect(host.scenarios.status()!.next!.name).to.equal('hangUp');
  });

  it('connects a dialled call after the simulated delay', () => {
    const h = new SimHost({ window: null, clock: new ManualClock(0), connectDelayMs: 1500 });
    const rec = recorder(h);
    h.scenarios.start('outbound-pull-preview');
    h.scenarios.step(); // call
    expect(h.workspace.find('2')!.state).to.equal('DIALING');
    h.clock.advance(1499);
    expect(h.workspace.find('2')!.state).to.equal('DIALING');
    h.clock.advance(1);
    expect(h.workspace.find('2')!.state).to.equal('TALKING');
    expect(h.scenarios.status()!.next!.name).to.equal('hangUp');
    expect(rec.rows().map((r) => r.eventType)).to.deep.equal([
      'ADDED',
      'PREVIEWING',
      'ADDED',
      'DIALING',
      'REMOVED',
      'ESTABLISHED',
    ]);
  });

  it('pull preview: RECORDS_RETRIEVED reproduces the seed sample', () => {
    const rec = recorder(host);
    host.scenarios.start('outbound-pull-preview');
    const rr = rec.events.find((e) => e.data.eventType === 'RECORDS_RETRIEVED')!.data;
    const i = rr.interaction;
    expect(i).to.deep.include({
      interactionId: '1',
      caseId: 'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
      parentInteractionId: null,
      state: 'PREVIEWING',
      previousState: 'UNKNOWN',
      startDate: null,
      endDate: null,
      callType: 'OUTBOUND_PREVIEW',
      isMainCaseInteraction: true,
      isCaseSelected: true,
      isCaseExpanded: false,
    });
    expect(i!.parties).to.deep.equal([{ name: '+33647005' }]);
    expect(i!.chainedRecords!.map((r) => r.GSW_RECORD_HANDLE)).to.deep.equal([283, 284]);
    expect(i!.chainedRecords![0]).to.deep.include({
      GSW_TZ_NAME: 'ACT',
      GSW_TZ_OFFSET: 34200,
      GSW_FROM: 0,
      GSW_UNTIL: 86399,
      GSW_PHONE: '+33647005',
      GSW_USER_EVENT: 'PreviewRecord',
      Custom_Float: '16.64',
    });
    expect(i!.chainedRecords![1]).to.deep.include({
      GSW_PHONE: '+33647004',
      GSW_REFERENCE_ID: 4,
      GSW_USER_EVENT: 'ChainedRecord',
      Custom_String_with_default: 'Hello General Kenobi',
    });
    expect(i!.userData).to.deep.include({
      GSW_PHONE: '+33647005',
      GSW_PHONE_TYPE: '1',
      GSW_RECORD_HANDLE: '283',
      GSW_TZ_OFFSET: '34200',
      GSW_TZ_NAME: 'ACT',
      GSW_CALL_RESULT: '28',
      WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord',
      IW_CaseUid: 'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
    });
    expect(Object.keys(i!.userData)).to.have.length(34); // every key of the seed sample;
  });
});

describe('scenarios over the wire', () => {
  it('outbound-pull-preview: the page sees exactly the seed table rows', async () => {
    const sim = await openSimFrame({ connectDelay: 'none' });
    const client = new RawClient(sim.window, sim.origin);
    try {
      await client.subscribe(['interaction']);
      await sim.control('runScenario', 'outbound-pull-preview');
      const expected = SCENARIOS.find((s) => s.name === 'outbound-pull-preview')!.expected;
      await client.until(
        () =>
          client.events.filter((e) => !NOT_IN_TABLE.has(e.data.eventType)).length >=
          expected.length,
      );
      expect(
        client.events.filter((e) => !NOT_IN_TABLE.has(e.data.eventType)).map(rowOf),
      ).to.deep.equal(expected);
    } finally {
      client.close();
      sim.close();
    }
  });

  it('push preview driven by the page: accept, callPreviewRecord, hangUp, markdone', async () => {
    const sim = await openSimFrame({ connectDelay: 'none' });
    const client = new RawClient(sim.window, sim.origin);
    try {
      await client.subscribe(['interaction']);
      await sim.control('startScenario', 'outbound-push-preview');
      await client.call('interaction.accept', '1');
      await client.call('outbound.callPreviewRecord', '1', 283);
      expect((await sim.control('scenarioStatus'))?.next?.name).to.equal('connect');
      await sim.control('stepScenario');
      await client.call('voice.hangUp', '2');
      await client.call('interaction.markdone', '2');
      const expected = SCENARIOS.find((s) => s.name === 'outbound-push-preview')!.expected;
      await client.until(
        () =>
          client.events.filter((e) => !NOT_IN_TABLE.has(e.data.eventType)).length >=
          expected.length,
      );
      expect(
        client.events.filter((e) => !NOT_IN_TABLE.has(e.data.eventType)).map(rowOf),
      ).to.deep.equal(expected);
      expect((await sim.control('scenarioStatus'))?.next).to.equal(null);
    } finally {
      client.close();
      sim.close();
    }
  });
});
