/**
 * Where the record form keeps the agent's edits: a draft per record, keyed by the record rather
 * than the interaction — `<campaign>/chain-<GSW_CHAIN_ID>` (else `record-<GSW_RECORD_HANDLE>`,
 * else `interaction-<id>`) — so the edits made while previewing follow the record onto the call
 * that `callPreviewRecord` makes.
 */
import type { OutboundRecordInfo } from '../../bridge/models/index.js';
import {
  clearDraft,
  draftKey,
  readDraft,
  writeDraft,
  type DraftWrite,
} from '../../internal/drafts.js';

/** What a draft holds: field name → the agent's text. */
export interface RecordDraft {
  interactionId: string;
  texts: Record<string, string>;
}

/** The draft key of a record (see the module comment). */
export function recordDraftKey(
  interactionId: string,
  record: Pick<OutboundRecordInfo, 'campaignName' | 'chainId' | 'recordHandle'> | null,
): string {
  const scope =
    record?.chainId != null
      ? `chain-${record.chainId}`
      : record?.recordHandle != null
        ? `record-${record.recordHandle}`
        : null;
  return scope
    ? draftKey('record-fields', record?.campaignName ?? '', scope)
    : draftKey('record-fields', `interaction-${interactionId}`);
}

/** The texts of the draft under `key` (none: `{}`). */
export function draftTextsAt(key: string): Record<string, string> {
  return readDraft<RecordDraft>(key)?.value?.texts ?? {};
}

/** Stores the agent's changed texts (none: the draft goes). Says where it went. */
export function storeDraft(
  key: string,
  interactionId: string,
  texts: Record<string, string>,
): DraftWrite {
  if (Object.keys(texts).length === 0) {
    clearDraft(key);
    return 'storage';
  }
  // A record's draft outlives its preview (make call: the call goes on with the record); a
  // draft keyed by the interaction goes when the interaction is done.
  const tied = key === recordDraftKey(interactionId, null);
  return writeDraft<RecordDraft>(
    key,
    { interactionId, texts },
    tied ? { interactionId } : undefined,
  );
}
