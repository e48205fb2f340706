/** `<custom-toast>` (and its page renderer): button words, announcements, error texts. */
export const customToast = {
  /** The seed's Show / Dismiss pair and the lone OK (`system.popupToast`). */
  show: 'Show',
  dismiss: 'Dismiss',
  ok: 'OK',
  severity: { info: 'Information', success: 'Success', warning: 'Warning', error: 'Error' },
  /** The group of buttons under the toast. */
  actions: (title: string) => `Actions for ${title}`,
  details: 'Details',
  /** Said by the live region when a toast appears or changes. */
  announce: (severity: string, title: string, body: string) =>
    body ? `${severity}: ${title}. ${body}` : `${severity}: ${title}`,
  /** While a button's action runs. */
  busy: (label: string) => `${label}…`,
  errors: {
    show: (reason: string) => `Toast not shown: ${reason}`,
    update: (reason: string) => `Toast not updated: ${reason}`,
    close: (reason: string) => `Toast not closed: ${reason}`,
    click: (reason: string) => `Toast button ignored: ${reason}`,
  },
  reasons: {
    notAnObject: 'its parameters are not an object.',
    titleRequired: 'a title is required.',
    invalidField: (field: string) => `the “${field}” parameter is not valid.`,
    iconUrl: 'the icon must be an https:, http: or data:image/ URL.',
    notOpen: 'the toast is not open.',
    unknownToast: (id: string) => `the workspace does not know toast “${id}”.`,
    unknownButton: (index: string) => `the toast has no button ${index}.`,
    vetoed: 'the page cancelled the request.',
  },
};
