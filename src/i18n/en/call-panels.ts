/** `<call-actions>`' panels: the target form, the DTMF keypad and the reschedule form (loaded with them). */
export const callPanels = {
  target: {
    legend: 'Transfer, conference or consult',
    kind: 'Target type',
    destination: 'Destination',
    kinds: {
      number: 'Phone number',
      AGENT: 'Agent (employee id)',
      AGENT_GROUP: 'Agent group',
      SKILL: 'Skill',
      INTERACTION_QUEUE: 'Interaction queue',
      ROUTING_POINT: 'Routing point',
      CUSTOM_CONTACT: 'Custom contact (number)',
    },
    errors: {
      empty: 'Enter a destination.',
      phone: 'Enter a phone number: digits, optionally a leading + and spaces.',
    },
  },
  keypad: {
    label: 'DTMF keypad',
    hint: 'With the keypad focused, type 0–9, *, #, A–D to send them; arrow keys move between keys.',
    keyNames: { '*': 'star', '#': 'pound' } as Record<string, string>,
    sent: (digits: string) => `Sent: ${digits}`,
    nothingSent: 'No digits sent on this call.',
    sending: (digits: string) => `Sending ${digits}…`,
  },
  reschedule: {
    legend: 'Reschedule the callback',
    contactZone: (zone: string) => `Contact’s time zone: ${zone}`,
    window: (from: string, until: string) => `Calling window: ${from}–${until} (contact’s time)`,
    date: 'Date (contact’s time)',
    time: 'Time (contact’s time)',
    agentTime: (when: string) => `Your time: ${when}`,
    ambiguous: (first: string, second: string) =>
      `This time happens twice on that day; ${first} is meant (not ${second}).`,
    type: 'Callback type',
    types: { PERSONAL: 'Personal (to me)', CAMPAIGN: 'Campaign (any agent)' },
    submit: 'Reschedule',
    loading: 'Loading time zones…',
    loadFailed: 'The time-zone data could not be loaded.',
    errors: {
      'empty-date': 'Enter a date.',
      'empty-time': 'Enter a time.',
      'date-format': 'Enter the date as YYYY-MM-DD.',
      'time-format': 'Enter the time as HH:MM (24-hour).',
      'impossible-date': 'This date does not exist.',
      'impossible-time': 'This time does not exist.',
      'skipped-time': (suggestion: string) =>
        `This time does not exist on that day in the contact’s zone (clocks move forward); ${suggestion} is the same time after the change.`,
      'no-zone': 'The record has no time zone.',
      past: 'This time is in the past.',
      'outside-window': (from: string, until: string) =>
        `Outside the calling window (${from}–${until}, contact’s time).`,
    },
  },
};
