/** Auth, messenger, email and campaign operations (seed 003). */
import type { JwtToken, UserData } from '../../bridge/api.js';
import type { OutboundEventType } from '../../bridge/enums.js';
import { fail, texts } from '../host-errors.js';
import type { Workspace } from '../workspace.js';
import { offerRecord } from './outbound.js';

const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** `auth.getJwtToken`: the same token while it is valid (one hour), then a new one. */
export function getJwtToken(ws: Workspace): JwtToken {
  const now = ws.clock.now();
  if (ws.jwt && Date.parse(ws.jwt.expiration) - now > 60_000) return { ...ws.jwt };
  const exp = now + 3600_000;
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      sub: ws.agent.username,
      employeeId: ws.agent.employeeId,
      iat: Math.floor(now / 1000),
      exp: Math.floor(exp / 1000),
    }),
  );
  ws.jwt = {
    jwtToken: `${header}.${payload}.c2ltdWxhdGVkLXNpZ25hdHVyZQ`,
    expiration: new Date(exp).toISOString(),
  };
  return { ...ws.jwt };
}

/** `messenger.broadcastMessage`: event `messenger:<channel>` with the message as `data`. */
export function broadcastMessage(ws: Workspace, channel: unknown, message: unknown): void {
  if (typeof channel !== 'string' || !channel) fail(texts.channel());
  ws.emit(`messenger:${channel}`, message === undefined ? null : message);
}

/** `email.create`: a new outbound email in state CREATED (ADDED, CREATED). */
export function createEmail(ws: Workspace, destination: unknown, userData: unknown): void {
  if (typeof destination !== 'string' || !destination.trim()) fail(texts.destination());
  const keys = ws.newCase();
  const ud: UserData =
    typeof userData === 'object' && userData !== null && !Array.isArray(userData)
      ? { ...(userData as UserData) }
      : {};
  ws.add(
    {
      interactionId: ws.nextInteractionId(),
      caseId: keys.caseId,
      parentInteraction: null,
      userData: { IW_CaseUid: keys.caseId, IW_BundleUid: keys.bundleId, ...ud },
      state: 'CREATED',
      previousState: 'UNKNOWN',
      parties: [{ name: destination.trim() }],
      isConsultation: false,
      isMainCaseInteraction: true,
      media: 'email',
      capabilities: ['MARK_DONE'],
      interactionUUID: `0001Ka9F${String(keys.caseId).slice(-8)}`,
      startDate: ws.nowIso(),
      endDate: null,
      sim: { kind: 'email', markdoneBlock: null },
    },
    'CREATED',
  );
}

/** Campaign life cycle (seed "Outbound campaign events"). */
export function campaignEvent(
  ws: Workspace,
  eventType: OutboundEventType,
  name: string,
  mode?: string,
): void {
  let c = ws.campaigns.find((x) => x.name === name);
  if (eventType === 'CampaignLoaded' && !c)
    ws.campaigns.push((c = { name, status: 'loaded', ...(mode ? { mode } : {}) }));
  if (!c) fail(texts.campaignNotFound(name));
  if (eventType === 'CampaignStarted')
    Object.assign(c, { status: 'running', ...(mode ? { mode } : {}) });
  if (eventType === 'CampaignStopped') c.status = 'loaded';
  if (eventType === 'CampaignUnloaded') ws.campaigns = ws.campaigns.filter((x) => x !== c);
  ws.emit('outbound', {
    eventType,
    campaign: name,
    ...(eventType === 'CampaignStarted' && c.mode ? { mode: c.mode } : {}),
  });
}

/** `outbound.getPreviewRecord(campaignName)`: a pull preview record of a running campaign. */
export function getPreviewRecord(ws: Workspace, name: unknown): void {
  const c = ws.campaigns.find((x) => x.name === name) ?? fail(texts.campaignNotFound(String(name)));
  if (c.status !== 'running') fail(texts.campaignNotRunning(c.name));
  offerRecord(ws, 'pull', c.name);
}
