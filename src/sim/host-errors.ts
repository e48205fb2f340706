/**
 * The host's own failure texts for operations the seed describes but whose error text it does
 * not quote. Each names what failed and why, as a real host's would ("Error: …", the form of
 * the seed's "Error: Interaction not found."). Handlers throw `HostFailure`; the host answers
 * with its message as `errorMessage`.
 */
export { INTERACTION_NOT_FOUND } from '../bridge/error-texts.js';

export class HostFailure extends Error {
  override name = 'HostFailure';
}

/** Throws a host failure with this exact text. */
export function fail(text: string): never {
  throw new HostFailure(text);
}

export const texts = {
  missingParameter: (name: string) => `Error: The parameter '${name}' is missing or invalid.`,
  notVoice: (id: string) => `Error: The interaction '${id}' is not a voice call.`,
  callCannot: (verb: string, state: string) =>
    `Error: The call cannot be ${verb} in state ${state}.`,
  recordingCannot: (verb: string, state: string) =>
    `Error: The call recording cannot be ${verb} in state ${state}.`,
  cannotAccept: (state: string) => `Error: The interaction cannot be accepted in state ${state}.`,
  cannotReject: (state: string) => `Error: The interaction cannot be rejected in state ${state}.`,
  cannotMarkDone: (state: string) =>
    `Error: The interaction cannot be marked done in state ${state}.`,
  dispositionMandatory: (key: string) =>
    `Error: A disposition code ('${key}') is mandatory before mark done.`,
  activeChildCall: (id: string) => `Error: The interaction '${id}' still has an active call.`,
  userDataOnIdle: (id: string) =>
    `Error: The user data of the voice interaction '${id}' can't be changed in state IDLE.`,
  userDataObject: () => 'Error: The user data must be an object of keys and values.',
  invalidTarget: (detail: string) => `Error: Invalid targetQuery: ${detail}.`,
  consultMedia: (media: string) =>
    `Error: A consultation on media '${media}' is not available for this interaction.`,
  notConsultation: (id: string) => `Error: The interaction '${id}' is not a consultation.`,
  consultNotReady: (state: string) =>
    `Error: The consultation cannot be completed in state ${state}.`,
  caseNotFound: (caseId: string) => `Error: Case not found: '${caseId}'.`,
  unknownState: (name: string) => `Error: Unknown state operation '${name}'.`,
  eventOnlyState: (name: string) => `Error: The state '${name}' can't be applied by code.`,
  unknownMedia: (name: string) => `Error: Unknown media '${name}'.`,
  toastTitle: () => 'Error: The toast title is required.',
  dialogOptions: () => "Error: The dialog options can't be null; pass {} when there are none.",
  viewName: () => 'Error: The view name is required.',
  viewContent: () => 'Error: The view needs an iconUrl or a label.',
  channel: () => 'Error: The channel must be a non-empty string.',
  destination: () => 'Error: The destination is required.',
  // outbound
  notOutbound: (id: string) => `Error: The interaction '${id}' is not an outbound interaction.`,
  campaignNotFound: (name: string) => `Error: Campaign '${name}' not found.`,
  campaignNotRunning: (name: string) => `Error: Campaign '${name}' is not running.`,
  noPreviewRecord: () => 'Error: There is no preview record to act on.',
  notPreviewing: (state: string) => `Error: The preview record cannot be called in state ${state}.`,
  recordNotInChain: (handle: unknown, id: string) =>
    `Error: Record '${String(handle)}' is not in the chain of interaction '${id}'.`,
  callResultNumber: (value: unknown) =>
    `Error: The call result must be a number string (got '${String(value)}').`,
  callResultUnknown: (value: unknown) => `Error: Unknown call result '${String(value)}'.`,
  doNotCallSet: (id: string) => `Error: "Do Not Call" is set for the interaction '${id}'.`,
  noCall: (id: string) => `Error: The interaction '${id}' has no active or completed call.`,
  rescheduleDate: (value: unknown) =>
    `Error: Invalid reschedule date '${String(value)}': expected MM/DD/YYYY HH:MM (a real date, 24-hour time).`,
  reschedulePast: (value: string, zone: string) =>
    `Error: The reschedule date '${value}' is in the past in the record's time zone (${zone}).`,
  rescheduleType: (value: unknown) =>
    `Error: Invalid callbackType '${String(value)}': expected CAMPAIGN or PERSONAL.`,
  notRescheduled: (id: string) => `Error: The record of interaction '${id}' is not rescheduled.`,
} as const;
