// A consumer's page, type-checked against the packed kit (scripts/consumer-check.mjs) with
// skipLibCheck false under nodenext and bundler resolution. It imports every entry of the
// package's "exports" (the check fails if one is missing here), creates every tag through
// document.createElement and reads a typed property and the typed `detail` of every event the
// manifest lists (the check fails if a tag or an event is missing here). The `adk-*` sub-elements
// live in the elements' shadow roots, not in a page: they are not here (Chromium sees them
// defined). Never run: types only.
import 'agent-desk-kit/agent-bridge';
import 'agent-desk-kit/callback-preview';
import 'agent-desk-kit/call-actions';
import 'agent-desk-kit/interaction-list';
import 'agent-desk-kit/disposition-picker';
import 'agent-desk-kit/record-fields-editor';
import 'agent-desk-kit/custom-toast';
import 'agent-desk-kit/click-to-dial';
import 'agent-desk-kit/bundle';
import 'agent-desk-kit/sim.bundle';
import {
  AgentBridge,
  showToast,
  type AgentBridgeStateElement,
  type CallActionResultDetail,
  type InteractionSelectResultDetail,
} from 'agent-desk-kit';
import { adoptTheme } from 'agent-desk-kit/theme';
import * as bridgeCore from 'agent-desk-kit/bridge';
import * as models from 'agent-desk-kit/models';
import * as sim from 'agent-desk-kit/sim';
import manifest from 'agent-desk-kit/custom-elements.json' with { type: 'json' };
import pkg from 'agent-desk-kit/package.json' with { type: 'json' };

/** `value` as its declared type, refused at compile time when that type is `any` or `unknown`. */
function typed<T>(value: 0 extends 1 & T ? never : unknown extends T ? never : T): T {
  return value;
}

export function page(): void {
  adoptTheme();
  typed<typeof AgentBridge>(AgentBridge);
  typed<string>(pkg.name);
  typed<string>(manifest.schemaVersion);
  typed<object>(bridgeCore);
  typed<object>(models);
  typed<object>(sim);

  const bridge = document.createElement('agent-bridge');
  typed<string>(bridge.hostOrigin);
  bridge.addEventListener('adk-bridge-ready', (e) => typed<AgentBridge>(e.detail.bridge));
  bridge.addEventListener('adk-bridge-error', (e) => typed<{ error: unknown }>(e.detail));
  typed<string[]>(bridge.screenPopKeys);
  bridge.addEventListener('adk-screen-pop', (e) => {
    typed<'callback' | 'web-callback' | 'outbound-record' | 'inbound-call'>(e.detail.kind);
    typed<string | null>(e.detail.party.number);
  });
  bridge.addEventListener('adk-interaction-log', (e) => {
    typed<number>(e.detail.durations.talk);
    typed<string | null>(e.detail.disposition.code);
  });

  const state = document.createElement('agent-bridge-state');
  typed<AgentBridgeStateElement>(state);

  const actions = document.createElement('call-actions');
  typed<string | null>(actions.interactionId);
  actions.addEventListener('adk-call-action', (e) => typed<string>(e.detail.action));
  actions.addEventListener('adk-call-action-result', (e) => {
    typed<boolean>(e.detail.ok);
    typed<CallActionResultDetail['action']>(e.detail.action);
  });

  const list = document.createElement('interaction-list');
  typed<string | null>(list.label);
  list.addEventListener('adk-interaction-select', (e) => typed<string>(e.detail.caseId));
  list.addEventListener('adk-interaction-select-result', (e) => {
    typed<boolean>(e.detail.ok);
    typed<InteractionSelectResultDetail['interactionId']>(e.detail.interactionId);
  });

  const preview = document.createElement('callback-preview');
  typed<string | null>(preview.interactionId);
  preview.addEventListener('adk-schedule-request', (e) => typed<string>(e.detail.date));
  preview.addEventListener('adk-schedule-request-result', (e) => typed<boolean>(e.detail.ok));
  preview.addEventListener('adk-callback-action', (e) => typed<string>(e.detail.interactionId));
  preview.addEventListener('adk-callback-action-result', (e) => typed<boolean>(e.detail.ok));

  const picker = document.createElement('disposition-picker');
  typed<boolean>(picker.required);
  picker.addEventListener('adk-disposition-select', (e) => typed<string | null>(e.detail.code));
  picker.addEventListener('adk-disposition-save', (e) => typed<boolean>(e.detail.local));
  picker.addEventListener('adk-disposition-save-result', (e) => typed<boolean>(e.detail.ok));
  picker.addEventListener('adk-do-not-call', (e) => typed<boolean>(e.detail.doNotCall));
  picker.addEventListener('adk-do-not-call-result', (e) => typed<boolean>(e.detail.ok));

  const editor = document.createElement('record-fields-editor');
  typed<string | null>(editor.interactionId);
  editor.addEventListener('adk-validity-change', (e) => typed<boolean>(e.detail.valid));
  editor.addEventListener('adk-record-save', (e) => typed<string>(e.detail.interactionId));
  editor.addEventListener('adk-record-save-result', (e) => typed<boolean>(e.detail.ok));

  const dial = document.createElement('click-to-dial');
  typed<string>(dial.defaultCountry);
  dial.addEventListener('adk-dial', (e) => typed<string>(e.detail.destination));
  dial.addEventListener('adk-dial-result', (e) => typed<boolean>(e.detail.ok));

  const toast = document.createElement('custom-toast');
  typed<string>(toast.severity);
  toast.addEventListener('adk-toast-request', (e) => typed<string>(e.detail.toastId));
  toast.addEventListener('adk-toast-request-result', (e) => typed<boolean>(e.detail.ok));
  toast.addEventListener('adk-toast-show', (e) => typed<string | undefined>(e.detail.workspaceId));
  toast.addEventListener('adk-toast-button-click', (e) => typed<number>(e.detail.index));
  toast.addEventListener('adk-toast-close', (e) => typed<string>(e.detail.reason));
  toast.addEventListener('adk-toast-error', (e) => typed<string>(e.detail.message));
  void showToast({ title: 'Saved', message: 'The record was saved.' });
}
