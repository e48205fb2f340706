import type { Messages } from '../messages.js';

export const customToast: Messages['customToast'] = {
  show: 'Afficher',
  dismiss: 'Ignorer',
  ok: 'OK',
  severity: { info: 'Information', success: 'Réussite', warning: 'Avertissement', error: 'Erreur' },
  actions: (title) => `Actions pour ${title}`,
  details: 'Détails',
  announce: (severity, title, body) =>
    body ? `${severity} : ${title}. ${body}` : `${severity} : ${title}`,
  busy: (label) => `${label} en cours…`,
  errors: {
    show: (reason) => `Notification non affichée : ${reason}`,
    update: (reason) => `Notification non mise à jour : ${reason}`,
    close: (reason) => `Notification non fermée : ${reason}`,
    click: (reason) => `Bouton de notification ignoré : ${reason}`,
  },
  reasons: {
    notAnObject: 'ses paramètres ne sont pas un objet.',
    titleRequired: 'un titre est obligatoire.',
    invalidField: (field) => `le paramètre « ${field} » n’est pas valide.`,
    iconUrl: 'l’icône doit être une URL https:, http: ou data:image/.',
    notOpen: 'la notification n’est pas ouverte.',
    unknownToast: (id) => `l’espace de travail ne connaît pas la notification « ${id} ».`,
    unknownButton: (index) => `la notification n’a pas de bouton ${index}.`,
    vetoed: 'la page a annulé la demande.',
  },
};
