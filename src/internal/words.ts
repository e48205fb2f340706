/**
 * Something an element will say, kept as what to say (a catalogue entry and its parameters, in
 * a closure) rather than as text: it is worded each time it is rendered, in the element's
 * language then, so a language switch re-words a message already on screen ("Done failed: …"
 * becomes "Terminé : échec. …"). Elements store `Words`, never a string worded earlier.
 */
import type { Messages } from '../i18n/messages.js';

export type Words = (t: Messages, lang: string) => string;
