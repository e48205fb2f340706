/**
 * Example payloads from seed 003 (Service Client API reference), for any test to reuse.
 * Values are the seed's own; the only edits undo PDF damage:
 * - page breaks rejoined: the first RECORDS_RETRIEVED chained record, the second
 *   `getChainedRecords` record and the `getListOfCallResults` list are each printed in two pieces;
 * - the chained records are printed as unquoted `key: value` lines and become object literals;
 * - the ATTACHED_DATA_CHANGED key `Option.interaction.case-data.header-foreground-color` is
 *   wrapped over two lines in the seed.
 * Seed oddities are kept on purpose: the `4ddalab6…` case id, `IW_BundleId` (not `IW_BundleUid`)
 * in the first `getChainedRecords` record, the second `getChainedRecords` record without
 * `Custom_String_with_default` (lost at the page break), `GSW_CALL_ATTEMPT_GUID` spelled
 * differently in the chain and in userData, the `GWS_FROM` field name and its `type` key.
 */
import type { ChainedRecord, ChainedRecordsResult, RecordField } from '../../../src/bridge/api.js';
import type {
  EventMessage,
  InteractionEvent,
  RecordsRetrievedEvent,
} from '../../../src/bridge/wire.js';

/** A `{ request, data }` answer as the seed prints it (the seed's samples carry no referenceId). */
export interface SeedAnswer<T> {
  request: string;
  data: T;
  userAgent: string;
  protocolVersion: number;
}

/** "Finally, here's an example with an ATTACHED_DATA_CHANGED event on a voice interaction". */
export const ATTACHED_DATA_CHANGED_EVENT: Pick<EventMessage<InteractionEvent>, 'event' | 'data'> = {
  event: 'interaction',
  data: {
    eventType: 'ATTACHED_DATA_CHANGED',
    media: 'voice',
    interaction: {
      interactionId: '1',
      caseId: '4ddalab6-aeab-4a33-f5d0-0153c9fdb43b',
      userData: {
        IWAttachedDataInformation: {
          'DispositionCode.Label': 'DispositionCode',
          'Option.interaction.case-data.header-foreground-color': '#FFFFFF',
          CaseDataBusinessAttribute: 'CaseData',
          'DispositionCode.Key': 'ChooseDisposition',
          'Option.interaction.case-data.frame-color': '#17849D',
        },
        IW_CaseUid: '4ddalab6-aeab-4a33-f5d0-0153c9fdb43b',
        IW_BundleUid: 'dfaca66c-4149-42a1-7244-337e949a12b5',
      },
      parties: [{ name: '5001' }],
      callUuid: '4L6JGNEE9H7DT671FRPTKE6CQ000000G',
      state: 'DIALING',
      previousState: 'UNKNOWN',
      isConsultation: false,
      direction: 'OUT',
      callType: 'Internal',
      dnis: '5001',
      isMainCaseInteraction: true,
    },
  },
};

/** RECORDS_RETRIEVED: first chained record (handle 283, "PreviewRecord"). */
const RECORD_283: ChainedRecord = {
  Custom_Character: 'c',
  Custom_Datetime: '2021-03-17 14:42:39',
  Custom_Float: '16.64',
  Custom_Integer: 0,
  Custom_String_with_default: 'Hi there!',
  Custom_VarChar: '',
  GSW_AGENT_ID: '+33298025000',
  GSW_APPLICATION_ID: 139,
  GSW_ATTEMPTS: 0,
  GSW_CALLING_LIST: 'Calling List Custom',
  GSW_CALLING_LIST_DBID: 101,
  GSW_CALL_ATTEMPT_GUID: '003DC7H6HG84DBRT1KMIF1TAES000031',
  GSW_CALL_RESULT: 28,
  GSW_CAMPAIGN_GROUP_DBID: 101,
  GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
  GSW_CAMPAIGN_GROUP_NAME: 'Outbound Campaign Custom@Agent Group Outbound',
  GSW_CAMPAIGN_NAME: 'Outbound Campaign Custom',
  GSW_CHAIN_ID: 3,
  GSW_CONTACT_MEDIA_TYPE: 'voice',
  GSW_FROM: 0,
  GSW_PHONE: '+33647005',
  GSW_PHONE_TYPE: 1,
  GSW_RECORD_HANDLE: 283,
  GSW_REFERENCE_ID: 3,
  GSW_SWITCH_DBID: 101,
  GSW_TZ_NAME: 'ACT',
  GSW_TZ_OFFSET: 34200,
  GSW_UNTIL: 86399,
  GSW_USER_EVENT: 'PreviewRecord',
  IW_BundleUid: '27458420-0348-4345-c693-45bd95b5c81f',
  IW_CaseUid: 'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
  InteractionSubtype: 'OutboundNew',
  InteractionType: 'Outbound',
  WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord',
};

