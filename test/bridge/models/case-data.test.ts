import { expect } from '@open-wc/testing';
import {
  displayValue,
  readAttachedDataInformation,
  readCaseData,
  readCaseIdChange,
} from '../../../src/bridge/models/case-data.js';
import {
  ATTACHED_DATA_CHANGED_EVENT,
  CASE_ID_CHANGED_EVENT,
  RECORDS_RETRIEVED_EVENT,
} from './seed-samples.js';

const outboundData = RECORDS_RETRIEVED_EVENT.data.interaction.userData;
const voiceData = ATTACHED_DATA_CHANGED_EVENT.data.interaction!.userData;

describe('models/case-data', () => {
  it('gives label/value rows in the order asked, skipping absent keys', () => {
    expect(
      readCaseData(outboundData, [
        { key: 'GSW_CAMPAIGN_NAME', label: 'Campaign' },
        { key: 'Missing', label: 'Nothing' },
        { key: 'GSW_PHONE', label: 'Phone' },
        { key: 'Custom_Float', label: 'Amount' },
      ]),
    ).to.deep.equal([
      { key: 'GSW_CAMPAIGN_NAME', label: 'Campaign', value: 'Outbound Campaign Custom' },
      { key: 'GSW_PHONE', label: 'Phone', value: '+33647005' },
      { key: 'Custom_Float', label: 'Amount', value: '16.64' },
    ]);
  });

  it('skips null and empty values, keeps 0 and false', () => {
    const rows = readCaseData(
      { a: null, b: '', c: 0, d: false, e: ' ' },
      ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: key })),
    );
    expect(rows.map((r) => [r.key, r.value])).to.deep.equal([
      ['c', '0'],
      ['d', 'false'],
      ['e', ' '],
    ]);
  });

  it('stringifies nested values', () => {
    const [row] = readCaseData(voiceData, [{ key: 'IWAttachedDataInformation', label: 'Info' }]);
    expect(row.value).to.equal(
      'DispositionCode.Label: DispositionCode; ' +
        'Option.interaction.case-data.header-foreground-color: #FFFFFF; CaseDataBusinessAttribute: CaseData; ' +
        'DispositionCode.Key: ChooseDisposition; Option.interaction.case-data.frame-color: #17849D',
    );
    expect(displayValue(['a', 1, true, null, ''])).to.equal('a, 1, true');
    expect(displayValue({ order: { id: 7, lines: ['x', 'y'] }, vip: true })).to.equal(
      'order: (id: 7; lines: x, y); vip: true',
    );
  });

  it('does not loop on cyclic values', () => {
    const cyclic: Record<string, unknown> = { name: 'c' };
    cyclic.self = cyclic;
    expect(() => displayValue(cyclic)).not.to.throw();
    expect(displayValue(cyclic)).to.contain('name: c');
  });

  it('reads own keys only and defaults the label to the key', () => {
    expect(
      readCaseData({}, [
        { key: 'constructor', label: 'C' },
        { key: 'toString', label: 'T' },
      ]),
    ).to.deep.equal([]);
    expect(readCaseData({ k: 'v' }, [{ key: 'k', label: '' }])).to.deep.equal([
      { key: 'k', label: 'k', value: 'v' },
    ]);
  });

  it('gives no rows for unusable input', () => {
    expect(readCaseData(null, [{ key: 'a', label: 'A' }])).to.deep.equal([]);
    expect(readCaseData({ a: 1 }, null as never)).to.deep.equal([]);
    expect(readCaseData({ a: 1 }, [null, { key: 3 }, 'a'] as never)).to.deep.equal([]);
  });
});

describe('models/case-data IWAttachedDataInformation', () => {
  it('reads the ATTACHED_DATA_CHANGED example', () => {
    expect(readAttachedDataInformation(voiceData)).to.deep.equal({
      dispositionCodeKey: 'ChooseDisposition',
      dispositionCodeLabel: 'DispositionCode',
      caseDataBusinessAttribute: 'CaseData',
      options: {
        'interaction.case-data.header-foreground-color': '#FFFFFF',
        'interaction.case-data.frame-color': '#17849D',
      },
      entries: {
        'DispositionCode.Label': 'DispositionCode',
        'Option.interaction.case-data.header-foreground-color': '#FFFFFF',
        CaseDataBusinessAttribute: 'CaseData',
        'DispositionCode.Key': 'ChooseDisposition',
        'Option.interaction.case-data.frame-color': '#17849D',
      },
      caseUid: '4ddalab6-aeab-4a33-f5d0-0153c9fdb43b',
      bundleUid: 'dfaca66c-4149-42a1-7244-337e949a12b5',
    });
  });

  it('reads the IW ids alone when there is no IWAttachedDataInformation', () => {
    const info = readAttachedDataInformation(outboundData)!;
    expect([info.dispositionCodeKey, info.caseUid]).to.deep.equal([
      null,
      'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
    ]);
    expect(info.options).to.deep.equal({});
  });

  it('is null without any of it', () => {
    for (const v of [null, 'x', {}, { IWAttachedDataInformation: 'text' }, { GSW_PHONE: '1' }]) {
      expect(readAttachedDataInformation(v)).to.equal(null);
    }
  });
});

describe('models/case-data CASE_ID_CHANGED', () => {
  it('reads the seed example', () => {
    expect(readCaseIdChange(CASE_ID_CHANGED_EVENT.data)).to.deep.equal({
      caseId: 'e6470563-af78-4942-657d-976a25dd9de3',
      previousCaseId: '5f7e5f3a-fb6e-43f3-c404-eaee21d64ef1',
    });
  });

  it('needs a caseId, not a previous one', () => {
    expect(readCaseIdChange({ caseId: 'a' })).to.deep.equal({ caseId: 'a', previousCaseId: null });
    for (const v of [null, {}, { caseId: '' }, { caseId: 5 }])
      expect(readCaseIdChange(v)).to.equal(null);
  });
});
