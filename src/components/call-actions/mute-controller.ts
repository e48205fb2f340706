/**
 * The microphone and speaker mute states `<call-actions>` shows: always what the workspace
 * reports (`voice.isMicrophoneMute` / `isSpeakerMute`), read when a bridge is ready, after each
 * (re)sync, and after each toggle whatever its answer; never assumed from a request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BridgeState, Change } from '../../bridge/state.js';
import type { AgentBridge } from '../../bridge/store.js';
import type { Words } from '../../internal/words.js';
import type { Device, MuteState } from './call-requests.js';
import type { PlanOf } from './call-sender.js';

/** Reads both mute states from the workspace (`voice.isMicrophoneMute` / `isSpeakerMute`); unknown stays null. */
export async function readMute(bridge: AgentBridge): Promise<MuteState> {
  const read = (name: 'voice.isMicrophoneMute' | 'voice.isSpeakerMute') =>
    bridge.request(name).then(
      (v) => (typeof v === 'boolean' ? v : null),
      () => null,
    );
  const [microphone, speaker] = await Promise.all([
    read('voice.isMicrophoneMute'),
    read('voice.isSpeakerMute'),
  ]);
  return { microphone, speaker };
}

export class MuteController implements ReactiveController {
  state: MuteState = { microphone: null, speaker: null };
  private readFor: AgentBridge | undefined;
  /** Settles when the element leaves the page: every read in progress stops waiting then. */
  private gone: Promise<void> | undefined;
  private leave: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly bridge: () => AgentBridge | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The request that flips `device` during call `callId` (call-requests.ts, loaded with the first
   * action), then reads both states again; and its label ("Unmute …" when muted).
   */
  toggle(device: Device, callId: string): { plan: PlanOf; label: Words } {
    const muted = this.state[device] === true;
    return {
      plan: (p) => p.planMuteToggle(device, muted, callId, (b) => this.read(b)),
      label: (t) => (muted ? t.callActions.unmute[device] : t.callActions.actions[device]),
    };
  }

  /** From the bridge's change feed: re-read after a (re)sync. */
  onBridgeChange(state: BridgeState, change: Change): void {
    if (change.kind === 'sync' && state.sync === 'ready') this.readFor = undefined;
  }

  hostUpdated(): void {
    const bridge = this.bridge();
    if (bridge && bridge !== this.readFor && bridge.state.sync === 'ready') void this.read(bridge);
  }

  hostDisconnected(): void {
    this.readFor = undefined;
    this.leave?.();
    this.gone = undefined;
  }

  /**
   * Reads both states from the workspace, and re-renders. Once the element has left the page it
   * stops waiting (a late answer would keep it alive until then) and writes nothing to it.
   */
  async read(bridge: AgentBridge): Promise<void> {
    this.readFor = bridge;
    this.gone ??= new Promise<void>((r) => (this.leave = r));
    const state = await Promise.race([readMute(bridge), this.gone]);
    if (!state || this.readFor !== bridge) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
