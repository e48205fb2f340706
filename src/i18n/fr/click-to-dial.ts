import type { Messages } from '../messages.js';

export const clickToDial: Messages['clickToDial'] = {
  dial: (number) => `Appeler le ${number}`,
  dialing: (number) => `Appel du ${number}…`,
  connected: (number) => `En ligne avec le ${number}`,
  invalid: (number) => `${number} n’est pas un numéro de téléphone que l’on peut appeler.`,
  badUserData: 'Les données de ce numéro ne sont pas un objet JSON : rien n’a été composé.',
  onCall: 'En communication : pas de nouvel appel avant la fin de celle-ci.',
  notConnected: 'Pas de connexion à l’espace de travail : rien n’a été composé.',
  confirm: (number) => `Appeler le ${number} ?`,
  confirmDial: 'Appeler',
  confirmCancel: 'Annuler',
};
