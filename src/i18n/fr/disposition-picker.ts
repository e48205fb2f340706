import type { Messages } from '../messages.js';

export const dispositionPicker: Messages['dispositionPicker'] = {
  label: 'Qualification',
  required: 'obligatoire',
  notConnected: 'Non connecté : aucun <agent-bridge> autour de cet élément.',
  connectionDown:
    'La connexion à l’espace de travail est coupée : votre choix sera enregistré à son retour.',
  noInteraction: 'Aucune interaction à qualifier pour l’instant.',
  unknownInteraction: (id) => `L’interaction n° ${id} n’est pas dans l’espace de travail.`,
  current: 'Qualification :',
  none: 'aucune choisie',
  notInList: (code) => `${code} (absent de la liste)`,
  clear: 'Effacer',
  clearLabel: (label) => `Effacer la qualification ${label}`,
  searchLabel: 'Chercher un code',
  searchHint:
    'Tapez une partie d’un nom ou d’un chemin (p. ex. « vente/nouvelle ») ; Entrée choisit le premier résultat, ↓ passe à la liste.',
  matches: (n) => (n <= 1 ? `${n} code correspond.` : `${n} codes correspondent.`),
  noMatch: (query) =>
    `Aucun code ne correspond à « ${query} ». Votre recherche est conservée ; modifiez-la ou effacez-la pour voir tous les codes.`,
  treeLabel: 'Codes de qualification',
  recentGroup: 'Utilisés récemment',
  noCodes:
    'Aucun code de qualification : la page n’en fournit pas et l’espace de travail n’en configure aucun.',
  codesInvalidJson: (detail) =>
    `Les codes de qualification fournis par la page sont illisibles (JSON invalide : ${detail}).`,
  codesInvalidShape:
    'Les codes de qualification fournis par la page sont illisibles : une liste de codes ou un objet code → libellé est attendu.',
  usingWorkspaceCodes: 'Les codes de l’espace de travail sont affichés à la place.',
  codesSkipped: (details) =>
    `Certaines entrées de qualification ont été ignorées : ${details.join(' ; ')}.`,
  entryProblem: (index, reason, value) => {
    const why = {
      'no-code': 'n’a pas de code',
      duplicate: 'répète un code déjà listé',
      'not-understood': 'n’est ni un code ni une catégorie',
      'too-deep': 'est trop profondément imbriquée',
    }[reason];
    return `l’entrée ${index} (${value}) ${why}`;
  },
  status: {
    empty: '',
    saved: 'Enregistrée dans l’espace de travail',
    saving: 'Enregistrement…',
    unsaved: 'Pas encore enregistrée dans l’espace de travail',
    failed: 'Non enregistrée',
    local: 'Conservée sur cette page seulement',
  },
  chosen: (label) => `Qualification ${label} choisie.`,
  savedCode: (label) => `Qualification ${label} enregistrée.`,
  clearedCode: 'Qualification effacée.',
  savedNote: 'Note enregistrée.',
  saveFailed: {
    code: (text) => `L’enregistrement de la qualification a échoué : ${text}`,
    note: (text) => `L’enregistrement de la note a échoué : ${text}`,
    callResult: (text) => `La définition du résultat d’appel a échoué : ${text}`,
  },
  blockFailed: (text) => `Le blocage de la clôture a échoué : ${text}`,
  retry: 'Réessayer',
  retryLabel: 'Réessayer d’enregistrer ce qui ne l’est pas',
  restored: {
    code: 'La qualification choisie plus tôt n’est pas encore enregistrée dans l’espace de travail : réessayez pour l’enregistrer.',
    note: 'La note saisie plus tôt n’est pas encore enregistrée dans l’espace de travail : réessayez pour l’enregistrer.',
    callResult:
      'Le résultat d’appel choisi plus tôt n’est pas encore défini dans l’espace de travail : réessayez pour le définir.',
  },
  idle: 'L’appel est terminé : l’espace de travail n’accepte une qualification ou une note que pendant une interaction en cours. Ce que vous choisissez maintenant est conservé sur cette page seulement.',
  markdoneWarning: 'Choisissez un code de qualification avant de clôturer cette interaction.',
  blocked: 'La clôture est bloquée jusqu’à ce qu’une qualification soit enregistrée.',
  unblockedLocal:
    'La clôture est permise : la qualification choisie est conservée sur cette page seulement.',
  notPersistent:
    'Ce navigateur ne conserve pas les brouillons après un rechargement : gardez cette page ouverte jusqu’à ce que tout soit enregistré.',
  noteLabel: 'Note',
  noteHint: 'Enregistrée pendant la saisie.',
  outbound: {
    label: 'Fiche sortante',
    callResult: 'Résultat d’appel',
    chooseResult: 'Choisir un résultat d’appel',
    notCalled: 'Disponible une fois la fiche appelée.',
    dncBlocksResult:
      '« Ne pas appeler » est activé : le résultat d’appel ne peut plus être modifié.',
    listFallback: (text) =>
      `La liste des résultats d’appel de l’espace de travail est illisible (${text}) ; la liste standard est affichée.`,
    savedResult: (label) => `Résultat d’appel ${label} défini.`,
    doNotCall: 'Ne pas appeler',
    confirmSet: 'Marquer ce contact « Ne pas appeler » ? La campagne n’appellera plus ce numéro.',
    confirmRemove: 'Retirer « Ne pas appeler » pour ce contact ?',
    confirm: 'Confirmer',
    cancel: 'Annuler',
    dncSet: '« Ne pas appeler » activé.',
    dncRemoved: '« Ne pas appeler » retiré.',
    dncFailed: (text) => `L’activation de « Ne pas appeler » a échoué : ${text}`,
    dncRemoveFailed: (text) => `Le retrait de « Ne pas appeler » a échoué : ${text}`,
  },
};
