import type { Messages } from '../messages.js';

export const interactionList: Messages['interactionList'] = {
  label: 'Interactions ouvertes',
  notConnected: 'Non connecté : aucun <agent-bridge> autour de cet élément.',
  empty: 'Aucune interaction ouverte',
  connectionDown:
    'La connexion à l’espace de travail est coupée : la liste montre ce qui était ouvert, et le changement attend son retour.',
  kinds: {
    callback: 'Rappel',
    webCallback: 'Rappel web',
    outboundRecord: 'Enregistrement sortant',
    inboundCall: 'Appel entrant',
    outboundCall: 'Appel sortant',
    consultation: 'Consultation',
    other: 'Interaction',
  },
  status: {
    ringing: 'Sonnerie',
    dialing: 'Numérotation',
    connected: 'Connecté',
    held: 'En attente',
    ready: 'Prêt à appeler',
    ended: 'Terminé',
    none: 'Inconnu',
  },
  unknownParty: 'interlocuteur inconnu',
  timer: {
    connected: (duration: string) => `en ligne depuis ${duration}`,
    talked: (duration: string) => `en ligne ${duration}`,
    arrived: (duration: string) => `arrivé il y a ${duration}`,
  },
  noCase: 'Cette interaction n’a pas de dossier à sélectionner.',
  select: (party: string) => `Passer à ${party}`,
};
