// The requests <callback-preview> sends, planned without a DOM: which bridge call each action
// makes, and how a callback is scheduled in each state (seed 003: no callback reschedule;
// setUserData refused once a voice call is IDLE; rescheduleRecord for an outbound record).
import { expect } from '@open-wc/testing';
import type { Interaction } from '../../../src/bridge/api.js';
import type { AgentBridge } from '../../../src/bridge/store.js';
import {
  planCallbackAction,
  planScheduleRequest,
  scheduleRoute,
} from '../../../src/components/callback-preview/callback-requests.js';
import type { ScheduleRequestDetail } from '../../../src/components/callback-preview/callback-preview.events.js';
import { loadZones, type Zones } from '../../../src/internal/time/time-controller.js';
import { voiceInteraction } from '../../support/interactions.js';

const ix = (p: Partial<Interaction>): Interaction =>
  voiceInteraction({ interactionId: '7', state: 'TALKING', ...p });

/** A bridge that records the calls made on it, as `method(args)`. */
function recorder(): { bridge: AgentBridge; calls: string[] } {
  const calls: string[] = [];
  const bridge = new Proxy({} as AgentBridge, {
    get:
      (_t, name) =>
      async (...args: unknown[]) => {
        calls.push(`${String(name)}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      },
  });
  return { bridge, calls };
}

describe('callback-preview/callback-requests', () => {
  let z: Zones;
  before(async () => {
    z = await loadZones();
  });

  it('plans Accept, Reject (reason written first), Call (linked to the web callback) and Done', async () => {
    const main = ix({ userData: { customer_number: '+14155550123' } });
    const { bridge, calls } = recorder();
    for (const action of ['accept', 'done'] as const)
      await planCallbackAction(action, { main })!.send(bridge);
    await planCallbackAction('reject', { main, reason: 'busy', reasonKey: 'RejectReason' })!.send(
      bridge,
    );
    await planCallbackAction('reject', { main })!.send(bridge);
    expect(calls).to.deep.equal([
      'accept("7")',
      'markDone("7")',
      'setUserData("7", {"RejectReason":"busy"})',
      'reject("7")',
      'reject("7")',
    ]);
  });

  it('Call dials customer_number with IW_WebcallbackInteractionId, and is not planned without a number', async () => {
    const web = ix({
      media: 'webcallback',
      state: 'ACCEPTED',
      userData: { customer_number: '+33123456789' },
    });
    const { bridge, calls } = recorder();
    const plan = planCallbackAction('call', { main: web });
    expect(plan?.interactionId).to.equal('7');
    await plan!.send(bridge);
    expect(calls).to.deep.equal(['dial("+33123456789", {"IW_WebcallbackInteractionId":"7"})']);
    expect(planCallbackAction('call', { main: ix({}) })).to.equal(null);
  });

  it('routes a schedule: page scheduler always; outbound record; user data only while the voice call is live', () => {
    const record = { GSW_RECORD_HANDLE: '12', GSW_TZ_NAME: 'ACT', GSW_TZ_OFFSET: '34200' };
    expect(scheduleRoute(ix({ state: 'TALKING' }), false)).to.equal('userData');
    expect(scheduleRoute(ix({ state: 'IDLE' }), false)).to.equal(null);
    expect(scheduleRoute(ix({ state: 'IDLE' }), true)).to.equal('scheduler');
    expect(scheduleRoute(ix({ state: 'IDLE', userData: record }), false)).to.equal('record');
    // A record without a zone can't be rescheduled in its zone: user data, so not after release.
    expect(
      scheduleRoute(ix({ state: 'IDLE', userData: { GSW_RECORD_HANDLE: '12' } }), false),
    ).to.equal(null);
    // A web callback is not a voice call: its user data can still be written.
    expect(scheduleRoute(ix({ media: 'webcallback', state: 'ACCEPTED' }), false)).to.equal(
      'userData',
    );
  });

  it("plans the schedule form's request in the contact's zone, sent the way its route says", async () => {
    const entry = z.parseLocalDateTime('2021-05-28', '10:30', z.regionZone('Europe/London')!);
    if (!entry.ok) throw new Error('a valid entry');
    const at = entry.value;
    const base = {
      contactTimeZone: 'Europe/London',
      agentTimeZone: 'America/New_York',
      scheduleKey: 'When',
    };
    const now = Date.parse('2021-05-27T00:00:00Z');
    const live = planScheduleRequest({ zones: z, main: ix({}), at, options: base, now });
    const detail: ScheduleRequestDetail = {
      interactionId: '7',
      at: '2021-05-28T09:30:00.000Z',
      date: '05/28/2021 10:30',
      zone: 'Europe/London',
      contactZone: true,
    };
    expect(live.detail).to.deep.equal(detail);
    const { bridge, calls } = recorder();
    if (!live.ok) throw new Error('planned');
    expect(live.route).to.equal('userData');
    await live.send(bridge);
    expect(calls).to.deep.equal(['setUserData("7", {"When":"2021-05-28T09:30:00.000Z"})']);

    const released = planScheduleRequest({
      zones: z,
      main: ix({ state: 'IDLE' }),
      at,
      options: base,
      now,
    });
    expect(released).to.include({ ok: false, reason: 'afterRelease' });

    const asked: ScheduleRequestDetail[] = [];
    const scheduler = (r: ScheduleRequestDetail) => void asked.push(r);
    const paged = planScheduleRequest({
      zones: z,
      main: ix({ state: 'IDLE' }),
      at,
      options: { ...base, scheduler },
      now,
    });
    if (!paged.ok) throw new Error('planned');
    await paged.send(bridge);
    expect(asked).to.deep.equal([detail]);
    expect(calls).to.have.length(1); // the workspace was not asked

    const record = { GSW_RECORD_HANDLE: '12', GSW_TZ_NAME: 'ACT', GSW_TZ_OFFSET: '34200' };
    const rec = planScheduleRequest({
      zones: z,
      main: ix({ state: 'IDLE', userData: record }),
      at,
      options: base,
      now,
    });
    if (!rec.ok) throw new Error('planned');
    await rec.send(bridge);
    expect(calls[1]).to.equal('reschedule("7", 12, "05/28/2021 19:00", "PERSONAL")'); // 09:30Z in +09:30
  });
});
