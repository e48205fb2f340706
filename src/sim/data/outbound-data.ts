/**
 * Outbound data from the seed's samples (seed 003 "Chain of records events",
 * `getChainedRecords`, `getRecordFields`): the chain of records 283/284 of the campaign
 * "Outbound Campaign Custom", the preview's user data, and record fields of all eight types.
 *
 * The `getRecordFields` sample's values are kept as the seed prints them: its time field holds
 * "10.15" (the type table says `HH:MM`; both forms are read, and a value is written back in
 * the form the record used). Two choices, written down: the sample names that field `GWS_FROM`
 * where the record, the chain and the `updateRecordFields` sample say `GSW_FROM` (we read
 * `GSW_FROM`); and it marks it not editable while the `updateRecordFields` sample writes it
 * among "the following system fields" you can update (lost from the table) — we follow the
 * update sample, so the seed's own request succeeds here.
 */
import type { Campaign, ChainedRecord, RecordField, UserData } from '../../bridge/api.js';
import { PHONE_TYPES } from '../../bridge/enums.js';

export const CAMPAIGNS: readonly Campaign[] = [
  { name: 'Outbound Campaign Custom', status: 'running', mode: 'Preview' },
  { name: 'Offer of the Month', status: 'loaded', mode: 'Predictive GVP' },
];

/** The seed's RECORDS_RETRIEVED chain, one copy per call; `n` shifts handles and phones. */
export function seedChain(n = 0): ChainedRecord[] {
  const handle = 283 + 2 * n;
  const base = {
    Custom_Character: 'c',
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
    GSW_CHAIN_ID: 3 + n,
    GSW_CONTACT_MEDIA_TYPE: 'voice',
    GSW_FROM: 0,
    GSW_PHONE_TYPE: 1,
    GSW_SWITCH_DBID: 101,
    GSW_TZ_NAME: 'ACT',
    GSW_TZ_OFFSET: 34200,
    GSW_UNTIL: 86399,
    InteractionSubtype: 'OutboundNew',
    InteractionType: 'Outbound',
  };
  return [
    {
      ...base,
      Custom_Datetime: '2021-03-17 14:42:39',
      Custom_Float: '16.64',
      Custom_String_with_default: 'Hi there!',
      GSW_CALL_ATTEMPT_GUID: '003DC7H6HG84DBRT1KMIF1TAES000031',
      GSW_CAMPAIGN_GROUP_NAME: 'Outbound Campaign Custom@Agent Group Outbound',
      GSW_CAMPAIGN_NAME: 'Outbound Campaign Custom',
      GSW_PHONE: n ? `+3364700${5 + 2 * n}` : '+33647005',
      GSW_RECORD_HANDLE: handle,
      GSW_REFERENCE_ID: 3 + 2 * n,
      GSW_USER_EVENT: 'PreviewRecord',
      IW_BundleUid: '27458420-0348-4345-c693-45bd95b5c81f',
      IW_CaseUid: caseUidFor(n),
      WWE_OUTBOUND_CAMP_TYPE: 'PreviewRecord',
    },
    {
      ...base,
      Custom_Datetime: '2021-03-17 14:42:32',
      Custom_Float: '51.69',
      Custom_String_with_default: 'Hello General Kenobi',
      GSW_PHONE: n ? `+3364700${4 + 2 * n}` : '+33647004',
      GSW_RECORD_HANDLE: handle + 1,
      GSW_REFERENCE_ID: 4 + 2 * n,
      GSW_USER_EVENT: 'ChainedRecord',
    },
  ];
}

/** The seed's case id for the first record; later copies get their own. */
export function caseUidFor(n: number): string {
  return n === 0
    ? 'a26f59d2-2979-43c5-5c1d-b0757f9ab077'
    : `a26f59d2-2979-43c5-5c1d-${String(n).padStart(12, '0')}`;
}

