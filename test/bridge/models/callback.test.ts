import { expect } from '@open-wc/testing';
import { readCallbackInfo } from '../../../src/bridge/models/callback.js';
import {
  ATTACHED_DATA_CHANGED_EVENT,
  RECORDS_RETRIEVED_EVENT,
  SEED_002_CALLBACK_STATUS_TEXT,
  SEED_002_CALLBACK_TYPE_TEXT,
  SEED_002_CALL_RESULT_TEXT,
  seedNumberedList,
} from './seed-samples.js';
import { hostileValues } from '../../support/hostile-values.js';

/** A scheduled callback as a workspace would attach it: every value a string. */
const CALLBACK = {
  callback_type: '2',
  callback_status: '3',
  start_time: '2021-05-27T10:55:00.000Z',
  end_time: '2021-05-27T12:55:00+02:00',
  customer_number: '+33 6 47 00 50 05',
  attempts: '2',
  call_result: '7',
  desired_response_type: 'Voice',
  dn: '7001',
  location: 'SIP_Switch',
  callback_server_id: 'GMS_Cluster',
  customer_id: '00027a53SQ5N006D',
};

describe('models/callback', () => {
  it('reads a full callback', () => {
    expect(readCallbackInfo(CALLBACK)).to.deep.equal({
      type: 'SCHEDULED',
      typeCode: 2,
      status: 'QUEUED',
      statusCode: 3,
      startTime: '2021-05-27T10:55:00.000Z',
      endTime: '2021-05-27T10:55:00.000Z',
      customerNumber: '+33 6 47 00 50 05',
      attempts: 2,
      callResult: 'NO_ANSWER',
      callResultCode: 7,
      desiredResponseType: 'Voice',
      dn: '7001',
      location: 'SIP_Switch',
      callbackServerId: 'GMS_Cluster',
      customerId: '00027a53SQ5N006D',
      raw: {},
      problems: [],
    });
  });

  it('is null for data without callback keys', () => {
    for (const data of [
      undefined,
      null,
      'x',
      42,
      [],
      {},
      { customer_id: 'C1' },
      ATTACHED_DATA_CHANGED_EVENT.data.interaction!.userData,
      RECORDS_RETRIEVED_EVENT.data.interaction.userData,
    ]) {
      expect(readCallbackInfo(data)).to.equal(null);
    }
  });

  it('treats null and empty values as absent', () => {
    expect(readCallbackInfo({ start_time: '', attempts: null })).to.equal(null);
  });

  it('gives every seed 002 callback_status 0–14 its name', () => {
    const seed = seedNumberedList(SEED_002_CALLBACK_STATUS_TEXT);
    expect(seed).to.have.length(15);
    for (const [code, name] of seed) {
      for (const value of [code, String(code)]) {
        const info = readCallbackInfo({ callback_status: value })!;
        expect(info.status).to.equal(name);
        expect(info.statusCode).to.equal(code);
        expect(info.problems).to.deep.equal([]);
      }
    }
  });

  it('gives every seed 002 call_result 0–53 its name', () => {
    const seed = seedNumberedList(SEED_002_CALL_RESULT_TEXT);
    expect(seed).to.have.length(54);
    for (const [code, name] of seed) {
      const info = readCallbackInfo({ call_result: String(code) })!;
      expect([info.callResult, info.callResultCode]).to.deep.equal([name, code]);
    }
  });

  it('gives every seed 002 callback_type its name, UNKNOWN when absent or unknown', () => {
    for (const [code, name] of seedNumberedList(SEED_002_CALLBACK_TYPE_TEXT)) {
      expect(readCallbackInfo({ callback_type: code })!.type).to.equal(name);
    }
    const absent = readCallbackInfo({ attempts: 0 })!;
    expect([absent.type, absent.typeCode, absent.problems]).to.deep.equal(['UNKNOWN', null, []]);
    const unknown = readCallbackInfo({ callback_type: '7' })!;
    expect([unknown.type, unknown.typeCode]).to.deep.equal(['UNKNOWN', 7]);
    expect(unknown.problems).to.deep.equal(['callback_type: unknown code 7']);
  });

  it('accepts enum names in any case and the getListOfCallResults spellings', () => {
    const info = readCallbackInfo({
      callback_type: 'asap',
      callback_status: 'Final',
      call_result: 'SIT_OPERINTERCEPT',
    })!;
    expect([info.type, info.typeCode, info.status, info.statusCode]).to.deep.equal([
      'ASAP',
      1,
      'FINAL',
      9,
    ]);
    expect([info.callResult, info.callResultCode]).to.deep.equal(['SIT_OPER_INTERCEPT', 13]);
  });

  it('keeps an unknown status code with a null name and a problem', () => {
    const info = readCallbackInfo({ callback_status: 15 })!;
    expect([info.status, info.statusCode]).to.deep.equal([null, 15]);
    expect(info.problems).to.deep.equal(['callback_status: unknown code 15']);
  });

  it('keeps the customer number exactly as received', () => {
    for (const n of [
      ' +1 (555) 010-0199 ',
      'sip:jane@example.com',
      'jane@example.com',
      '0033647005',
    ]) {
      expect(readCallbackInfo({ customer_number: n })!.customerNumber).to.equal(n);
    }
  });

  it('reads epoch times and normalises offsets to UTC', () => {
    const info = readCallbackInfo({ start_time: 1622112900000, end_time: '1622120100' })!;
    expect(info.startTime).to.equal('2021-05-27T10:55:00.000Z');
    expect(info.endTime).to.equal('2021-05-27T12:55:00.000Z');
  });

  it('keeps unparsable times as raw with a problem', () => {
    const info = readCallbackInfo({ start_time: 'tomorrow', end_time: { at: 5 } })!;
    expect([info.startTime, info.endTime]).to.deep.equal([null, null]);
    expect(info.raw).to.deep.equal({ startTime: 'tomorrow', endTime: '{"at":5}' });
    expect(info.problems).to.have.length(2);
    expect(info.problems[0]).to.match(/^start_time: /);
    expect(info.problems[1]).to.match(/^end_time: /);
  });

  it('reports a time without a zone', () => {
    const info = readCallbackInfo({ start_time: '2021-03-17 14:42:39' })!;
    expect(info.raw.startTime).to.equal('2021-03-17 14:42:39');
    expect(info.problems).to.deep.equal(['start_time: the date/time has no time zone']);
  });

  it('reads attempts as a whole number ≥ 0 and reports anything else', () => {
    expect(readCallbackInfo({ attempts: 3 })!.attempts).to.equal(3);
    expect(readCallbackInfo({ attempts: ' 4 ' })!.attempts).to.equal(4);
    for (const bad of ['abc', '2.5', 2.5, '-1', true, []]) {
      const info = readCallbackInfo({ attempts: bad, customer_number: '1' })!;
      expect(info.attempts, String(bad)).to.equal(null);
      expect(info.problems).to.have.length(1);
      expect(info.problems[0]).to.match(/^attempts: /);
    }
  });

  it('reads desired_response_type in any case and reports unknown ones', () => {
    expect(readCallbackInfo({ desired_response_type: 'voip' })!.desiredResponseType).to.equal(
      'VoIP',
    );
    expect(readCallbackInfo({ desired_response_type: 'EMAIL' })!.desiredResponseType).to.equal(
      'Email',
    );
    const fax = readCallbackInfo({ desired_response_type: 'Fax' })!;
    expect(fax.desiredResponseType).to.equal(null);
    expect(fax.problems).to.deep.equal(['desired_response_type: unknown response type "Fax"']);
  });

  it('reads numbers as text for the text fields and reports objects', () => {
    const info = readCallbackInfo({ dn: 7001, location: { a: 1 }, customer_number: 33647005 })!;
    expect(info.dn).to.equal('7001');
    expect(info.customerNumber).to.equal('33647005');
    expect(info.location).to.equal(null);
    expect(info.problems).to.deep.equal(['location: expected text, got {"a":1}']);
  });

  it('reads renamed keys', () => {
    const info = readCallbackInfo(
      { CB_START: '2021-05-27T10:55:00Z', CB_TYPE: 1 },
      { startTime: 'CB_START', callbackType: 'CB_TYPE' },
    )!;
    expect(info.startTime).to.equal('2021-05-27T10:55:00.000Z');
    expect(info.type).to.equal('ASAP');
    expect(
      readCallbackInfo({ start_time: '2021-05-27T10:55:00Z' }, { startTime: 'CB_START' }),
    ).to.equal(null);
  });

  it('never throws on hostile values', () => {
    for (const value of hostileValues()) {
      const data = Object.fromEntries(
        Object.values({
          a: 'callback_type',
          b: 'callback_status',
          c: 'start_time',
          d: 'end_time',
          e: 'customer_number',
          f: 'attempts',
          g: 'call_result',
          h: 'desired_response_type',
          i: 'dn',
        }).map((k) => [k, value]),
      );
      expect(() => readCallbackInfo(data)).not.to.throw();
      expect(readCallbackInfo(data)).to.be.an('object');
    }
  });
});
