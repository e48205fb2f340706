/** Typed, DOM-free views of the workspace's user data, outbound records and record fields. */
export * from './keys.js';
export { parseInstant, toIsoInstant, type InstantResult } from './instant.js';
export { readCallbackInfo, type CallbackInfo } from './callback.js';
export {
  readOutboundRecord,
  recordAsSaved,
  readChainedRecords,
  chainFromGetChainedRecords,
  parseTimeOfDay,
  formatTimeOfDay,
  readOutboundSchedule,
  type OutboundRecordInfo,
  type OutboundSchedule,
  type OutboundTimeZone,
} from './outbound-record.js';
export {
  checkRecordField,
  normaliseRecordField,
  normaliseRecordFields,
  recordFieldOptions,
  type RecordFieldResult,
} from './record-fields.js';
export {
  callResultName,
  callResultCode,
  callResultLabel,
  callResultOptions,
  humaniseName,
  type CallResultOption,
} from './call-results.js';
export {
  readCaseData,
  readAttachedDataInformation,
  readCaseIdChange,
  displayValue,
  type CaseDataRow,
  type AttachedDataInformation,
} from './case-data.js';
