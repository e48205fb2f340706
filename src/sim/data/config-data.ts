/**
 * The simulated configuration (seed 003 "Configuration namespace"): the options the kit's
 * elements read, plus the seed's contextual-override example (`CaseDataColor`).
 */
import type { Sections } from '../config-options.js';

/** Disposition codes as a tree: `/` separates a folder from its code. */
export const DISPOSITION_CODES = [
  'Sale/New',
  'Sale/Upsell',
  'No sale/Not interested',
  'No sale/Too expensive',
  'No sale/Wrong number on file',
  'Callback requested',
  'Other',
];

export function defaultSections(): Sections {
  return {
    'interaction-workspace': {
      // seed: "You set interaction-workspace/interaction.case-data.frame-color="#FFBA00""
      'interaction.case-data.frame-color': '#FFBA00',
      'interaction.case-data.header-foreground-color': '#FFFFFF',
      'interaction.case-data.format-business-attribute': 'CaseData',
      'interaction.case-data.is-read-only-on-idle': 'false',
      'interaction.case-data.content': [
        'CustomerName',
        'AccountNumber',
        'IVR_Language',
        'IVR_CallReason',
      ],
      'interaction.override-option-key': 'IW_OverrideOptions',
      'interaction.disposition.key-name': 'DispositionCode',
      'interaction.disposition.is-mandatory': 'false',
      'interaction.disposition.is-read-only-on-idle': 'false',
      'interaction.disposition.use-attached-data': 'true',
      'interaction.disposition.value-business-attribute': [...DISPOSITION_CODES],
      'interaction.disposition.folder-separator': '/',
      'privilege.outbound.can-reschedule': 'true',
      'privilege.outbound.can-reschedule-before-call': 'true',
      'privilege.outbound.can-set-call-result': 'true',
      'privilege.outbound.can-mark-do-not-call': 'true',
      'privilege.outbound.can-reject-record': 'true',
      'privilege.outbound.can-cancel-record': 'true',
      'privilege.voice.can-answer-call': 'true',
      'privilege.voice.can-release-call': 'true',
      'privilege.voice.can-hold-retrieve-call': 'true',
      'privilege.voice.can-one-step-transfer': 'true',
      'privilege.voice.can-one-step-conference': 'true',
      'privilege.voice.can-two-step-transfer': 'true',
      'privilege.voice.can-two-step-conference': 'true',
      'privilege.email.can-mark-done': 'true',
      'privilege.webcallback.can-mark-done': 'true',
      'voice.auto-answer': 'false',
      'voice.mark-done-on-release': 'false',
      'voice.auto-answer.timer': '0',
      'outbound.call-result-is-mandatory': 'false',
      'outbound.timezone-display': 'true',
      'callback.reschedule-max-days': '14',
    },
    'service-client-api': {
      'service-client-api.toast.width': '360',
    },
    CustomSection: {
      'option.customer.customer.code': 'ACME-42',
    },
  };
}

/** Transaction objects whose annex overrides options (seed: the `CaseDataColor` example). */
export function defaultTransactions(): Record<string, Sections> {
  return {
    CaseDataColor: {
      'interaction-workspace': { 'interaction.case-data.frame-color': '#FF000088' },
    },
  };
}
