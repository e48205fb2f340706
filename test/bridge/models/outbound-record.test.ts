import { expect } from '@open-wc/testing';
import {
  chainFromGetChainedRecords,
  formatTimeOfDay,
  parseTimeOfDay,
  readChainedRecords,
  readOutboundRecord,
} from '../../../src/bridge/models/outbound-record.js';
import {
  ATTACHED_DATA_CHANGED_EVENT,
  GET_CHAINED_RECORDS_ANSWER,
  RECORDS_RETRIEVED_EVENT,
} from './seed-samples.js';
import { hostileValues } from '../../support/hostile-values.js';

const interaction = RECORDS_RETRIEVED_EVENT.data.interaction;

describe('models/outbound-record', () => {
  it('reads the RECORDS_RETRIEVED userData (numbers as strings)', () => {
    expect(readOutboundRecord(interaction.userData)).to.deep.equal({
      phone: '+33647005',
      phoneType: 1,
      phoneTypeLabel: 'Home Phone',
      attempts: 0,
      callResult: 'UNKNOWN',
      callResultCode: 28,
      timeZone: { name: 'ACT', offsetSeconds: 34200 },
      from: 0,
      until: 86399,
      recordHandle: 283,
      campaignName: 'Outbound Campaign Custom',
      campaignGroupName: 'Outbound Campaign Custom@Agent Group Outbound',
      callingList: 'Calling List Custom',
      chainId: 3,
      campaignType: 'PreviewRecord',
      userEvent: 'PreviewRecord',
      problems: [],
    });
  });

  it('reads the same record from userData strings and from the chain numbers', () => {
    expect(readChainedRecords(interaction)[0]).to.deep.equal(
      readOutboundRecord(interaction.userData),
    );
  });

  it('reads the RECORDS_RETRIEVED chain in order', () => {
    const chain = readChainedRecords(interaction);
    expect(chain.map((r) => r.recordHandle)).to.deep.equal([283, 284]);
    expect(chain.map((r) => r.phone)).to.deep.equal(['+33647005', '+33647004']);
    expect(chain.map((r) => r.userEvent)).to.deep.equal(['PreviewRecord', 'ChainedRecord']);
    expect(chain.every((r) => r.chainId === 3 && r.problems.length === 0)).to.equal(true);
    // The seed's second record carries no campaign name or type: nothing is invented.
    expect([chain[1].campaignName, chain[1].campaignType]).to.deep.equal([null, null]);
    expect(chain[1].timeZone).to.deep.equal({ name: 'ACT', offsetSeconds: 34200 });
  });

  it('reads the getChainedRecords sample ([{ records }])', () => {
    const chain = chainFromGetChainedRecords(GET_CHAINED_RECORDS_ANSWER.data);
    expect(chain.map((r) => r.recordHandle)).to.deep.equal([283, 284]);
    expect(chain.map((r) => r.phone)).to.deep.equal(['+33647005', '+33647004']);
    expect(chain).to.deep.equal(readChainedRecords(interaction));
  });

  it('flattens several groups and skips what is not a record', () => {
    const [a, b] = GET_CHAINED_RECORDS_ANSWER.data[0].records;
    const chain = chainFromGetChainedRecords([
      { records: [b] },
      null,
      { records: 'x' },
      { records: [null, 4, {}, a] },
    ]);
    expect(chain.map((r) => r.recordHandle)).to.deep.equal([284, 283]);
  });

  it('gives empty chains for unusable input', () => {
    for (const v of [undefined, null, 'x', {}, [], [null], [{}], [{ records: null }]]) {
      expect(chainFromGetChainedRecords(v)).to.deep.equal([]);
    }
    for (const v of [
      undefined,
      null,
      {} as never,
      { chainedRecords: 'x' } as never,
      { chainedRecords: [] },
    ]) {
      expect(readChainedRecords(v)).to.deep.equal([]);
    }
  });

  it('is null for data without outbound keys', () => {
    for (const v of [
      undefined,
      null,
      'GSW_PHONE',
      [],
      {},
      { start_time: '2021-05-27T10:55:00Z' },
      ATTACHED_DATA_CHANGED_EVENT.data.interaction!.userData,
    ]) {
      expect(readOutboundRecord(v)).to.equal(null);
    }
  });

  it('reports unreadable numbers and keeps going', () => {
    const info = readOutboundRecord({
      GSW_PHONE: '+33647005',
      GSW_ATTEMPTS: 'abc',
      GSW_RECORD_HANDLE: '28x',
      GSW_CHAIN_ID: 3.5,
    })!;
    expect(info.phone).to.equal('+33647005');
    expect([info.attempts, info.recordHandle, info.chainId]).to.deep.equal([null, null, null]);
    expect(info.problems).to.deep.equal([
      'GSW_ATTEMPTS: expected a whole number, got "abc"',
      'GSW_RECORD_HANDLE: expected a whole number, got "28x"',
      'GSW_CHAIN_ID: expected a whole number, got 3.5',
    ]);
  });

  it('needs a readable offset for a time zone', () => {
    const noOffset = readOutboundRecord({ GSW_TZ_NAME: 'ACT' })!;
    expect(noOffset.timeZone).to.equal(null);
    expect(noOffset.problems).to.deep.equal(['GSW_TZ_OFFSET: missing for time zone ACT']);
    const badOffset = readOutboundRecord({ GSW_TZ_NAME: 'ACT', GSW_TZ_OFFSET: 'abc' })!;
    expect(badOffset.timeZone).to.equal(null);
    expect(badOffset.problems).to.have.length(1);
    expect(readOutboundRecord({ GSW_TZ_OFFSET: 99999 })!.problems[0]).to.match(
      /^GSW_TZ_OFFSET: 99999 is outside/,
    );
    expect(readOutboundRecord({ GSW_TZ_OFFSET: '-18000' })!.timeZone).to.deep.equal({
      name: null,
      offsetSeconds: -18000,
    });
  });

  it('reads the calling window as seconds of day or HH:MM / HH.MM', () => {
    const info = readOutboundRecord({ GSW_FROM: '10.15', GSW_UNTIL: '23:45' })!;
    expect([info.from, info.until]).to.deep.equal([36900, 85500]);
    const bad = readOutboundRecord({ GSW_FROM: 'noon', GSW_UNTIL: 90000 })!;
    expect([bad.from, bad.until]).to.deep.equal([null, null]);
    expect(bad.problems).to.deep.equal([
      'GSW_FROM: expected seconds of day or HH:MM, got "noon"',
      'GSW_UNTIL: expected seconds of day or HH:MM, got 90000',
    ]);
  });

  it('labels phone types, by code or by label, and reports unknown codes', () => {
    expect(readOutboundRecord({ GSW_PHONE_TYPE: '4' })!.phoneTypeLabel).to.equal('Mobile');
    const byLabel = readOutboundRecord({ GSW_PHONE_TYPE: 'voice mail' })!;
    expect([byLabel.phoneType, byLabel.phoneTypeLabel]).to.deep.equal([8, 'Voice Mail']);
    const unknown = readOutboundRecord({ GSW_PHONE_TYPE: 42 })!;
    expect([unknown.phoneType, unknown.phoneTypeLabel]).to.deep.equal([42, null]);
    expect(unknown.problems).to.deep.equal(['GSW_PHONE_TYPE: unknown code 42']);
  });

  it('names call results with seed 002 names, accepting the host list spellings', () => {
    const info = readOutboundRecord({ GSW_CALL_RESULT: 'NO_RINGBACK' })!;
    expect([info.callResult, info.callResultCode]).to.deep.equal(['NO_RING_BACK', 37]);
    expect(readOutboundRecord({ GSW_CALL_RESULT: 33 })!.callResult).to.equal('ANSWER');
  });

  it('reads renamed keys', () => {
    const info = readOutboundRecord(
      { PHONE: '+15550100', HANDLE: '7' },
      { phone: 'PHONE', recordHandle: 'HANDLE' },
    )!;
    expect([info.phone, info.recordHandle]).to.deep.equal(['+15550100', 7]);
  });

  it('never throws on hostile values', () => {
    for (const value of hostileValues()) {
      const data = Object.fromEntries(
        [
          'GSW_PHONE',
          'GSW_PHONE_TYPE',
          'GSW_ATTEMPTS',
          'GSW_CALL_RESULT',
          'GSW_TZ_NAME',
          'GSW_TZ_OFFSET',
          'GSW_FROM',
          'GSW_UNTIL',
          'GSW_RECORD_HANDLE',
          'GSW_CHAIN_ID',
        ].map((k) => [k, value]),
      );
      expect(() => readOutboundRecord(data)).not.to.throw();
      expect(() => readChainedRecords({ chainedRecords: [data as never] })).not.to.throw();
    }
  });
});

describe('models/outbound-record time of day', () => {
  it('parses seconds of day and clock strings', () => {
    expect(parseTimeOfDay(0)).to.equal(0);
    expect(parseTimeOfDay('86399')).to.equal(86399);
    expect(parseTimeOfDay('9:30')).to.equal(34200);
    expect(parseTimeOfDay('09.30')).to.equal(34200);
    expect(parseTimeOfDay('24:00')).to.equal(86400);
    for (const v of [-1, 86401, 1.5, '24:01', '10:60', '10.5', 'noon', '', null, {}]) {
      expect(parseTimeOfDay(v), String(v)).to.equal(null);
    }
  });

  it('renders HH:MM', () => {
    expect(formatTimeOfDay(0)).to.equal('00:00');
    expect(formatTimeOfDay(86399)).to.equal('23:59');
    expect(formatTimeOfDay(34200)).to.equal('09:30');
    expect(formatTimeOfDay(86400)).to.equal('24:00');
    expect(formatTimeOfDay(null)).to.equal('');
    expect(formatTimeOfDay(NaN)).to.equal('');
  });
});