/** RECORDS_RETRIEVED: second chained record (handle 284, "ChainedRecord"; no campaign name in the seed). */
const RECORD_284: ChainedRecord = {
  Custom_Character: 'c',
  Custom_Datetime: '2021-03-17 14:42:32',
  Custom_Float: '51.69',
  Custom_Integer: 0,
  Custom_String_with_default: 'Hello General Kenobi',
  Custom_VarChar: '',
  GSW_AGENT_ID: '+33298025000',
  GSW_APPLICATION_ID: 139,
  GSW_ATTEMPTS: 0,
  GSW_CALLING_LIST: 'Calling List Custom',
  GSW_CALLING_LIST_DBID: 101,
  GSW_CALL_RESULT: 28,
  GSW_CAMPAIGN_GROUP_DBID: 101,
  GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
  GSW_CHAIN_ID: 3,
  GSW_CONTACT_MEDIA_TYPE: 'voice',
  GSW_FROM: 0,
  GSW_PHONE: '+33647004',
  GSW_PHONE_TYPE: 1,
  GSW_RECORD_HANDLE: 284,
  GSW_REFERENCE_ID: 4,
  GSW_SWITCH_DBID: 101,
  GSW_TZ_NAME: 'ACT',
  GSW_TZ_OFFSET: 34200,
  GSW_UNTIL: 86399,
  GSW_USER_EVENT: 'ChainedRecord',
  InteractionSubtype: 'OutboundNew',
  InteractionType: 'Outbound',
};

/** "Chain of records events" sample response. */
export const RECORDS_RETRIEVED_EVENT: EventMessage<RecordsRetrievedEvent> = {
  event: 'interaction',
  data: {
    eventType: 'RECORDS_RETRIEVED',
    interaction: {
      interactionId: '1',
      caseId: 'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
      parentInteractionId: null,
      chainedRecords: [RECORD_283, RECORD_284],
      userData: {
        GSW_PHONE: '+33647005',
        GSW_PHONE_TYPE: '1',
        Custom_Character: 'c',
        Custom_Datetime: '2021-03-17 14:42:39',
        Custom_Float: '16.64',
        Custom_Integer: '0',
        Custom_String_with_default: 'Hi there!',
        Custom_VarChar: '',
        GSW_FROM: '0',
        GSW_UNTIL: '86399',
        GSW_TZ_OFFSET: '34200',
        GSW_CALLING_LIST: 'Calling List Custom',
        GSW_CAMPAIGN_NAME: 'Outbound Campaign Custom',
        InteractionType: 'Outbound',
        InteractionSubtype: 'OutboundNew',
        GSW_RECORD_HANDLE: '283',
        GSW_APPLICATION_ID: '139',
        GSW_CAMPAIGN_GROUP_DBID: '101',
        GSW_CALLING_LIST_DBID: '101',
        GSW_CAMPAIGN_GROUP_NAME: 'Outbound Campaign Custom@Agent Group Outbound',
        GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
        GSW_CHAIN_ID: '3',
        GSW_ATTEMPTS: '0',
        GSW_CALL_RESULT: '28',
        GSW_TZ_NAME: 'ACT',
        GSW_CALL_ATTEMPT_GUID: '003DC7H6HG84DBRT1KMIF1AES000031',
        GSW_CONTACT_MEDIA_TYPE: 'voice',
        GSW_REFERENCE_ID: '3',
        GSW_SWITCH_DBID: '101',
        GSW_USER_EVENT: 'PreviewRecord',
        GSW_AGENT_ID: '+33298025000',
        WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord',
        IW_BundleUid: '27458420-0348-4345-c693-45bd95b5c81f',
        IW_CaseUid: 'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
      },
      state: 'PREVIEWING',
      previousState: 'UNKNOWN',
      capabilities: ['CALL', 'REJECT_RECORD', 'CANCEL_RECORD'],
      parties: [{ name: '+33647005' }],
      startDate: null,
      endDate: null,
      callType: 'OUTBOUND_PREVIEW',
      isMainCaseInteraction: true,
      isCaseSelected: true,
      isCaseExpanded: false,
    },
  },
  userAgent: 'WWE Server',
  protocolVersion: 2,
};

