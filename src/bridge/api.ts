/**
 * The Service Client API's data types and its request map: every method of the seed's ten
 * namespaces, as `"namespace.method"` → positional parameter tuple (in the seed's signature
 * order, without the two callbacks) → result type.
 *
 * Where the seed lost a name (garbled PDF tables) the choice is written beside the type.
 */
import type {
  CallType,
  Capability,
  Direction,
  FieldType,
  FrameState,
  InteractionState,
  MediaStateType,
  RecordingState,
  RescheduleType,
  RonaCallState,
  TargetType,
  ValueType,
} from './enums.js';

/** A user-data value as the workspace carries it: strings, numbers, booleans and nested key/value objects. */
export type UserDataValue = string | number | boolean | null | UserData | UserDataValue[];
export interface UserData {
  [key: string]: UserDataValue;
}

/** `agent.Agent`. The seed's table prints `employeed`; the text and the targets say `employeeId`. */
export interface Agent {
  employeeId: string;
  firstname: string;
  lastname: string;
  username: string;
}

/** `media.State`. `reason`/`reasonCode` come with NOT_READY_ACTION_CODE (agent STATE_CHANGED example). */
export interface MediaState {
  type: MediaStateType;
  displayName: string;
  operationName: string;
  reason?: string;
  reasonCode?: string;
}

/** `media.Device`. The second property's name was lost in the seed; we call it `dynamicNumber`. */
export interface Device {
  number?: string;
  dynamicNumber?: string;
}

/** `media.Media`. */
export interface Media {
  name: string;
  state: MediaState;
  /** Present on voice. */
  device?: Device;
}

/** `interaction.Party`. */
export interface Party {
  name: string;
}

/** `interaction.Contact`. */
export interface Contact {
  displayName?: string;
  firstname?: string;
  lastName?: string;
}

/** `interaction.Interaction`, with the fields the seed's examples add (capabilities, chained records…). */
export interface Interaction {
  interactionId: string;
  /** Seed type table: `parentInteraction`; the RECORDS_RETRIEVED example: `parentInteractionId`. */
  parentInteraction?: string | null;
  parentInteractionId?: string | null;
  caseId?: string;
  userData: UserData;
  state: InteractionState;
  previousState?: InteractionState;
  parties?: Party[];
  isConsultation?: boolean;
  isMainCaseInteraction?: boolean;
  isCaseSelected?: boolean;
  isCaseExpanded?: boolean;
  /** The channel: `voice`, `callback`, `webcallback`, `chat`, `email`… (the event's `media`). */
  media?: string;
  capabilities?: Capability[];
  callUuid?: string;
  direction?: Direction;
  callType?: CallType | string;
  ani?: string;
  dnis?: string;
  recordingState?: RecordingState;
  ronaCallState?: RonaCallState;
  interactionUUID?: string;
  connId?: string;
  contact?: Contact;
  startDate?: string | null;
  endDate?: string | null;
  /** Outbound: filled by RECORDS_RETRIEVED. */
  chainedRecords?: ChainedRecord[];
}

/** One record of an outbound chain, as in RECORDS_RETRIEVED / `getChainedRecords`. */
export interface ChainedRecord {
  [field: string]: string | number | boolean | null | undefined;
}

/** `configuration.Section`: option name → value, grouped by section name. */
export type ConfigurationSections = Record<string, Record<string, string | string[]>>;

/** `targetQuery` of transfer, conference and consult: a plain number or a typed target. */
export type TargetQuery =
  | string
  | {
      /** `singleStepTransfer`/`singleStepConference` name it `type`; `consult` names it `target`. Send both. */
      type?: TargetType;
      target?: TargetType;
      destination: string;
      media?: string;
    };

/**
 * `system.popupToast` / `system.updateToast` parameters. The seed's table lost the names of
 * the fields after `keyValues`; we chose `buttons`, `showDismiss`, `autoClose` (ms; > 0 closes
 * the toast by itself), `sticky` (stays until the agent acts), `sendToMyMessages` and `width`
 * (px, over `service-client-api.toast.width`). `updateToast`'s table spells `keyValue`; hosts
 * should accept both.
 */
