export const dispositionPicker = {
  label: 'Disposition',
  required: 'required',
  notConnected: 'Not connected: no <agent-bridge> around this element.',
  connectionDown: 'The workspace connection is down: what you choose is saved when it is back.',
  noInteraction: 'No interaction to qualify yet.',
  unknownInteraction: (id: string) => `Interaction #${id} is not in the workspace.`,
  current: 'Disposition:',
  none: 'none chosen',
  notInList: (code: string) => `${code} (not in the list)`,
  clear: 'Clear',
  clearLabel: (label: string) => `Clear the disposition ${label}`,
  searchLabel: 'Find a code',
  searchHint:
    'Type part of a name or path (e.g. “sale/new”); Enter chooses the first match, ↓ moves to the list.',
  matches: (n: number) => (n === 1 ? '1 code matches.' : `${n} codes match.`),
  noMatch: (query: string) =>
    `No code matches “${query}”. Your search is kept; change it or clear it to see every code.`,
  treeLabel: 'Disposition codes',
  recentGroup: 'Recently used',
  noCodes: 'No disposition codes: the page gave none and the workspace has none configured.',
  codesInvalidJson: (detail: string) =>
    `The disposition codes given by the page could not be read (invalid JSON: ${detail}).`,
  codesInvalidShape:
    'The disposition codes given by the page could not be read: expected a list of codes or an object of code → label.',
  usingWorkspaceCodes: 'Showing the workspace’s codes instead.',
  codesSkipped: (details: string[]) =>
    `Some disposition entries were skipped: ${details.join('; ')}.`,
  entryProblem: (
    index: number,
    reason: 'no-code' | 'duplicate' | 'not-understood' | 'too-deep',
    value: string,
  ) => {
    const why = {
      'no-code': 'has no code',
      duplicate: 'repeats a code already listed',
      'not-understood': 'is neither a code nor a category',
      'too-deep': 'is nested too deep',
    }[reason];
    return `entry ${index} (${value}) ${why}`;
  },
  status: {
    empty: '',
    saved: 'Saved in the workspace',
    saving: 'Saving…',
    unsaved: 'Not saved in the workspace yet',
    failed: 'Not saved',
    local: 'Kept on this page only',
  },
  chosen: (label: string) => `Disposition ${label} chosen.`,
  savedCode: (label: string) => `Disposition ${label} saved.`,
  clearedCode: 'Disposition cleared.',
  savedNote: 'Note saved.',
  saveFailed: {
    code: (text: string) => `Saving the disposition failed: ${text}`,
    note: (text: string) => `Saving the note failed: ${text}`,
    callResult: (text: string) => `Setting the call result failed: ${text}`,
  },
  blockFailed: (text: string) => `Blocking mark done failed: ${text}`,
  retry: 'Retry',
  retryLabel: 'Retry saving what is not saved',
  restored: {
    code: 'The disposition chosen earlier is not saved in the workspace yet: retry to save it.',
    note: 'The note typed earlier is not saved in the workspace yet: retry to save it.',
    callResult: 'The call result chosen earlier is not set in the workspace yet: retry to set it.',
  },
  idle: 'The call has ended: the workspace accepts a disposition or note only during a live interaction. What you choose now is kept on this page only.',
  markdoneWarning: 'Choose a disposition code before marking this interaction done.',
  blocked: 'Mark done is blocked until a disposition is saved.',
  unblockedLocal: 'Mark done is allowed: the disposition you chose is kept on this page only.',
  notPersistent:
    'This browser does not keep drafts across a reload: keep this page open until everything is saved.',
  noteLabel: 'Note',
  noteHint: 'Saved as you type.',
  outbound: {
    label: 'Outbound record',
    callResult: 'Call result',
    chooseResult: 'Choose a call result',
    notCalled: 'Available once the record has been called.',
    dncBlocksResult: 'Do Not Call is set: the call result can’t be changed.',
    listFallback: (text: string) =>
      `The workspace’s list of call results could not be read (${text}); showing the standard list.`,
    savedResult: (label: string) => `Call result ${label} set.`,
    doNotCall: 'Do not call',
    confirmSet: 'Mark this contact Do Not Call? The campaign will not call this number again.',
    confirmRemove: 'Remove Do Not Call for this contact?',
    confirm: 'Confirm',
    cancel: 'Cancel',
    dncSet: 'Do Not Call set.',
    dncRemoved: 'Do Not Call removed.',
    dncFailed: (text: string) => `Setting Do Not Call failed: ${text}`,
    dncRemoveFailed: (text: string) => `Removing Do Not Call failed: ${text}`,
  },
};