/** `outbound.getChainedRecords` sample response. */
export const GET_CHAINED_RECORDS_ANSWER: SeedAnswer<ChainedRecordsResult> = {
  request: 'outbound.getChainedRecords',
  data: [
    {
      records: [
        {
          Custom_Character: 'c',
          Custom_Datetime: '2021-03-17 14:42:39',
          Custom_Float: '16.64',
          Custom_Integer: 0,
          Custom_String_with_default: 'Hi there!',
          Custom_VarChar: '',
          GSW_AGENT_ID: '+33298025000',
          GSW_APPLICATION_ID: 139,
          GSW_ATTEMPTS: 0,
          GSW_CALLING_LIST: 'Calling List Custom',
          GSW_CALLING_LIST_DBID: 101,
          GSW_CALL_ATTEMPT_GUID: '003DC7H6HG84DBRT1KMIF1TAES000031',
          GSW_CALL_RESULT: 28,
          GSW_CAMPAIGN_GROUP_DBID: 101,
          GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
          GSW_CAMPAIGN_GROUP_NAME: 'Outbound Campaign Custom@Agent Group Outbound',
          GSW_CAMPAIGN_NAME: 'Outbound Campaign Custom',
          GSW_CHAIN_ID: 3,
          GSW_CONTACT_MEDIA_TYPE: 'voice',
          GSW_FROM: 0,
          GSW_PHONE: '+33647005',
          GSW_PHONE_TYPE: 1,
          GSW_RECORD_HANDLE: 283,
          GSW_REFERENCE_ID: 3,
          GSW_SWITCH_DBID: 101,
          GSW_TZ_NAME: 'ACT',
          GSW_TZ_OFFSET: 34200,
          GSW_UNTIL: 86399,
          GSW_USER_EVENT: 'PreviewRecord',
          IW_BundleId: '27458420-0348-4345-c693-45bd95b5c81f',
          IW_CaseUid: 'a26f59d2-2979-43c5-5c1d-b0757f9ab077',
          InteractionSubtype: 'OutboundNew',
          InteractionType: 'Outbound',
          WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord',
        },
        {
          Custom_Character: 'c',
          Custom_Datetime: '2021-03-17 14:42:32',
          Custom_Float: '51.69',
          Custom_Integer: 0,
          Custom_VarChar: '',
          GSW_AGENT_ID: '+33298025000',
          GSW_APPLICATION_ID: 139,
          GSW_ATTEMPTS: 0,
          GSW_CALLING_LIST: 'Calling List Custom',
          GSW_CALLING_LIST_DBID: 101,
          GSW_CALL_RESULT: 28,
          GSW_CAMPAIGN_GROUP_DBID: 101,
          GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
          GSW_CHAIN_ID: 3,
          GSW_CONTACT_MEDIA_TYPE: 'voice',
          GSW_FROM: 0,
          GSW_PHONE: '+33647004',
          GSW_PHONE_TYPE: 1,
          GSW_RECORD_HANDLE: 284,
          GSW_REFERENCE_ID: 4,
          GSW_SWITCH_DBID: 101,
          GSW_TZ_NAME: 'ACT',
          GSW_TZ_OFFSET: 34200,
          GSW_UNTIL: 86399,
          GSW_USER_EVENT: 'ChainedRecord',
          InteractionSubtype: 'OutboundNew',
          InteractionType: 'Outbound',
        },
      ],
    },
  ],
  userAgent: 'WWE Server',
  protocolVersion: 2,
};

