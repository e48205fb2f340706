import { expect } from '@open-wc/testing';
import * as zones from '../../../src/internal/time/zones.js';
import {
  callbackTimes,
  caseKeys,
  contactZoneOf,
  keyLabel,
  prefixedRows,
} from '../../../src/components/callback-preview/callback-details.js';
import { en } from '../../../src/i18n/en.js';

const t = en.callbackPreview;
const NOW = Date.UTC(2025, 5, 10, 13, 30); // 14:30 BST, 09:30 EDT
const london = zones.agentZone('Europe/London');

describe('callback-preview/callback-details', () => {
  it('finds the contact zone: page, outbound record, then user data', () => {
    const choice = { contactZoneKey: 'ContactTimeZone' };
    expect(
      contactZoneOf(zones, { ContactTimeZone: 'America/Los_Angeles' }, choice, NOW)!.name,
    ).to.equal('America/Los_Angeles');
    expect(
      contactZoneOf(
        zones,
        { GSW_TZ_NAME: 'ACT', GSW_TZ_OFFSET: '34200', ContactTimeZone: 'Europe/Paris' },
        choice,
        NOW,
      )!.name,
    ).to.equal('Australia/Darwin');
    expect(
      contactZoneOf(
        zones,
        { ContactTimeZone: 'Europe/Paris' },
        { ...choice, contactTimeZone: 'Asia/Tokyo' },
        NOW,
      )!.name,
    ).to.equal('Asia/Tokyo');
    expect(contactZoneOf(zones, { ContactTimeZone: 'nowhere' }, choice, NOW)).to.equal(null);
    expect(
      contactZoneOf(zones, { ContactTimeZone: 'America/New_York' }, { contactZoneKey: null }, NOW),
    ).to.equal(null);
  });

  it('shows the desired time and window in both zones, with a relative form', () => {
    const info = { startTime: '2025-06-10T13:42:00.000Z', endTime: '2025-06-10T15:42:00.000Z' };
    const times = callbackTimes(
      zones,
      info,
      london,
      zones.regionZone('America/New_York'),
      'en-US',
      NOW,
      t,
    );
    expect(times.desiredAgent).to.match(/Jun 10, 2025, 2:42\sPM GMT\+1/);
    expect(times.desiredContact).to.match(/Jun 10, 2025, 9:42\sAM EDT/);
    expect(times.relative).to.match(/^in 12 min/);
    expect(times.overdue).to.equal(false);
    expect(times.windowAgent).to.match(/2:42\sPM – 4:42\sPM GMT\+1$/);
    expect(times.windowContact).to.match(/9:42\sAM – 11:42\sAM EDT$/);
  });

  it('says overdue and when the window has closed; one zone when both agree', () => {
    const late = callbackTimes(
      zones,
      { startTime: '2025-06-10T13:27:00Z', endTime: null },
      london,
      zones.regionZone('Europe/Dublin'),
      'en',
      NOW,
      t,
    );
    expect(late.relative).to.equal('3 min overdue');
    expect(late.overdue).to.equal(true);
    expect(late.desiredContact).to.equal(null);
    expect(late.windowAgent).to.match(/^from /);
    const closed = callbackTimes(
      zones,
      { startTime: '2025-06-10T10:30:00Z', endTime: '2025-06-10T12:30:00Z' },
      london,
      null,
      'en',
      NOW,
      t,
    );
    expect(closed.relative).to.equal('3 hr overdue · the window has closed');
    expect(
      callbackTimes(zones, { startTime: null, endTime: null }, london, null, 'en', NOW, t).relative,
    ).to.equal('');
  });

  it('crosses a DST change: the contact time follows New York rules, not a fixed offset', () => {
    const before = callbackTimes(
      zones,
      { startTime: '2025-11-02T05:30:00Z', endTime: null },
      london,
      zones.regionZone('America/New_York'),
      'en-US',
      Date.UTC(2025, 10, 1),
      t,
    );
    const after = callbackTimes(
      zones,
      { startTime: '2025-11-02T06:30:00Z', endTime: null },
      london,
      zones.regionZone('America/New_York'),
      'en-US',
      Date.UTC(2025, 10, 1),
      t,
    );
    expect(before.desiredContact).to.match(/1:30\sAM EDT/);
    expect(after.desiredContact).to.match(/1:30\sAM EST/);
  });

  it('lists IVR rows by prefix and case keys from the page or the workspace option', () => {
    expect(
      prefixedRows({ IVR_Language: 'English', IVR_: 'x', IVR_Reason: '', Other: 1 }, 'IVR_'),
    ).to.deep.equal([{ key: 'IVR_Language', label: 'Language', value: 'English' }]);
    expect(prefixedRows({ IVR_Language: 'English' }, null)).to.deep.equal([]);
    expect(caseKeys([{ key: 'A', label: 'Alpha' }], ['B'])).to.deep.equal([
      { key: 'A', label: 'Alpha' },
    ]);
    expect(caseKeys(undefined, ['CustomerName', 'IVR_Reason'])).to.deep.equal([
      { key: 'CustomerName', label: 'Customer name' },
      { key: 'IVR_Reason', label: 'IVR reason' },
    ]);
    expect(caseKeys([], 'AccountNumber, Note')).to.deep.equal([
      { key: 'AccountNumber', label: 'Account number' },
      { key: 'Note', label: 'Note' },
    ]);
    expect(caseKeys(undefined, undefined)).to.deep.equal([]);
    expect(keyLabel('customer_number')).to.equal('Customer number');
  });
});
