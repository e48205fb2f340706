/** `<record-fields-editor>`: the outbound record's fields, its chain of numbers and the contact's clock. */
const plural = (n: number, one: string, many: string) =>
  n === 1 ? one : many.replace('#', String(n));

export const recordFields = {
  label: 'Outbound record',
  notConnected: 'Not connected: no <agent-bridge> around this element.',
  connectionDown:
    'The workspace connection is down: your edits stay here and can be saved when it is back.',
  noInteraction: 'No interaction is selected.',
  notOutbound: (id: string) => `Interaction ${id} carries no outbound record.`,
  loading: 'Loading the record’s fields…',
  loadFailed: (reason: string) => `The record’s fields could not be loaded: ${reason}`,
  retry: 'Try again',
  noFields: 'This record has no fields.',
  fieldsTitle: 'Record fields',
  required: 'required',
  readOnly: 'read-only',
  noOption: '— none —',
  yes: 'Yes',
  no: 'No',
  hints: {
    int: 'A whole number, digits only.',
    float: 'A number; use a dot for decimals (16.64).',
    char: 'Exactly one character.',
    varChar: (max: number) => `Up to ${max} characters.`,
    date: 'Month first, 24-hour clock: MM/DD/YYYY HH:MM, e.g. 03/17/2025 14:30.',
    time: '24-hour clock: HH:MM, e.g. 14:30.',
  },
  save: 'Save record',
  reset: 'Reset',
  saveAction: 'Saving the record',
  status: {
    clean: 'No unsaved changes.',
    dirty: (n: number) => plural(n, '1 unsaved change.', '# unsaved changes.'),
    invalid: (n: number) =>
      plural(n, '1 field needs attention before saving.', '# fields need attention before saving.'),
    saving: (n: number) => plural(n, 'Saving 1 field…', 'Saving # fields…'),
    saved: (n: number) => plural(n, 'Saved 1 field.', 'Saved # fields.'),
    failed: (reason: string) =>
      `Save failed: ${reason} Your edits are kept; save again when ready.`,
    restored: (n: number) =>
      plural(n, '1 unsaved change was restored.', '# unsaved changes were restored.'),
    memoryOnly:
      'This browser would not store your edits: they are kept while this page stays open, not after a reload.',
    nothingToSave: 'Nothing to save: no field was changed.',
    vetoed: 'This page held the save back: nothing was sent, your edits are kept.',
    reset: 'Your changes were discarded; the fields show the workspace’s values.',
    fieldRejected: (label: string) => `The workspace refused ${label}.`,
  },
  /** What is wrong with a field's text (`field-types.ts` FieldProblem keys). */
  problems: {
    required: (label: string) => `${label} is required: enter a value.`,
    intFraction: (text: string) => `Enter a whole number — ${text} has a fraction.`,
    intNotNumber: (text: string) => `Enter a whole number in digits — “${text}” is not one.`,
    intRange: (text: string) =>
      `${text} is too large: use a whole number between −9007199254740991 and 9007199254740991.`,
    separator: (text: string, suggestion: string) =>
      `Leave out the thousands separators: write ${suggestion}, not ${text}.`,
    decimalComma: (text: string, suggestion: string) =>
      `Use a dot for decimals: write ${suggestion}, not ${text}.`,
    floatNotNumber: (text: string) => `Enter a number such as 16.64 — “${text}” is not one.`,
    floatRange: (text: string) => `${text} is too large to be stored.`,
    charLength: (text: string, count: number) =>
      `Enter exactly one character — “${text}” has ${count}.`,
    varCharLength: (count: number, max: number) =>
      `Too long: ${count} characters, at most ${max}. Remove ${count - max}.`,
    dateFormat: (text: string) =>
      `Enter the date as MM/DD/YYYY HH:MM, e.g. 03/17/2025 14:30 — “${text}” is not in that form.`,
    dateNoTime: (text: string) => `Add the time after the date: ${text} HH:MM, e.g. ${text} 09:00.`,
    month: (month: number) =>
      `There is no month ${month}: the month comes first and goes from 01 to 12 (MM/DD/YYYY).`,
    day: (day: number, month: number, days: number) =>
      `Month ${String(month).padStart(2, '0')} has ${days} days — there is no day ${day}.`,
    leapDay: (year: number) => `${year} is not a leap year: February has 28 days.`,
    year: (year: number, min: number) => `Enter a year from ${min} — ${year} is too early.`,
    hour: (hour: number) => `Hours go from 00 to 23 — there is no hour ${hour}.`,
    hour24: 'Write midnight as 00:00 (24:00 is not accepted).',
    minute: (minute: number) => `Minutes go from 00 to 59 — there is no minute ${minute}.`,
    timeFormat: (text: string) =>
      `Enter the time as HH:MM on the 24-hour clock, e.g. 14:30 — “${text}” is not in that form.`,
    bool: (text: string) => `Tick or untick the box — “${text}” is not yes or no.`,
    enum: (text: string) => `Choose one of the listed options — “${text}” is not one of them.`,
    valueType: (valueType: string, fieldType: string) =>
      `This field can’t be saved: the workspace wants a ${valueType} for a ${fieldType} field.`,
  },
  /** A host rejection of `updateRecordFields`, mapped onto its field (`parseFieldErrorText` reasons). */
  host: {
    unknown: 'The workspace no longer has this field.',
    'not-editable': 'The workspace does not allow changing this field.',
    mandatory: 'The workspace requires a value in this field.',
    'value-type': 'The workspace refused the type of this value.',
    int: 'The workspace refused this value: it expects a whole number.',
    float: 'The workspace refused this value: it expects a number.',
    char: 'The workspace refused this value: it expects exactly one character.',
    'var-char': 'The workspace refused this value: it is too long.',
    date: 'The workspace refused this date: it expects MM/DD/YYYY HH:MM.',
    time: 'The workspace refused this time: it expects HH:MM.',
    bool: 'The workspace refused this value: it expects yes or no.',
    enum: 'The workspace refused this option.',
  },
  /** Seed 003 `GSW_PHONE_TYPE` codes: the chain's Type, and the field's options where the workspace gives these standard names. */
  phoneTypes: {
    0: 'None',
    1: 'Home Phone',
    2: 'Direct Business Phone',
    3: 'Business With Extension',
    4: 'Mobile',
    5: 'Vacation Phone',
    6: 'Pager',
    7: 'Modem',
    8: 'Voice Mail',
    9: 'Pin Pager',
    10: 'Email Address',
    11: 'Instant Messaging',
  },
  chain: {
    title: 'Numbers in this record’s chain',
    none: 'No other numbers in this chain.',
    phone: 'Number',
    phoneType: 'Type',
    attempts: 'Attempts',
    lastResult: 'Last result',
    actions: 'Actions',
    current: '(current)',
    unknown: '—',
    call: 'Call',
    callLabel: (phone: string) => `Call ${phone}`,
    callAction: (phone: string) => `Calling ${phone}`,
    loadFailed: (reason: string) => `The chain of records could not be loaded: ${reason}`,
  },
  clock: {
    title: 'Contact’s time',
    localTime: (time: string, zone: string) => `Local time: ${time} (${zone})`,
    window: (from: string, until: string) => `Calling window: ${from}–${until}`,
    inside: 'Within the calling window.',
    outside: 'Outside the calling window: do not call now.',
    unknownZone: 'The contact’s time zone is unknown.',
    loading: 'Loading time zones…',
  },
};
