/** Shared by every element that sends requests (`src/internal/requests.ts`): pending, done, failed and why. */
export const actions = {
  pending: (action: string) => `${action}…`,
  done: (action: string) => `${action}: done.`,
  failed: (action: string, reason: string) => `${action} failed: ${reason}`,
  reasons: {
    timeout: (seconds: string) => `The workspace did not answer within ${seconds} s.`,
    disconnected: 'The workspace connection is down; try again once it is back.',
    closed: 'The connection to the workspace was closed.',
    unknown: (text: string) => text || 'An unexpected error occurred.',
  },
};
