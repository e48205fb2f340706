import { expect } from '@open-wc/testing';
import { TARGET_TYPES } from '../../../src/bridge/enums.js';
import {
  TARGET_KINDS,
  buildTargetQuery,
  isPhoneNumber,
  targetDestination,
} from '../../../src/components/call-actions/transfer-target.js';

describe('transfer targets', () => {
  it('offers a plain number and every target type of the seed', () => {
    expect(TARGET_KINDS).to.deep.equal(['number', ...TARGET_TYPES]);
    expect(TARGET_TYPES).to.deep.equal([
      'AGENT',
      'AGENT_GROUP',
      'SKILL',
      'INTERACTION_QUEUE',
      'ROUTING_POINT',
      'CUSTOM_CONTACT',
    ]);
  });
  it('a plain number is sent as a string, as typed (trimmed)', () => {
    expect(buildTargetQuery('number', ' +1 (617) 555-0199 ')).to.deep.equal({
      ok: true,
      query: '+1 (617) 555-0199',
    });
    expect(targetDestination('+33647005')).to.equal('+33647005');
  });
  it('a typed target names its type as type and target', () => {
    expect(buildTargetQuery('AGENT', '5002')).to.deep.equal({
      ok: true,
      query: { type: 'AGENT', target: 'AGENT', destination: '5002' },
    });
    const q = buildTargetQuery('INTERACTION_QUEUE', 'Billing Queue');
    expect(q.ok && targetDestination(q.query)).to.equal('Billing Queue');
    expect(buildTargetQuery('CUSTOM_CONTACT', '+33647004')).to.deep.equal({
      ok: true,
      query: { type: 'CUSTOM_CONTACT', target: 'CUSTOM_CONTACT', destination: '+33647004' },
    });
  });
  it('refuses an empty destination and a number that is not one', () => {
    expect(buildTargetQuery('SKILL', '  ')).to.deep.equal({ ok: false, error: 'empty' });
    expect(buildTargetQuery('number', 'call Bob')).to.deep.equal({ ok: false, error: 'phone' });
    expect(buildTargetQuery('CUSTOM_CONTACT', '12a')).to.deep.equal({ ok: false, error: 'phone' });
    expect(isPhoneNumber('5')).to.equal(true);
    expect(isPhoneNumber('+')).to.equal(false);
    expect(isPhoneNumber('1-')).to.equal(false);
  });
});
