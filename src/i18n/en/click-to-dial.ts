export const clickToDial = {
  /** The request's label in the status and error regions ("Dial +1 415-555-0123 failed: …"). */
  dial: (number: string) => `Dial ${number}`,
  dialing: (number: string) => `Dialing ${number}…`,
  connected: (number: string) => `Connected to ${number}`,
  invalid: (number: string) => `${number} is not a phone number that can be dialed.`,
  badUserData: 'The user data of this number is not a JSON object: nothing was dialed.',
  onCall: 'On a call: dialing is off until it ends.',
  notConnected: 'Not connected to the workspace: nothing was dialed.',
  confirm: (number: string) => `Call ${number}?`,
  confirmDial: 'Call',
  confirmCancel: 'Cancel',
};
