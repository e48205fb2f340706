import { expect } from '@open-wc/testing';
import {
  inferMedia,
  normalizeInteraction,
} from '../../../src/bridge/models/normalize-interaction.js';
import { normalizeAnswer, normalizeEvent } from '../../../src/bridge/models/normalize-events.js';
import { isWellFormed, toWellFormed } from '../../../src/bridge/models/normalize-values.js';
import { capabilityAllows } from '../../../src/bridge/models/capabilities.js';
import { parseHostMessage } from '../../../src/bridge/wire.js';
import {
  ATTACHED_DATA_CHANGED_EVENT,
  CASE_ID_CHANGED_EVENT,
  RECORDS_RETRIEVED_EVENT,
} from './seed-samples.js';

const LONE = 'a\uD800b';

describe('models/normalize (the border)', () => {
  it("keeps the seed's own samples as they are", () => {
    for (const sample of [ATTACHED_DATA_CHANGED_EVENT, RECORDS_RETRIEVED_EVENT]) {
      const out = normalizeEvent('interaction', sample.data);
      expect(out?.data).to.deep.equal(sample.data);
    }
    expect(normalizeEvent('interaction', CASE_ID_CHANGED_EVENT.data)?.data).to.deep.equal({
      eventType: 'CASE_ID_CHANGED',
      caseId: 'e6470563-af78-4942-657d-976a25dd9de3',
      previousCaseId: '5f7e5f3a-fb6e-43f3-c404-eaee21d64ef1',
    });
  });

  it('turns each badly typed field into absent or its documented default', () => {
    const ix = normalizeInteraction({
      interactionId: '7',
      parties: 'nobody',
      capabilities: ['CALL', 3],
      media: 42,
      userData: 'text',
      state: 'DANCING',
      previousState: 9,
      isConsultation: 'yes',
      startDate: {},
      ani: Number.NaN,
      dnis: 5001,
      direction: 'SIDEWAYS',
      contact: { displayName: 5, firstname: 'Ada' },
      chainedRecords: [{ a: 1, b: Infinity, c: {}, d: null }, 'junk'],
    });
    expect(ix).to.deep.equal({
      interactionId: '7',
      userData: {},
      state: 'UNKNOWN',
      parties: [],
      dnis: '5001',
      contact: { firstname: 'Ada' },
      chainedRecords: [{ a: 1, d: null }],
    });
  });

  it('keeps only { name } parties and only documented capability names', () => {
    const ix = normalizeInteraction({
      interactionId: '1',
      parties: [{ name: '5001' }, null, { name: {} }, 'x', { name: 5002 }],
      capabilities: ['HANGUP', 'RESUME', 'HOLD'],
    });
    expect(ix?.parties).to.deep.equal([{ name: '5001' }, { name: '5002' }]);
    expect(ix?.capabilities).to.deep.equal(['HANGUP', 'HOLD']);
  });

  it('refuses interactions without a usable id, and ids with a lone surrogate', () => {
    for (const interactionId of [undefined, 1, '', LONE, null, {}])
      expect(normalizeInteraction({ interactionId })).to.equal(null);
    expect(normalizeInteraction('1')).to.equal(null);
    expect(normalizeInteraction({ interactionId: '1', caseId: LONE })).to.not.have.property(
      'caseId',
    );
  });

  it('makes every string of user data well-formed and keeps __proto__ a plain key', () => {
    const raw = JSON.parse('{"interactionId":"1","userData":{"__proto__":{"x":1},"k":"a\\ud800"}}');
    const ix = normalizeInteraction(raw)!;
    expect(Object.getPrototypeOf(ix.userData)).to.equal(Object.prototype);
    expect(Object.keys(ix.userData)).to.deep.equal(['__proto__', 'k']);
    expect(ix.userData.k).to.equal('a\uFFFD');
    expect(isWellFormed(String(ix.userData.k))).to.equal(true);
    expect(toWellFormed('\uD83D\uDE00')).to.equal('\uD83D\uDE00');
  });

  it('drops store events that are not objects or name no documented type or state', () => {
    for (const data of [null, 1, 'x', [], true])
      for (const name of ['agent', 'interaction', 'system', 'outbound', 'markdone'])
        expect(normalizeEvent(name, data)).to.equal(null);
    expect(normalizeEvent('interaction', { eventType: 'NOT_AN_EVENT' })).to.equal(null);
    expect(normalizeEvent('agent', { eventType: 'STATE_CHANGED', mediaState: 'SLEEPY' })).to.equal(
      null,
    );
    expect(normalizeEvent('system', { frameState: 'LEADINGISH' })).to.equal(null);
    expect(normalizeEvent('system', { eventType: 'REALTIME_CONNECTION', state: 1 })).to.equal(null);
    expect(
      normalizeEvent('system', {
        eventType: 'CUSTOM_TOAST_BUTTON_CLICK',
        customToastId: 't1',
        buttonIndex: -1,
      }),
    ).to.equal(null);
    expect(
      normalizeEvent('markdone', { eventType: 'MARKDONE_BLOCKED', interactionId: '1' }),
    ).to.equal(null);
    // messenger channels carry any JSON
    expect(normalizeEvent('messenger:x', 7)).to.deep.equal({ data: 7 });
  });

  it('normalises an interaction event: media only as text, the interaction as above', () => {
    const out = normalizeEvent('interaction', {
      eventType: 'ADDED',
      media: ['voice'],
      interaction: { interactionId: '1', parties: 3 },
    });
    expect(out?.data).to.deep.equal({
      eventType: 'ADDED',
      interaction: { interactionId: '1', userData: {}, state: 'UNKNOWN', parties: [] },
    });
  });

  it('gives the answers the kit reads their result types', () => {
    expect(normalizeAnswer('interaction.getInteractions', 'x')).to.deep.equal([]);
    expect(
      normalizeAnswer('interaction.getInteractions', [
        { interactionId: '1' },
        { interactionId: 2 },
      ]),
    ).to.have.length(1);
    expect(
      normalizeAnswer('agent.getStateList', [{ type: 'READY' }, { type: 'NAP' }]),
    ).to.deep.equal([{ type: 'READY', displayName: 'READY', operationName: 'READY' }]);
    expect(normalizeAnswer('agent.getState', 5)).to.equal(null);
    expect(normalizeAnswer('system.isFrameLeading', 'yes')).to.equal(undefined);
    expect(normalizeAnswer('outbound.getListOfCallResults', { OK: 33, Bad: 'x' })).to.deep.equal({
      OK: 33,
    });
    expect(normalizeAnswer('outbound.getCallResult', 2.5)).to.equal(null);
    expect(normalizeAnswer('outbound.getRecordFields', { a: 1 })).to.deep.equal([]);
    expect(normalizeAnswer('system.getAllowedServices', ['a', 1])).to.deep.equal([]);
    expect(
      normalizeAnswer('configuration.getOption', { s: { a: 'x', b: ['y'], c: 3, d: [1] } }),
    ).to.deep.equal({ s: { a: 'x', b: ['y'] } });
    expect(normalizeAnswer('messenger.broadcastMessage', { any: 1 })).to.deep.equal({ any: 1 });
  });

  it('takes only non-negative integer frame ids', () => {
    const frame = (frameId: unknown) =>
      parseHostMessage({ frameId, userAgent: 'WWE Server', protocolVersion: 2 })?.kind ?? null;
    expect(frame(3)).to.equal('frameId');
    expect(frame(0)).to.equal('frameId');
    for (const bad of [-1, 1.5, Number.NaN, Infinity, 2 ** 60, '3'])
      expect(frame(bad)).to.equal(null);
  });

  it('infers the channel from documented fields when no event said it', () => {
    const base = { interactionId: '1', userData: {}, state: 'ACCEPTED' as const };
    expect(inferMedia({ ...base, callUuid: 'X' })).to.equal('voice');
    expect(inferMedia({ ...base, userData: { customer_number: '+44' } })).to.equal('webcallback');
    expect(inferMedia(base)).to.equal(undefined);
    // a preview record is not a call
    expect(inferMedia({ ...base, callType: 'OUTBOUND_PREVIEW', direction: 'OUT' })).to.equal(
      undefined,
    );
  });

  it('lets a capability list refuse only where the seed lists capabilities', () => {
    const ix = (state: 'TALKING' | 'HELD' | 'RINGING' | 'INVITED', capabilities?: []) => ({
      state,
      capabilities,
    });
    expect(capabilityAllows(ix('TALKING', []), 'HOLD')).to.equal(false);
    expect(capabilityAllows(ix('HELD', []), 'HANGUP')).to.equal(true);
    expect(capabilityAllows(ix('RINGING', []), 'ACCEPT')).to.equal(true);
    expect(capabilityAllows(ix('INVITED', []), 'ACCEPT')).to.equal(false);
    expect(capabilityAllows(ix('TALKING'), 'HOLD')).to.equal(true);
  });
});