export interface ToastParameters {
  title: string;
  icon?: string;
  subject?: string;
  message?: string;
  keyValues?: Record<string, string>;
  keyValue?: Record<string, string>;
  /** Shown in the seed's order: [Button 2] [Button 3] … [Button N] [Button 1]. */
  buttons?: string[];
  showDismiss?: boolean;
  autoClose?: number;
  sticky?: boolean;
  sendToMyMessages?: boolean;
  width?: number;
}

/** `system.openDialog` options. */
export interface DialogOptions {
  label?: string;
  width?: string;
  height?: string;
}

/** `system.updateViewInApplicationMenuBar` parameters. */
export interface MenuBarView {
  name: string;
  iconUrl?: string;
  label?: string;
  shortLabel?: string;
  tooltip?: string;
  labelColor?: string;
  backgroundColor?: string;
}

/** `outbound.Field`. The seed's sample once writes `type` for `fieldType`; read both. */
export interface RecordField {
  name: string;
  displayName?: string;
  value?: string | number | boolean | null;
  isMandatory: boolean;
  isEditable: boolean;
  /** enum fields: stored value → label. */
  options?: Record<string, string>;
  fieldType: FieldType;
  type?: FieldType;
  valueType: ValueType;
}

/** `outbound.getCampaigns` entry (the seed gives no shape; name and mode as in the campaign events). */
export interface Campaign {
  name: string;
  /** `loaded` or `running`. */
  status: 'loaded' | 'running';
  mode?: string;
}

/** `outbound.getChainedRecords` result, as in the seed's sample: a list of `{ records }`. */
export type ChainedRecordsResult = Array<{ records: ChainedRecord[] }>;

/** `auth.getJwtToken` result. */
export interface JwtToken {
  jwtToken: string;
  expiration: string;
}