/** `outbound.getRecordFields` sample response (raw: `type` once for `fieldType`, one `displayName` missing). */
export const GET_RECORD_FIELDS_ANSWER: SeedAnswer<Array<Partial<RecordField>>> = {
  request: 'outbound.getRecordFields',
  data: [
    {
      name: 'GWS_FROM',
      displayName: 'Call From',
      value: '10.15',
      isMandatory: true,
      isEditable: false,
      type: 'time',
      valueType: 'string',
    },
    {
      name: 'GSW_CUSTOM_STRING',
      value: 'Custom message',
      isMandatory: false,
      isEditable: true,
      fieldType: 'var-char',
      valueType: 'string',
    },
    {
      name: 'GSW_PHONE_TYPE',
      displayName: 'Phone Type',
      isEditable: true,
      isMandatory: false,
      options: {
        '3': 'Business With Extension',
        '2': 'Direct Business Phone',
        '10': 'Email Address',
        '1': 'Home Phone',
        '11': 'Instant Messaging',
        '4': 'Mobile',
        '7': 'Modem',
        '0': 'None',
        '6': 'Pager',
        '9': 'Pin Pager',
        '5': 'Vacation Phone',
        '8': 'Voice Mail',
      },
      fieldType: 'enum',
      valueType: 'number',
    },
  ],
  userAgent: 'WWE Server',
  protocolVersion: 2,
};

/** `outbound.getListOfCallResults` sample response. */
export const GET_LIST_OF_CALL_RESULTS_ANSWER: SeedAnswer<Record<string, number>> = {
  request: 'outbound.getListOfCallResults',
  data: {
    OK: 0,
    GENERAL_ERROR: 3,
    SYSTEM_ERROR: 4,
    BUSY: 6,
    NO_ANSWER: 7,
    SIT_DETECTED: 8,
    ANSWERING_MACHINE: 9,
    ALL_TRUNKS_BUSY: 10,
    SIT_INVALID_NUM: 11,
    SIT_VACANT: 12,
    SIT_OPERINTERCEPT: 13,
    SIT_UNKNOWN: 14,
    SIT_NO_CIRCUIT: 15,
    SIT_REORDER: 16,
    FAXDETECTED: 17,
    ABANDONED: 21,
    DROPPED: 26,
    DROPPED_NO_ANSWER: 27,
    UNKNOWN: 28,
    SILENCE: 32,
    ANSWER: 33,
    NUTONE: 34,
    NO_DIAL_TONE: 35,
    NO_PROGRESS: 36,
    NO_RINGBACK: 37,
    NO_ESTABLISHED: 38,
    PAGER_DETECTED: 39,
    WRONG_PARTY: 40,
    DIAL_ERROR: 41,
    CALL_DROP_ERROR: 42,
    SWITCH_ERROR: 43,
    NO_FREE_PORT_ERROR: 44,
    TRANSFER_ERROR: 45,
    STALE: 46,
    AGENT_CALLBACK_ERROR: 47,
    GROUP_CALLBACK_ERROR: 48,
    DO_NOT_CALL: 51,
    CANCEL_RECORD: 52,
    WRONG_NUMBER: 53,
  },
  userAgent: 'WWE Server',
  protocolVersion: 2,
};

