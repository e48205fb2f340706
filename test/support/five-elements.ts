/** The kit's five elements, as a page mounts them together on one bridge (tests and the shift bench). */
export const FIVE_ELEMENTS = [
  'call-actions',
  'callback-preview',
  'disposition-picker',
  'record-fields-editor',
  'custom-toast',
] as const;

/** The five and `<interaction-list>`, the list of open interactions the others follow through. */
export const SIX_ELEMENTS = [...FIVE_ELEMENTS, 'interaction-list'] as const;
