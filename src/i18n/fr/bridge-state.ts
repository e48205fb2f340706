import type { Messages } from '../messages.js';

export const bridgeState: Messages['bridgeState'] = {
  label: 'Connexion à l’espace de travail',
  notConnected: 'Non connecté : aucun <agent-bridge> autour de cet élément.',
  connection: {
    up: 'Connecté',
    DISCONNECTED: 'Déconnecté du serveur de l’espace de travail',
    DOWN: 'Serveur de l’espace de travail indisponible',
  },
  sync: {
    idle: 'Pas encore synchronisé',
    syncing: 'Synchronisation…',
    ready: 'Synchronisé',
    failed: 'Échec de la synchronisation',
  },
  syncError: (part, text) => `${part} : ${text}`,
  agent: 'Agent',
  agentState: 'État',
  frameState: 'Onglet',
  noAgent: 'Agent inconnu',
  interactions: 'Interactions',
  noInteractions: 'Aucune interaction',
  interactionRow: (id, media, state) => `n° ${id} · ${media} · ${state}`,
  selected: 'dossier sélectionné',
  markdoneBlocked: (warning) => `Clôture bloquée : ${warning}`,
  campaigns: 'Campagnes',
};