/** CASE_ID_CHANGED ("Supporting multiple browser tabs"). */
export const CASE_ID_CHANGED_EVENT: EventMessage<InteractionEvent> = {
  event: 'interaction',
  data: {
    eventType: 'CASE_ID_CHANGED',
    caseId: 'e6470563-af78-4942-657d-976a25dd9de3',
    previousCaseId: '5f7e5f3a-fb6e-43f3-c404-eaee21d64ef1',
  },
  userAgent: 'WWE Server',
  protocolVersion: 2,
};

/**
 * Seed 002's numbered lists as the document prints them (HTML list markup dropped, the
 * call_result list rejoined over its page breaks), so tests check names against the seed's
 * text rather than against the enums they test.
 */
export const SEED_002_CALLBACK_STATUS_TEXT =
  '• 0-UNKNOWN • 1-RECEIVED • 2-TIMER • 3-QUEUED • 4-DISTRIBUTED • 5-SUBMITTED_TO_AGT • 6-REJECTED_BY_AGT • 7-CANCELED_BY_AGT • 8-PORCESSED_BY_AGT • 9-FINAL • 10-NOT_QUEUED • 11-ERROR • 12-REPLACED • 13-AGT_TRANSFER • 14-ENDTIME_EXPIRED';
export const SEED_002_CALL_RESULT_TEXT =
  '• 0 - OK • 1 - TRANSFERRED • 2 - CONFERENCED • 3 - GENERAL_ERROR • 4 - SYSTEM_ERROR • 5 - REMOTE_RELEASE • 6 - BUSY • 7 - NO_ANSWER • 8 - SIT_DETECTED • 9 - ANSWERING_MACHINE • 10 - ALL_TRUNKS_BUSY • 11 - SIT_INVALID_NUM • 12 - SIT_VACANT • 13 - SIT_OPER_INTERCEPT' +
  '• 14- SIT_UNKNOWN• 15- SIT_NO_CIRCUIT• 16- SIT_REORDER• 17- SIT_FAX_DETECTED• 18- QUEUE_FULL• 19- CLEARED• 20- OVERFLOWED• 21- ABANDONED• 22- REDIRECTED• 23- FORWARDED• 24- CONSULT• 25- PICKEDUP• 26- DROPPED• 27- DROPPED_NO_ANSWER• 28- UNKNOWN• 29- COVERED• 30- CONVERSE_ON• 31- BRIDGED• 32- SILENCE• 33- ANSWER• 34- NU_TONE• 35- NO_DIAL_TONE• 36- NO_PROGRESS• 37- NO_RING_BACK• 38- NO_ESTABLISHED• 39- PAGER_DETECTED• 40- WRONG_PARTY• 41- DIAL_ERROR• 42- CALL_DROPPED_ERROR' +
  ' • 43- SWITCH_ERROR • 44- NO_FREE_PORT_ERROR • 45- TRANSFER_ERROR • 46- STALE • 47- AGT_CALLBACK_ERROR • 48- GRP_CALLBACK_ERROR • 49- DEAFENED • 50- HELD • 51- DO_NOT_CALL • 52- CANCEL_RECORD • 53- WRONG_NUMBER';
export const SEED_002_CALLBACK_TYPE_TEXT = '• 0-UNKNOWN • 1-ASAP • 2-SCHEDULED';

/** `"• 0-UNKNOWN • 1-RECEIVED"` → `[[0, 'UNKNOWN'], [1, 'RECEIVED']]`. */
export function seedNumberedList(text: string): Array<[number, string]> {
  return [...text.matchAll(/(\d+)\s*-\s*([A-Z_]+)/g)].map((m) => [Number(m[1]), m[2]]);
}
