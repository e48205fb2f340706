import type { Messages } from '../messages.js';

export const actions: Messages['actions'] = {
  pending: (action) => `${action}…`,
  done: (action) => `${action} : fait.`,
  failed: (action, reason) => `${action} : échec. ${reason}`,
  reasons: {
    timeout: (seconds) => `L’espace de travail n’a pas répondu en ${seconds} s.`,
    disconnected:
      'La connexion à l’espace de travail est coupée ; réessayez quand elle sera rétablie.',
    closed: 'La connexion à l’espace de travail a été fermée.',
    unknown: (text) => text || 'Une erreur inattendue s’est produite.',
  },
};
