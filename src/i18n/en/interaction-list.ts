/** `<interaction-list>`. */
export const interactionList = {
  label: 'Open interactions',
  notConnected: 'Not connected: no <agent-bridge> around this element.',
  empty: 'No open interactions',
  connectionDown:
    'The workspace connection is down: the list shows what was open, and switching waits until it is back.',
  /** The kind of each interaction. */
  kinds: {
    callback: 'Callback',
    webCallback: 'Web callback',
    outboundRecord: 'Outbound record',
    inboundCall: 'Inbound call',
    outboundCall: 'Outbound call',
    consultation: 'Consultation',
    other: 'Interaction',
  },
  /** Its state (`callStatus`). */
  status: {
    ringing: 'Ringing',
    dialing: 'Dialing',
    connected: 'Connected',
    held: 'On hold',
    ready: 'Ready to call',
    ended: 'Ended',
    none: 'Unknown',
  },
  unknownParty: 'unknown party',
  /** The timer: connected (running), talked (the call ended), arrived (not connected yet, or no call). */
  timer: {
    connected: (duration: string) => `connected for ${duration}`,
    talked: (duration: string) => `talked ${duration}`,
    arrived: (duration: string) => `arrived ${duration} ago`,
  },
  /** Why a row can't be selected. */
  noCase: 'This interaction has no case to select.',
  /** The request's name in "… failed: …". */
  select: (party: string) => `Switch to ${party}`,
};
