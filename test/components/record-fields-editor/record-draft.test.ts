import { expect } from '@open-wc/testing';
import {
  draftTextsAt,
  recordDraftKey,
  storeDraft,
} from '../../../src/components/record-fields-editor/record-draft.js';
import { readDraft } from '../../../src/internal/drafts.js';

describe('record-draft: where the record form keeps the agent’s edits', () => {
  const record = { campaignName: 'Outbound Campaign', chainId: 283, recordHandle: 5 };

  it('keys a draft by the chain, else the record, else the interaction', () => {
    expect(recordDraftKey('0001', record)).to.equal(
      'adk-draft:record-fields/Outbound%20Campaign/chain-283',
    );
    expect(recordDraftKey('0001', { ...record, chainId: null })).to.equal(
      'adk-draft:record-fields/Outbound%20Campaign/record-5',
    );
    expect(recordDraftKey('0001', null)).to.equal('adk-draft:record-fields/interaction-0001');
  });

  it('stores texts, reads them back, and drops the draft when nothing is changed', () => {
    const key = recordDraftKey('draft-test-1', record);
    try {
      expect(storeDraft(key, 'draft-test-1', { PHONE: '555' })).to.equal('storage');
      expect(draftTextsAt(key)).to.deep.equal({ PHONE: '555' });
      // A record's draft outlives the interaction: not tied to it.
      expect(readDraft(key)?.interactionId).to.equal(undefined);
      expect(storeDraft(key, 'draft-test-1', {})).to.equal('storage');
      expect(draftTextsAt(key)).to.deep.equal({});
    } finally {
      storeDraft(key, 'draft-test-1', {});
    }
  });

  it('ties a draft keyed by the interaction to it (it goes when the interaction is done)', () => {
    const key = recordDraftKey('draft-test-2', null);
    try {
      storeDraft(key, 'draft-test-2', { NAME: 'x' });
      expect(readDraft(key)?.interactionId).to.equal('draft-test-2');
    } finally {
      storeDraft(key, 'draft-test-2', {});
    }
  });
});