/** Every request: name → [parameters, result]. */
export interface ServiceApi {
  // agent
  'agent.get': [[], Agent];
  'agent.getState': [[], MediaState];
  'agent.getStateList': [[], MediaState[]];
  'agent.setState': [[stateOperationName: string], void];
  // configuration
  'configuration.getOption': [[options: string | string[]], ConfigurationSections];
  'configuration.getContextualOption': [
    [options: string | string[], interactionId: string],
    ConfigurationSections,
  ];
  // email
  'email.create': [[destination: string, userData?: UserData], void];
  // interaction
  'interaction.completeConference': [[consultInteractionId: string], void];
  'interaction.completeTransfer': [[consultInteractionId: string], void];
  'interaction.consult': [
    [interactionId: string, targetQuery: TargetQuery, userData?: UserData, extensions?: UserData],
    void,
  ];
  'interaction.deleteUserData': [[interactionId: string, key: string], void];
  'interaction.getByInteractionId': [[interactionId: string], Interaction | null];
  'interaction.getInteractions': [[], Interaction[]];
  'interaction.selectCaseByCaseId': [[caseId: string], void];
  'interaction.setUserData': [[interactionId: string, keyValues: UserData], void];
  'interaction.markdone': [[interactionId: string], void];
  'interaction.blockMarkdone': [[interactionId: string, warningMessage: string], void];
  'interaction.unblockMarkdone': [[interactionId: string], void];
  'interaction.singleStepConference': [
    [interactionId: string, targetQuery: TargetQuery, userData?: UserData, extensions?: UserData],
    void,
  ];
  'interaction.singleStepTransfer': [
    [interactionId: string, targetQuery: TargetQuery, userData?: UserData, extensions?: UserData],
    void,
  ];
  'interaction.accept': [[interactionId: string], void];
  'interaction.reject': [[interactionId: string], void];
  // media
  'media.getMediaList': [[], Media[]];
  'media.getMediaByName': [[name: string], Media | null];
  'media.setState': [[name: string, stateOperationName: string], void];
  // system
  'system.amIVisible': [[], boolean];
  'system.closeDialog': [[dialogId: string], boolean];
  'system.closeToast': [[id: string], boolean];
  'system.closeViewInApplicationMenuBar': [[name: string], boolean];
  'system.getAllowedServices': [[], string[]];
  'system.isFrameLeading': [[], boolean];
  'system.isFrameFollowing': [[], boolean];
  'system.isFrameNegotiating': [[], boolean];
  'system.isFrameLeadingOrNegotiating': [[], boolean];
  'system.isLastActiveFrame': [[], boolean];
  'system.openDialog': [[url: string, options: DialogOptions], string | null];
  'system.popupToast': [[parameters: ToastParameters], string];
  'system.triggerActivity': [[], void];
  'system.updateViewInApplicationMenuBar': [[parameters: MenuBarView], string];
  'system.updateToast': [[id: string, parameters: Partial<ToastParameters>], boolean];
  // voice
  'voice.answer': [[interactionId: string], void];
  'voice.dial': [[destination: string, userData?: UserData], void];
  'voice.dialEx': [[destination: string, userData?: UserData, extensions?: UserData], void];
  'voice.hangUp': [[interactionId: string], void];
  'voice.hold': [[interactionId: string], void];
  'voice.resume': [[interactionId: string], void];
  'voice.pauseCallRecording': [[interactionId: string], void];
  'voice.resumeCallRecording': [[interactionId: string], void];
  'voice.startCallRecording': [[interactionId: string], void];
  'voice.stopCallRecording': [[interactionId: string], void];
  'voice.isMicrophoneMute': [[], boolean];
  'voice.muteMicrophone': [[], void];
  'voice.unmuteMicrophone': [[], void];
  'voice.isSpeakerMute': [[], boolean];
  'voice.muteSpeaker': [[], void];
  'voice.unmuteSpeaker': [[], void];
  // outbound
  'outbound.getCampaigns': [[], Campaign[]];
  'outbound.getPreviewRecord': [[campaignName: string], void];
  'outbound.callPreviewRecord': [[interactionId: string, recordHandle: number], void];
  'outbound.rejectPreviewRecord': [[], void];
  'outbound.cancelPreviewRecord': [[], void];
  'outbound.startDirectPushPreview': [[], void];
  'outbound.stopDirectPushPreview': [[], void];
  'outbound.getListOfCallResults': [[], Record<string, number>];
  'outbound.setCallResult': [[interactionId: string, callResult: string], void];
  'outbound.getCallResult': [[interactionId: string], number | null];
  'outbound.setDoNotCall': [[interactionId: string], void];
  'outbound.removeDoNotCall': [[interactionId: string], void];
  'outbound.rescheduleRecord': [
    [
      interactionId: string,
      recordHandle: number,
      rescheduleDate: string,
      callbackType: RescheduleType,
    ],
    void,
  ];
  'outbound.cancelReschedule': [[interactionId: string], void];
  'outbound.getChainedRecords': [[interactionId: string], ChainedRecordsResult];
  'outbound.getRecordFields': [[interactionId: string], RecordField[]];
  /** A `null` (or `''`) value clears a field that is not mandatory (seed: a mandatory one cannot be set null or empty). */
  'outbound.updateRecordFields': [
    [interactionId: string, recordData: Record<string, string | number | boolean | null>],
    void,
  ];
  // auth
  'auth.getJwtToken': [[], JwtToken];
  // messenger
  'messenger.broadcastMessage': [[channel: string, message: unknown], void];
}

export type RequestName = keyof ServiceApi;
export type Params<R extends RequestName> = ServiceApi[R][0];
export type Result<R extends RequestName> = ServiceApi[R][1];

