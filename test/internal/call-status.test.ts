import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/bridge/api.js';
import {
  callStatus,
  formatDuration,
  partyLabel,
  resolveCall,
} from '../../src/internal/call-status.js';
import { voiceInteraction } from '../support/interactions.js';

const ix = (id: string, over: Partial<Interaction> = {}): Interaction =>
  voiceInteraction({ interactionId: id, state: 'TALKING', ...over });
const stateOf = (...list: Interaction[]) => ({
  interactions: new Map(list.map((i) => [i.interactionId, i])),
});

describe('callStatus', () => {
  it("maps the interaction states onto the seed's call statuses", () => {
    const cases: Array<[Interaction['state'] | undefined, string]> = [
      ['RINGING', 'ringing'],
      ['INVITED', 'ringing'],
      ['DIALING', 'dialing'],
      ['TALKING', 'connected'],
      ['HELD', 'held'],
      ['PREVIEWING', 'ready'],
      ['PREVIEW', 'ready'],
      ['ACCEPTED', 'ready'],
      ['IDLE', 'ended'],
      ['COMPLETED', 'ended'],
      ['REJECTED', 'ended'],
      ['CANCELED', 'ended'],
      [undefined, 'none'],
    ];
    for (const [state, status] of cases)
      expect(callStatus(state ? { state } : undefined), String(state)).to.equal(status);
  });
});

describe('resolveCall', () => {
  it('a voice call with its consultation', () => {
    const main = ix('1', { state: 'HELD', isMainCaseInteraction: true });
    const consult = ix('2', { isConsultation: true, parentInteraction: '1', state: 'DIALING' });
    expect(resolveCall(stateOf(main, consult), main)).to.deep.equal({ call: main, consult });
    // following the consultation leads to its main call
    expect(resolveCall(stateOf(main, consult), consult)).to.deep.equal({ call: main, consult });
  });
  it('a web callback owns its newest voice child call', () => {
    const wcb = ix('1', { media: 'webcallback', state: 'ACCEPTED' });
    expect(resolveCall(stateOf(wcb), wcb)).to.deep.equal({ owner: wcb });
    const call = ix('2', { parentInteraction: '1', state: 'DIALING' });
    expect(resolveCall(stateOf(wcb, call), wcb)).to.deep.equal({ call, owner: wcb });
    expect(resolveCall(stateOf(wcb, call), call)).to.deep.equal({ call, owner: wcb });
  });
  it('reads parentInteractionId too, and nothing when nothing is followed', () => {
    const preview = ix('1', { media: 'outboundpreview', state: 'PREVIEWING' });
    const call = ix('2', { parentInteractionId: '1' });
    expect(resolveCall(stateOf(preview, call), preview).call).to.equal(call);
    expect(resolveCall(stateOf(), undefined)).to.deep.equal({});
  });
  it('a consultation whose main call is gone stands alone', () => {
    const c = ix('2', { isConsultation: true, parentInteraction: '9' });
    expect(resolveCall(stateOf(c), c)).to.deep.equal({ call: c });
  });
});

describe('partyLabel', () => {
  it("prefers the contact's name and lists the parties as the number", () => {
    expect(
      partyLabel(
        ix('1', { contact: { displayName: 'Alan Turing' }, parties: [{ name: '+442071838750' }] }),
      ),
    ).to.deep.equal({ name: 'Alan Turing', number: '+442071838750' });
    expect(
      partyLabel(ix('1', { contact: { firstname: 'Ada', lastName: 'Lovelace' } })).name,
    ).to.equal('Ada Lovelace');
    expect(
      partyLabel(ix('1', { parties: [{ name: '+1' }, { name: '5002' }, { name: '+1' }] })).number,
    ).to.equal('+1, 5002');
  });
  it('falls back to ani / dnis by direction, then the callback or record number', () => {
    expect(
      partyLabel(ix('1', { direction: 'IN', ani: '+16175550199', dnis: '5001' })).number,
    ).to.equal('+16175550199');
    expect(
      partyLabel(ix('1', { direction: 'OUT', ani: '5001', dnis: '+33647005' })).number,
    ).to.equal('+33647005');
    expect(partyLabel(ix('1', { userData: { customer_number: '+14155550123' } })).number).to.equal(
      '+14155550123',
    );
    expect(partyLabel(ix('1', { userData: { GSW_PHONE: '+33647005' } })).number).to.equal(
      '+33647005',
    );
    expect(partyLabel(undefined)).to.deep.equal({ name: null, number: null });
  });
});

describe('call duration', () => {
  it('formats m:ss and h:mm:ss', () => {
    expect(formatDuration(7_400)).to.equal('0:07');
    expect(formatDuration(754_000)).to.equal('12:34');
    expect(formatDuration(3_723_000)).to.equal('1:02:03');
    expect(formatDuration(-5)).to.equal('0:00');
  });
});
