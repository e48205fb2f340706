import { expect } from '@open-wc/testing';
import {
  DEFAULT_CALLBACK_KEYS,
  DEFAULT_OUTBOUND_KEYS,
  callbackKeys,
  outboundKeys,
} from '../../../src/bridge/models/keys.js';

describe('models/keys', () => {
  it('defaults to the seed 002 callback field names', () => {
    expect(callbackKeys()).to.deep.equal({
      callbackType: 'callback_type',
      callbackStatus: 'callback_status',
      startTime: 'start_time',
      endTime: 'end_time',
      customerNumber: 'customer_number',
      attempts: 'attempts',
      callResult: 'call_result',
      desiredResponseType: 'desired_response_type',
      dn: 'dn',
      location: 'location',
      callbackServerId: 'callback_server_id',
      customerId: 'customer_id',
    });
  });

  it('defaults to the seed 003 outbound names', () => {
    expect(outboundKeys()).to.deep.equal({
      phone: 'GSW_PHONE',
      phoneType: 'GSW_PHONE_TYPE',
      attempts: 'GSW_ATTEMPTS',
      callResult: 'GSW_CALL_RESULT',
      tzName: 'GSW_TZ_NAME',
      tzOffset: 'GSW_TZ_OFFSET',
      from: 'GSW_FROM',
      until: 'GSW_UNTIL',
      recordHandle: 'GSW_RECORD_HANDLE',
      campaignName: 'GSW_CAMPAIGN_NAME',
      campaignGroupName: 'GSW_CAMPAIGN_GROUP_NAME',
      callingList: 'GSW_CALLING_LIST',
      chainId: 'GSW_CHAIN_ID',
      campType: 'WWE_OUTBOUND_CAMP_TYPE',
      userEvent: 'GSW_USER_EVENT',
    });
  });

  it('overlays overrides and leaves the defaults alone', () => {
    const keys = callbackKeys({ startTime: 'CB_START', attempts: 'CB_TRIES' });
    expect(keys.startTime).to.equal('CB_START');
    expect(keys.attempts).to.equal('CB_TRIES');
    expect(keys.endTime).to.equal('end_time');
    expect(DEFAULT_CALLBACK_KEYS.startTime).to.equal('start_time');
    expect(Object.isFrozen(DEFAULT_CALLBACK_KEYS)).to.equal(true);
    expect(Object.isFrozen(DEFAULT_OUTBOUND_KEYS)).to.equal(true);
  });

  it('ignores blank, non-string and unknown overrides', () => {
    const keys = outboundKeys({
      phone: '',
      recordHandle: undefined,
      ...({ nope: 'X', chainId: 5 } as object),
    });
    expect(keys).to.deep.equal(outboundKeys());
  });
});
