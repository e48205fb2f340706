import { expect } from '@open-wc/testing';
import type { Interaction } from '../../../src/bridge/api.js';
import {
  CALL_ACTIONS,
  allowedActions,
  markDoneTarget,
  type ActionInput,
  type CallAction,
} from '../../../src/components/call-actions/allowed-actions.js';
import type { CallContext } from '../../../src/internal/call-status.js';
import { voiceInteraction } from '../../support/interactions.js';

const ix = (id: string, over: Partial<Interaction> = {}): Interaction =>
  voiceInteraction({ interactionId: id, state: 'TALKING', ...over });

const input = (context: CallContext, over: Partial<ActionInput> = {}): ActionInput => ({
  bridge: true,
  connection: 'up',
  context,
  markdoneBlocks: {},
  mute: { microphone: false, speaker: false },
  record: null,
  pending: new Set(),
  ...over,
});
const allowed = (i: ActionInput) => CALL_ACTIONS.filter((a) => allowedActions(i)[a].allowed);
const why = (i: ActionInput, a: CallAction) => {
  const x = allowedActions(i)[a];
  return x.allowed ? 'allowed' : `${x.reason}${x.detail !== undefined ? `:${x.detail}` : ''}`;
};

describe('allowedActions', () => {
  it('nothing without a bridge, nothing while the connection is down', () => {
    const call = ix('1');
    expect(allowed(input({ call }, { bridge: false }))).to.deep.equal([]);
    expect(why(input({ call }, { bridge: false }), 'hold')).to.equal('notConnected');
    expect(allowed(input({ call }, { connection: 'DISCONNECTED' }))).to.deep.equal([]);
    expect(why(input({ call }, { connection: 'DOWN' }), 'hangUp')).to.equal('disconnected:DOWN');
  });

  it('a connected call (seed TALKING: HANGUP, HOLD)', () => {
    const call = ix('1', { capabilities: ['HANGUP', 'HOLD'], recordingState: 'STOPPED' });
    expect(allowed(input({ call }))).to.deep.equal([
      'hangUp',
      'hold',
      'transfer',
      'conference',
      'consult',
      'dtmf',
      'recordStart',
      'microphone',
      'speaker',
    ]);
    expect(why(input({ call }), 'resume')).to.equal('notHeld:TALKING');
    expect(why(input({ call }), 'markDone')).to.equal('callActive');
    expect(why(input({ call }), 'recordStop')).to.equal('recording:STOPPED');
    expect(why(input({ call }), 'completeTransfer')).to.equal('noConsult');
    expect(why(input({ call }), 'reschedule')).to.equal('noRecord');
  });

  it('honours the capabilities the workspace lists (direct push ESTABLISHED: HANGUP only)', () => {
    const call = ix('1', { capabilities: ['HANGUP'] });
    expect(why(input({ call }), 'hold')).to.equal('capability:HOLD');
    // without a list, the state decides
    expect(why(input({ call: ix('1') }), 'hold')).to.equal('allowed');
  });

  it("a list takes away only what the seed lists for the state: resume and a held call's hang up are the state's", () => {
    // The seed names no RESUME capability and lists no HELD row: an empty list refuses nothing.
    const held = ix('1', { state: 'HELD', capabilities: [] });
    expect(why(input({ call: held }), 'resume')).to.equal('allowed');
    expect(why(input({ call: held }), 'hangUp')).to.equal('allowed');
    // TALKING rows list HANGUP, HOLD: a list without HOLD refuses Hold, one with it allows.
    expect(why(input({ call: ix('1', { capabilities: [] }) }), 'hold')).to.equal('capability:HOLD');
    expect(why(input({ call: ix('1', { capabilities: ['HANGUP', 'HOLD'] }) }), 'hold')).to.equal(
      'allowed',
    );
    // IDLE rows list MARK_DONE: a released call whose list lacks it cannot be marked done.
    const idle = ix('1', { state: 'IDLE', capabilities: [] });
    expect(why(input({ call: idle }), 'markDone')).to.equal('capability:MARK_DONE');
  });

  it('a held call, and recording states', () => {
    const call = ix('1', {
      state: 'HELD',
      capabilities: ['HANGUP'],
      recordingState: 'RECORDING',
    });
    const a = allowedActions(input({ call }));
    expect(
      a.resume.allowed && a.hangUp.allowed && a.recordStop.allowed && a.recordPause.allowed,
    ).to.equal(true);
    expect(why(input({ call }), 'hold')).to.equal('notTalking:HELD');
    expect(why(input({ call }), 'dtmf')).to.equal('notTalking:HELD');
    expect(why(input({ call }), 'recordStart')).to.equal('recording:RECORDING');
    const paused = ix('1', { recordingState: 'PAUSED' });
    expect(allowed(input({ call: paused })).filter((x) => x.startsWith('record'))).to.deep.equal([
      'recordStop',
      'recordResume',
    ]);
  });

  it('ringing and dialing', () => {
    const ringing = ix('1', { state: 'RINGING', capabilities: ['ACCEPT', 'REJECT'] });
    expect(allowed(input({ call: ringing }))).to.deep.equal([]);
    expect(why(input({ call: ringing }), 'hangUp')).to.equal('ringing');
    expect(why(input({ call: ringing }), 'microphone')).to.equal('muteNeedsCall');
    const dialing = ix('1', { state: 'DIALING', capabilities: ['HANGUP'] });
    expect(allowed(input({ call: dialing }))).to.deep.equal(['hangUp', 'microphone', 'speaker']);
    expect(why(input({ call: dialing }), 'transfer')).to.equal('notLive:DIALING');
  });

  it('a consultation: complete transfer or conference, or end it; no second one', () => {
    const call = ix('1', { state: 'HELD', capabilities: ['HANGUP'] });
    const consult = ix('2', {
      state: 'DIALING',
      isConsultation: true,
      parentInteraction: '1',
      capabilities: ['HANGUP'],
    });
    const i = input({ call, consult });
    expect(allowed(i)).to.include.members([
      'completeTransfer',
      'completeConference',
      'endConsult',
      'resume',
      'hangUp',
    ]);
    expect(why(i, 'consult')).to.equal('consultActive');
    expect(why(i, 'transfer')).to.equal('consultActive');
    const held = { ...consult, state: 'HELD' as const };
    expect(why(input({ call, consult: held }), 'completeTransfer')).to.equal(
      'consultNotReady:HELD',
    );
    const gone = { ...consult, state: 'IDLE' as const, capabilities: [] };
    expect(why(input({ call, consult: gone }), 'endConsult')).to.equal('noConsult');
    expect(why(input({ call: consult }), 'transfer')).to.equal('isConsultation');
  });

  it('mark done: after the call, unless blocked; the owner of a child call', () => {
    const ended = ix('1', { state: 'IDLE', capabilities: ['MARK_DONE'] });
    expect(allowed(input({ call: ended }))).to.deep.equal(['markDone']);
    expect(
      why(
        input({ call: ended }, { markdoneBlocks: { 1: 'Choose a disposition first.' } }),
        'markDone',
      ),
    ).to.equal('markdoneBlocked:Choose a disposition first.');
    expect(why(input({ call: ix('1', { state: 'IDLE', capabilities: [] }) }), 'markDone')).to.equal(
      'capability:MARK_DONE',
    );
    expect(why(input({ call: ix('1', { state: 'IDLE' }) }), 'markDone')).to.equal('allowed');
    const wcb = ix('1', {
      media: 'webcallback',
      state: 'ACCEPTED',
      capabilities: ['CALL', 'MARK_DONE'],
    });
    const child = ix('2', { parentInteraction: '1', state: 'TALKING' });
    expect(markDoneTarget({ call: child, owner: wcb })).to.equal(wcb);
    expect(why(input({ call: child, owner: wcb }), 'markDone')).to.equal('callActive');
    expect(why(input({ call: { ...child, state: 'IDLE' }, owner: wcb }), 'markDone')).to.equal(
      'allowed',
    );
    expect(why(input({ owner: wcb }), 'markDone')).to.equal('allowed');
    // a pull preview offers no MARK_DONE (seed table: CALL, PREVIEW_RECORD, CANCEL_RECORD)
    const preview = ix('1', {
      media: 'outboundpreview',
      state: 'PREVIEWING',
      capabilities: ['CALL', 'PREVIEW_RECORD', 'CANCEL_RECORD'],
    });
    expect(why(input({ owner: preview }), 'markDone')).to.equal('capability:MARK_DONE');
    expect(why(input({}), 'markDone')).to.equal('noCall');
  });

  it('mute: what the workspace reported; unmuting is always possible', () => {
    const ended = ix('1', { state: 'IDLE' });
    expect(why(input({ call: ended }), 'microphone')).to.equal('muteNeedsCall');
    expect(
      why(input({ call: ended }, { mute: { microphone: true, speaker: null } }), 'microphone'),
    ).to.equal('allowed');
    expect(
      why(input({ call: ix('1') }, { mute: { microphone: null, speaker: null } }), 'speaker'),
    ).to.equal('allowed');
  });

  it('reschedule needs a record with a time zone; cancel needs a reschedule', () => {
    const preview = ix('1', { media: 'outboundpreview', state: 'PREVIEWING' });
    expect(
      why(
        input({ owner: preview }, { record: { timeZone: true, rescheduled: false } }),
        'reschedule',
      ),
    ).to.equal('allowed');
    expect(
      why(
        input({ owner: preview }, { record: { timeZone: true, rescheduled: false } }),
        'cancelReschedule',
      ),
    ).to.equal('notRescheduled');
    expect(
      why(
        input({ owner: preview }, { record: { timeZone: false, rescheduled: true } }),
        'reschedule',
      ),
    ).to.equal('noTimeZone');
    expect(
      why(
        input({ owner: preview }, { record: { timeZone: false, rescheduled: true } }),
        'cancelReschedule',
      ),
    ).to.equal('allowed');
    expect(why(input({}), 'reschedule')).to.equal('noCall');
  });

  it('an action waiting for its answer is not offered again', () => {
    const call = ix('1');
    expect(why(input({ call }, { pending: new Set<CallAction>(['hold']) }), 'hold')).to.equal(
      'pending',
    );
    expect(why(input({ call }, { pending: new Set<CallAction>(['hold']) }), 'hangUp')).to.equal(
      'allowed',
    );
  });
});
