// Two tabs of the same CRM page inside the simulated workspace (seed 003, "Supporting multiple
// browser tabs"): two client frames (test/fixtures/tab-client.html), each with its own bridge
// and a <disposition-picker required>. The workspace elects one LEADING; the kit's automatic
// action (blocking mark done while the required disposition is missing) happens once, from the
// leading tab, and moves with the leadership when the leader's tab closes.
import { expect } from '@open-wc/testing';
import { openSimFrame, type SimFrame } from '../support/sim-frame.js';
import { otherOrigin } from '../support/origins.js';
import { until } from '../support/until.js';

interface Report {
  tabClient: string;
  ready?: boolean;
  frameId?: number;
  frameState?: string | null;
  event?: string;
  detail?: { interactionId: string; kind: string };
}

describe('several tabs of one CRM page', () => {
  let sim: SimFrame;
  const reports: Report[] = [];
  const onReport = (e: MessageEvent) => {
    if (e.origin === location.origin && typeof e.data?.tabClient === 'string') reports.push(e.data);
  };
  const frameOf = (tab: string) => reports.find((r) => r.tabClient === tab && r.frameId)?.frameId;
  const lastState = (tab: string) =>
    reports.filter((r) => r.tabClient === tab && 'frameState' in r).at(-1)?.frameState;
  const pops = () =>
    reports
      .filter((r) => r.event === 'adk-screen-pop')
      .map((r) => [r.tabClient, r.detail!.interactionId, r.detail!.kind]);
  const blocks = async () =>
    (await sim.control('listRequests')).filter((r) => r.request === 'interaction.blockMarkdone');

  before(async () => {
    window.addEventListener('message', onReport);
    const tab = (name: string) =>
      `${location.origin}/test/fixtures/tab-client.html?${new URLSearchParams({
        name,
        host: otherOrigin(),
        report: location.origin,
        forward: 'adk-screen-pop',
        popKeys: 'AccountNumber',
      })}`;
    sim = await openSimFrame({ clientFrames: [tab('A'), tab('B')], connectDelay: 'none' });
    await until(() => reports.filter((r) => r.ready).length === 2, 'both tabs ready', 8000);
  });
  after(() => {
    window.removeEventListener('message', onReport);
    sim.close();
  });

  it('the workspace has one leading tab and one following tab, and answers each for itself', async () => {
    const frames = await sim.control('listFrames');
    expect(frames.map((f) => f.frameState).sort()).to.deep.equal(['FOLLOWING', 'LEADING']);
    const leader = frames.find((f) => f.frameState === 'LEADING')!.frameId;
    const leadTab = frameOf('A') === leader ? 'A' : 'B';
    const followTab = leadTab === 'A' ? 'B' : 'A';
    expect(lastState(leadTab)).to.equal('LEADING');
    expect(lastState(followTab)).to.equal('FOLLOWING');
  });

  it('blocks mark done once, from the leading tab; after the leader closes, the other tab leads and blocks', async () => {
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(async () => (await blocks()).length > 0, 'a mark-done block');
    await new Promise((r) => setTimeout(r, 300)); // the follower had every chance to block too
    const frames = await sim.control('listFrames');
    const leader = frames.find((f) => f.frameState === 'LEADING')!.frameId;
    expect((await blocks()).map((b) => b.frameId)).to.deep.equal([leader]);
    const leadTab = frameOf('A') === leader ? 'A' : 'B';
    expect(pops()).to.deep.equal([[leadTab, '1', 'callback']]); // the screen pop too: once, there
    await sim.control('stopScenario');

    // The agent closes the leading tab: the other one negotiates, then leads.
    const follower = frames.find((f) => f.frameState === 'FOLLOWING')!.frameId;
    const followTab = frameOf('A') === follower ? 'A' : 'B';
    await sim.control('closeFrame', leader);
    await until(() => lastState(followTab) === 'NEGOTIATING', 'the election to start');
    await sim.control('advanceClock', 500);
    await until(() => lastState(followTab) === 'LEADING', 'the other tab to lead');
    expect(await sim.control('listFrames')).to.deep.equal([
      { frameId: follower, frameState: 'LEADING', lastActive: true },
    ]);

    // The workspace still holds the first block (its `markdone` event reached both tabs): the new
    // leader does not write it again. A second call: the new leader blocks it, the only one to.
    await new Promise((r) => setTimeout(r, 300));
    expect((await blocks()).map((b) => b.frameId)).to.deep.equal([leader]);
    await sim.control('startScenario', 'inbound-callback-asap');
    await until(async () => (await blocks()).length > 1, 'the new leader to block');
    await new Promise((r) => setTimeout(r, 300));
    expect((await blocks()).map((b) => b.frameId)).to.deep.equal([leader, follower]);
    expect(pops()).to.deep.equal([
      [leadTab, '1', 'callback'],
      [followTab, '2', 'callback'],
    ]);
    await sim.control('stopScenario');
  });
});