/** The preview interaction's user data: the seed's sample (every value a string, as WWE sends). */
export function seedPreviewUserData(chain: ChainedRecord[], campType = 'PreviewRecord'): UserData {
  const r = chain[0];
  return {
    GSW_PHONE: String(r.GSW_PHONE),
    GSW_PHONE_TYPE: '1',
    Custom_Character: 'c',
    Custom_Datetime: String(r.Custom_Datetime),
    Custom_Float: String(r.Custom_Float),
    Custom_Integer: '0',
    Custom_String_with_default: String(r.Custom_String_with_default),
    Custom_VarChar: '',
    GSW_FROM: '0',
    GSW_UNTIL: '86399',
    GSW_TZ_OFFSET: '34200',
    GSW_CALLING_LIST: 'Calling List Custom',
    GSW_CAMPAIGN_NAME: 'Outbound Campaign Custom',
    InteractionType: 'Outbound',
    InteractionSubtype: 'OutboundNew',
    GSW_RECORD_HANDLE: String(r.GSW_RECORD_HANDLE),
    GSW_APPLICATION_ID: '139',
    GSW_CAMPAIGN_GROUP_DBID: '101',
    GSW_CALLING_LIST_DBID: '101',
    GSW_CAMPAIGN_GROUP_NAME: 'Outbound Campaign Custom@Agent Group Outbound',
    GSW_CAMPAIGN_GROUP_DESCRIPTION: '',
    GSW_CHAIN_ID: String(r.GSW_CHAIN_ID),
    GSW_ATTEMPTS: '0',
    GSW_CALL_RESULT: '28',
    GSW_TZ_NAME: 'ACT',
    GSW_CALL_ATTEMPT_GUID: '003DC7H6HG84DBRT1KMIF1AES000031',
    GSW_CONTACT_MEDIA_TYPE: 'voice',
    GSW_REFERENCE_ID: String(r.GSW_REFERENCE_ID),
    GSW_SWITCH_DBID: '101',
    GSW_USER_EVENT: 'PreviewRecord',
    GSW_AGENT_ID: '+33298025000',
    WWE_OUTBOUND_CAMP_TYPE: campType,
    IW_BundleUid: '27458420-0348-4345-c693-45bd95b5c81f',
    IW_CaseUid: String(r.IW_CaseUid),
  };
}

/**
 * The record's fields, one or more of each of the eight field types. The first three are the
 * seed's `getRecordFields` sample (see the note above for GSW_FROM).
 */
export function seedRecordFields(): RecordField[] {
  return [
    {
      name: 'GSW_FROM',
      displayName: 'Call From',
      value: '10.15',
      isMandatory: true,
      isEditable: true,
      fieldType: 'time',
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
      value: 1,
      isEditable: true,
      isMandatory: false,
      options: { ...PHONE_TYPES },
      fieldType: 'enum',
      valueType: 'number',
    },
    {
      name: 'GSW_UNTIL',
      displayName: 'Call Until',
      value: '23:45',
      isMandatory: false,
      isEditable: true,
      fieldType: 'time',
      valueType: 'string',
    },
    {
      name: 'Custom_Integer',
      displayName: 'Number of lines',
      value: 0,
      isMandatory: true,
      isEditable: true,
      fieldType: 'int',
      valueType: 'number',
    },
    {
      name: 'Custom_Float',
      displayName: 'Monthly spend',
      value: 16.64,
      isMandatory: false,
      isEditable: true,
      fieldType: 'float',
      valueType: 'number',
    },
    {
      name: 'Custom_Character',
      displayName: 'Segment',
      value: 'c',
      isMandatory: false,
      isEditable: true,
      fieldType: 'char',
      valueType: 'string',
    },
    {
      name: 'Custom_VarChar',
      displayName: 'Notes',
      value: '',
      isMandatory: false,
      isEditable: true,
      fieldType: 'var-char',
      valueType: 'string',
    },
    {
      name: 'Custom_String_with_default',
      displayName: 'Greeting',
      value: 'Hi there!',
      isMandatory: true,
      isEditable: true,
      fieldType: 'var-char',
      valueType: 'string',
    },
    {
      name: 'Custom_Datetime',
      displayName: 'Last contact',
      value: '03/17/2021 14:42',
      isMandatory: false,
      isEditable: true,
      fieldType: 'date',
      valueType: 'string',
    },
    {
      name: 'Custom_Opt_In',
      displayName: 'Opted in',
      value: false,
      isMandatory: false,
      isEditable: true,
      fieldType: 'bool',
      valueType: 'boolean',
    },
    {
      name: 'GSW_PHONE',
      displayName: 'Phone',
      value: '+33647005',
      isMandatory: true,
      isEditable: false,
      fieldType: 'var-char',
      valueType: 'string',
    },
  ];
}
