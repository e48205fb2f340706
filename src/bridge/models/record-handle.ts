/**
 * Where an outbound record's interaction carries the record's handle (`GSW_RECORD_HANDLE`, seed
 * 003), unless the deployment renamed it (`OutboundKeys.recordHandle`, keys.ts). A module of its
 * own: `<call-actions>` looks for the key up front, and loads the record's readers only when a
 * case has it.
 */
export const RECORD_HANDLE_KEY = 'GSW_RECORD_HANDLE';
