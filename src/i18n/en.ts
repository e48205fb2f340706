/**
 * The kit's English strings: every visible or announced text of every element comes from here.
 * A translation implements the same `Messages` type (functions keep their parameters), so a
 * missing or misspelt message fails to compile.
 */
export const en = {
  bridgeState: {
    label: 'Workspace connection',
    notConnected: 'Not connected: no <agent-bridge> around this element.',
    connection: { up: 'Connected', DISCONNECTED: 'Disconnected from the workspace server', DOWN: 'Workspace server down' },
    sync: { idle: 'Not synced yet', syncing: 'Syncing…', ready: 'Synced', failed: 'Sync failed' },
    syncError: (part: string, text: string) => `${part}: ${text}`,
    agent: 'Agent',
    agentState: 'State',
    frameState: 'Tab',
    noAgent: 'Unknown agent',
    interactions: 'Interactions',
    noInteractions: 'No interactions',
    interactionRow: (id: string, media: string, state: string) => `#${id} · ${media} · ${state}`,
    selected: 'selected case',
    markdoneBlocked: (warning: string) => `Mark done blocked: ${warning}`,
    campaigns: 'Campaigns',
  },
} as const;

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string
  : T extends string ? string
  : { [K in keyof T]: Widen<T[K]> };

/** The shape every catalogue implements. */
export type Messages = Widen<typeof en>;
