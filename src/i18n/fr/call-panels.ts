import type { Messages } from '../messages.js';

export const callPanels: Messages['callPanels'] = {
  target: {
    legend: 'Transférer, conférence ou consulter',
    kind: 'Type de cible',
    destination: 'Destination',
    kinds: {
      number: 'Numéro de téléphone',
      AGENT: 'Agent (identifiant)',
      AGENT_GROUP: 'Groupe d’agents',
      SKILL: 'Compétence',
      INTERACTION_QUEUE: 'File d’interactions',
      ROUTING_POINT: 'Point de routage',
      CUSTOM_CONTACT: 'Contact (numéro)',
    },
    errors: {
      empty: 'Saisissez une destination.',
      phone: 'Saisissez un numéro : des chiffres, éventuellement un + initial et des espaces.',
    },
  },
  keypad: {
    label: 'Clavier DTMF',
    hint: 'Clavier actif : tapez 0–9, *, #, A–D pour les envoyer ; les flèches passent d’une touche à l’autre.',
    keyNames: { '*': 'étoile', '#': 'dièse' },
    sent: (digits) => `Envoyé : ${digits}`,
    nothingSent: 'Aucun chiffre envoyé sur cet appel.',
    sending: (digits) => `Envoi de ${digits}…`,
  },
  reschedule: {
    legend: 'Replanifier le rappel',
    contactZone: (zone) => `Fuseau du contact : ${zone}`,
    window: (from, until) => `Plage d’appel : ${from}–${until} (heure du contact)`,
    date: 'Date (heure du contact)',
    time: 'Heure (heure du contact)',
    agentTime: (when) => `Votre heure : ${when}`,
    ambiguous: (first, second) =>
      `Cette heure existe deux fois ce jour-là ; c’est ${first} (et non ${second}).`,
    type: 'Type de rappel',
    types: { PERSONAL: 'Personnel (pour moi)', CAMPAIGN: 'Campagne (tout agent)' },
    submit: 'Replanifier',
    loading: 'Chargement des fuseaux horaires…',
    loadFailed: 'Les données de fuseaux horaires n’ont pas pu être chargées.',
    errors: {
      'empty-date': 'Saisissez une date.',
      'empty-time': 'Saisissez une heure.',
      'date-format': 'Saisissez la date au format AAAA-MM-JJ.',
      'time-format': 'Saisissez l’heure au format HH:MM (24 h).',
      'impossible-date': 'Cette date n’existe pas.',
      'impossible-time': 'Cette heure n’existe pas.',
      'skipped-time': (suggestion) =>
        `Cette heure n’existe pas ce jour-là dans le fuseau du contact (passage à l’heure d’été) ; ${suggestion} est la même heure après le changement.`,
      'no-zone': 'La fiche n’a pas de fuseau horaire.',
      past: 'Cette heure est passée.',
      'outside-window': (from, until) =>
        `Hors de la plage d’appel (${from}–${until}, heure du contact).`,
    },
  },
};
