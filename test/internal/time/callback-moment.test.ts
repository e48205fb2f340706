// Times that tell the truth (issue 12), on the simulated workspace's clock, across the spring DST
// change in New York (2026-03-08, 02:00 EST → 03:00 EDT, at 07:00Z).
import { expect } from '@open-wc/testing';
import { callbackTimes } from '../../../src/components/callback-preview/callback-details.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import { callbackMoment } from '../../../src/internal/time/callback-moment.js';
import * as zones from '../../../src/internal/time/zones.js';
import { ManualClock } from '../../../src/sim/clock.js';

const BEFORE_DST = Date.UTC(2026, 2, 8, 6, 30); // 01:30 EST
const DESIRED = '2026-03-08T07:30:00.000Z'; // 03:30 EDT: one real hour later, two on the wall
const WINDOW_END = '2026-03-08T08:30:00.000Z'; // 04:30 EDT
const ny = zones.agentZone('America/New_York');
const MIN = 60_000;

describe('time/callback-moment', () => {
  it('counts to the desired time in real time across DST, then overdue while the contact waits', () => {
    const clock = new ManualClock(BEFORE_DST);
    const at = Date.parse(DESIRED);
    const waiting = () =>
      callbackMoment({
        stage: 'waiting',
        desired: at,
        windowEnd: Date.parse(WINDOW_END),
        now: clock.now(),
      });
    expect(waiting()).to.deep.equal({ say: 'due', at, now: false });
    const times = () =>
      callbackTimes(
        zones,
        { startTime: DESIRED, endTime: WINDOW_END },
        ny,
        null,
        'en-US',
        clock.now(),
        en.callbackPreview,
      );
    expect(times().relative).to.equal('in 60 min.'); // not 120: the wall clock jumps an hour
    expect(times().desiredAgent).to.match(/3:30\sAM EDT/);
    clock.advance(60 * MIN);
    expect(waiting()).to.deep.equal({ say: 'due', at, now: true });
    expect(times().relative).to.equal('now');
    clock.advance(5 * MIN);
    expect(waiting()).to.deep.equal({ say: 'overdue', at, windowClosed: false });
    expect(times().relative).to.equal('5 min overdue');
    expect(times().overdue).to.equal(true);
    clock.advance(60 * MIN);
    expect(waiting()).to.deep.equal({ say: 'overdue', at, windowClosed: true });
  });

  it('never overdue once the call is placed; connected or done, says when the call happened', () => {
    const clock = new ManualClock(BEFORE_DST);
    clock.advance(65 * MIN); // 5 min past the desired time
    const base = { desired: Date.parse(DESIRED), windowEnd: null, now: clock.now() };
    expect(callbackMoment({ ...base, stage: 'calling' })).to.deep.equal({ say: 'calling' });
    const connectedAt = clock.now();
    clock.advance(20 * MIN);
    const later = { ...base, now: clock.now(), connectedAt };
    for (const stage of ['connected', 'ended'] as const) {
      expect(callbackMoment({ ...later, stage })).to.deep.equal({ say: 'called', at: connectedAt });
      const times = callbackTimes(
        zones,
        { startTime: DESIRED, endTime: null },
        ny,
        null,
        'en-US',
        clock.now(),
        en.callbackPreview,
        { stage, connectedAt },
      );
      expect(times.overdue, stage).to.equal(false);
      expect(times.relative, stage).to.match(/^called Mar 8, 2026, 3:35\sAM EDT$/);
    }
    // Ended without ever connecting: nothing to say about its time.
    expect(callbackMoment({ ...base, stage: 'ended' })).to.deep.equal({ say: 'none' });
    const fr1 = callbackTimes(
      zones,
      { startTime: DESIRED, endTime: null },
      ny,
      null,
      'fr',
      clock.now(),
      fr.callbackPreview,
      { stage: 'connected', connectedAt },
    );
    expect(fr1.relative).to.match(/^appelé le 08\/03\/2026 03:35 UTC−4|^appelé le 8 mars 2026/);
  });

  it('a callback booked again shows its new time, not "overdue" against the old one', () => {
    const clock = new ManualClock(BEFORE_DST);
    clock.advance(61 * MIN); // 1 min past the desired time
    const booked = '2026-03-09T14:00:00.000Z'; // tomorrow 10:00 EDT
    expect(
      callbackMoment({
        stage: 'waiting',
        desired: Date.parse(DESIRED),
        windowEnd: Date.parse(WINDOW_END),
        booked: Date.parse(booked),
        now: clock.now(),
      }),
    ).to.deep.equal({ say: 'due', at: Date.parse(booked), now: false });
    const times = callbackTimes(
      zones,
      { startTime: DESIRED, endTime: WINDOW_END },
      ny,
      null,
      'en-US',
      clock.now(),
      en.callbackPreview,
      { stage: 'waiting', booked },
    );
    expect(times.desiredAgent).to.match(/Mar 9, 2026, 10:00\sAM EDT/);
    expect(times.relative).to.match(/^in \d+ hr/);
    expect(times.overdue).to.equal(false);
    expect(times.windowAgent).to.match(/^from Mar 9, 2026, 10:00\sAM/);
  });
});