/** The ten namespaces. */
export const NAMESPACES = [
  'agent',
  'configuration',
  'email',
  'interaction',
  'media',
  'system',
  'voice',
  'outbound',
  'auth',
  'messenger',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * Every request name, for tests and for `getAllowedServices`. Typed against `ServiceApi` so
 * that a method added to one and not the other fails to compile.
 */
export const REQUEST_NAMES = [
  'agent.get',
  'agent.getState',
  'agent.getStateList',
  'agent.setState',
  'configuration.getOption',
  'configuration.getContextualOption',
  'email.create',
  'interaction.completeConference',
  'interaction.completeTransfer',
  'interaction.consult',
  'interaction.deleteUserData',
  'interaction.getByInteractionId',
  'interaction.getInteractions',
  'interaction.selectCaseByCaseId',
  'interaction.setUserData',
  'interaction.markdone',
  'interaction.blockMarkdone',
  'interaction.unblockMarkdone',
  'interaction.singleStepConference',
  'interaction.singleStepTransfer',
  'interaction.accept',
  'interaction.reject',
  'media.getMediaList',
  'media.getMediaByName',
  'media.setState',
  'system.amIVisible',
  'system.closeDialog',
  'system.closeToast',
  'system.closeViewInApplicationMenuBar',
  'system.getAllowedServices',
  'system.isFrameLeading',
  'system.isFrameFollowing',
  'system.isFrameNegotiating',
  'system.isFrameLeadingOrNegotiating',
  'system.isLastActiveFrame',
  'system.openDialog',
  'system.popupToast',
  'system.triggerActivity',
  'system.updateViewInApplicationMenuBar',
  'system.updateToast',
  'voice.answer',
  'voice.dial',
  'voice.dialEx',
  'voice.hangUp',
  'voice.hold',
  'voice.resume',
  'voice.pauseCallRecording',
  'voice.resumeCallRecording',
  'voice.startCallRecording',
  'voice.stopCallRecording',
  'voice.isMicrophoneMute',
  'voice.muteMicrophone',
  'voice.unmuteMicrophone',
  'voice.isSpeakerMute',
  'voice.muteSpeaker',
  'voice.unmuteSpeaker',
  'outbound.getCampaigns',
  'outbound.getPreviewRecord',
  'outbound.callPreviewRecord',
  'outbound.rejectPreviewRecord',
  'outbound.cancelPreviewRecord',
  'outbound.startDirectPushPreview',
  'outbound.stopDirectPushPreview',
  'outbound.getListOfCallResults',
  'outbound.setCallResult',
  'outbound.getCallResult',
  'outbound.setDoNotCall',
  'outbound.removeDoNotCall',
  'outbound.rescheduleRecord',
  'outbound.cancelReschedule',
  'outbound.getChainedRecords',
  'outbound.getRecordFields',
  'outbound.updateRecordFields',
  'auth.getJwtToken',
  'messenger.broadcastMessage',
] as const satisfies readonly RequestName[];

/** Compile-time check that REQUEST_NAMES lists every key of ServiceApi. */
type Missing = Exclude<RequestName, (typeof REQUEST_NAMES)[number]>;
const allListed: Missing extends never ? true : Missing = true;
void allListed;

/**
 * Older hosts name the SIP endpoint mute methods `sipEndpoint.*` (PROTOCOL.md); a host accepts
 * both spellings and the client sends the seed's `voice.*`.
 */
export const LEGACY_REQUEST_ALIASES: Readonly<Record<string, RequestName>> = Object.freeze({
  'sipEndpoint.isMicrophoneMute': 'voice.isMicrophoneMute',
  'sipEndpoint.muteMicrophone': 'voice.muteMicrophone',
  'sipEndpoint.unmuteMicrophone': 'voice.unmuteMicrophone',
  'sipEndpoint.isSpeakerMute': 'voice.isSpeakerMute',
  'sipEndpoint.muteSpeaker': 'voice.muteSpeaker',
  'sipEndpoint.unmuteSpeaker': 'voice.unmuteSpeaker',
  'system.amlVisible': 'system.amIVisible',
});

export type { FrameState };
