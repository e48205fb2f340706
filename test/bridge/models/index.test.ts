import { expect } from '@open-wc/testing';
import * as models from '../../../src/bridge/models/index.js';

describe('models/index', () => {
  it('re-exports the public API', () => {
    const functions = [
      'callbackKeys',
      'outboundKeys',
      'parseInstant',
      'toIsoInstant',
      'readCallbackInfo',
      'readOutboundRecord',
      'readChainedRecords',
      'chainFromGetChainedRecords',
      'parseTimeOfDay',
      'formatTimeOfDay',
      'checkRecordField',
      'normaliseRecordField',
      'normaliseRecordFields',
      'recordFieldOptions',
      'callResultName',
      'callResultCode',
      'callResultOptions',
      'humaniseName',
      'readCaseData',
      'readAttachedDataInformation',
      'readCaseIdChange',
      'displayValue',
    ] as const;
    for (const name of functions) expect(models[name], name).to.be.a('function');
    expect(models.DEFAULT_CALLBACK_KEYS.startTime).to.equal('start_time');
    expect(models.DEFAULT_OUTBOUND_KEYS.phone).to.equal('GSW_PHONE');
  });
});
