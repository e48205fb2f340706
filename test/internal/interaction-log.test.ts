// The call log builder (src/internal/interaction-log.ts): the timeline from the states the
// workspace reports, and the record field by field.
import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/bridge/api.js';
import { buildInteractionLog, observeTimeline } from '../../src/internal/interaction-log.js';

const T0 = Date.UTC(2021, 4, 27, 9, 0, 0);
const s = (n: number) => T0 + n * 1000;
const call = (patch: Partial<Interaction>): Interaction => ({
  interactionId: '7',
  caseId: 'case-7',
  state: 'RINGING',
  direction: 'IN',
  media: 'voice',
  ani: '+14155550123',
  userData: { callback_type: 1, customer_number: '+14155550123' },
  ...patch,
});

function timeline(steps: Array<[number, Partial<Interaction>]>) {
  let t;
  for (const [at, patch] of steps) t = observeTimeline(t, call(patch), s(at));
  return t!;
}

describe('interaction log builder', () => {
  it('an inbound callback: talk less hold, hold, after-call work, disposition and note', () => {
    const t = timeline([
      [0, { state: 'RINGING', startDate: new Date(s(-5)).toISOString() }],
      [10, { state: 'TALKING' }],
      [40, { state: 'HELD' }],
      [70, { state: 'TALKING' }],
      [100, { state: 'IDLE', recordingState: 'STOPPED' }],
      [
        130,
        {
          state: 'IDLE',
          capabilities: ['MARK_DONE'],
          userData: {
            callback_type: 1,
            customer_number: '+14155550123',
            DispositionCode: 'Sales/Order',
            DispositionNote: 'Wants a quote',
            CallbackScheduledTime: '2021-05-28T10:30:00Z',
          },
          recordingState: 'STOPPED',
        },
      ],
    ]);
    expect(buildInteractionLog(t, s(150))).to.deep.equal({
      interactionId: '7',
      caseId: 'case-7',
      kind: 'callback',
      media: 'voice',
      direction: 'IN',
      party: { name: null, number: '+14155550123' },
      start: '2021-05-27T08:59:55.000Z',
      answer: '2021-05-27T09:00:10.000Z',
      end: '2021-05-27T09:01:40.000Z',
      done: '2021-05-27T09:02:30.000Z',
      durations: { talk: 60, hold: 30, afterCallWork: 50 },
      disposition: { code: 'Sales/Order', note: 'Wants a quote' },
      callResult: null,
      record: null,
      callback: { scheduledFor: '2021-05-28T10:30:00.000Z', type: null },
      recording: 'STOPPED',
    });
  });

  it('a web callback: its call is logged as the web callback, with its contact and case', () => {
    const web: Interaction = {
      interactionId: '1',
      caseId: 'case-1',
      state: 'ACCEPTED',
      media: 'webcallback',
      contact: { displayName: 'Alan Turing' },
      userData: { customer_number: '+442071838750', AccountNumber: 'ACC-200917' },
    };
    let t = observeTimeline(
      undefined,
      { interactionId: '2', state: 'DIALING', direction: 'OUT', media: 'voice', userData: {} },
      s(0),
    );
    t = observeTimeline(
      t,
      { ...t.last, state: 'TALKING', parties: [{ name: '+442071838750' }] },
      s(5),
    );
    t = observeTimeline(t, { ...t.last, state: 'IDLE', capabilities: ['MARK_DONE'] }, s(65));
    const log = buildInteractionLog(t, s(65), undefined, web);
    expect([log.kind, log.caseId, log.party, log.durations, log.start]).to.deep.equal([
      'web-callback',
      'case-1',
      { name: 'Alan Turing', number: '+442071838750' },
      { talk: 60, hold: 0, afterCallWork: 0 },
      '2021-05-27T09:00:00.000Z',
    ]);
  });

  it('an outbound record: record handle, campaign, call result, the reschedule; never answered: no talk', () => {
    const userData = {
      GSW_RECORD_HANDLE: '283',
      GSW_CAMPAIGN_NAME: 'Outbound Campaign Custom',
      GSW_CALL_RESULT: '7',
      GSW_DATE_TIME: '05/28/2021 10:30',
      GSW_CALLBACK_TYPE: 'PERSONAL',
    };
    const out = { direction: 'OUT' as const, ani: undefined, dnis: '+33647005', userData };
    const t = timeline([
      [0, { ...out, state: 'DIALING' }],
      [20, { ...out, state: 'IDLE', capabilities: ['MARK_DONE'] }],
    ]);
    const log = buildInteractionLog(t, s(30));
    expect([
      log.kind,
      log.party,
      log.answer,
      log.end,
      log.durations,
      log.record,
      log.callback,
      log.callResult,
    ]).to.deep.equal([
      'outbound-record',
      { name: null, number: '+33647005' },
      null,
      null,
      { talk: 0, hold: 0, afterCallWork: 0 },
      { handle: 283, campaign: 'Outbound Campaign Custom' },
      { scheduledFor: '05/28/2021 10:30', type: 'PERSONAL' },
      'NO_ANSWER',
    ]);
  });
});
