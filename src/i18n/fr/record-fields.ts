import type { Messages } from '../messages.js';

const plural = (n: number, one: string, many: string) =>
  n <= 1 ? one.replace('#', String(n)) : many.replace('#', String(n));

export const recordFields: Messages['recordFields'] = {
  label: 'Fiche sortante',
  notConnected: 'Non connecté : aucun <agent-bridge> autour de cet élément.',
  connectionDown:
    'La connexion à l’espace de travail est coupée : vos modifications restent ici et pourront être enregistrées à son retour.',
  noInteraction: 'Aucune interaction sélectionnée.',
  notOutbound: (id) => `L’interaction ${id} ne porte pas de fiche sortante.`,
  loading: 'Chargement des champs de la fiche…',
  loadFailed: (reason) => `Les champs de la fiche n’ont pas pu être chargés : ${reason}`,
  retry: 'Réessayer',
  noFields: 'Cette fiche n’a aucun champ.',
  fieldsTitle: 'Champs de la fiche',
  required: 'obligatoire',
  readOnly: 'lecture seule',
  noOption: '— aucun —',
  yes: 'Oui',
  no: 'Non',
  hints: {
    int: 'Un nombre entier, en chiffres.',
    float: 'Un nombre ; séparez les décimales par un point (16.64).',
    char: 'Un seul caractère.',
    varChar: (max) => `Jusqu’à ${max} caractères.`,
    date: 'Le mois d’abord, sur 24 heures : MM/JJ/AAAA HH:MM, p. ex. 03/17/2025 14:30.',
    time: 'Sur 24 heures : HH:MM, p. ex. 14:30.',
  },
  save: 'Enregistrer la fiche',
  reset: 'Rétablir',
  saveAction: 'Enregistrement de la fiche',
  status: {
    clean: 'Aucune modification en attente.',
    dirty: (n) => plural(n, '# modification non enregistrée.', '# modifications non enregistrées.'),
    invalid: (n) =>
      plural(
        n,
        '# champ à corriger avant d’enregistrer.',
        '# champs à corriger avant d’enregistrer.',
      ),
    saving: (n) => plural(n, 'Enregistrement de # champ…', 'Enregistrement de # champs…'),
    saved: (n) => plural(n, '# champ enregistré.', '# champs enregistrés.'),
    failed: (reason) =>
      `Échec de l’enregistrement : ${reason} Vos saisies sont conservées ; enregistrez de nouveau quand vous voulez.`,
    restored: (n) =>
      plural(
        n,
        '# modification non enregistrée a été restaurée.',
        '# modifications non enregistrées ont été restaurées.',
      ),
    memoryOnly:
      'Ce navigateur refuse de stocker vos saisies : elles sont gardées tant que la page reste ouverte, pas après un rechargement.',
    nothingToSave: 'Rien à enregistrer : aucun champ n’a changé.',
    vetoed:
      'Cette page a retenu l’enregistrement : rien n’a été envoyé, vos modifications sont conservées.',
    reset:
      'Vos modifications ont été abandonnées ; les champs montrent les valeurs de l’espace de travail.',
    fieldRejected: (label) => `L’espace de travail a refusé ${label}.`,
  },
  problems: {
    required: (label) => `${label} est obligatoire : saisissez une valeur.`,
    intFraction: (text) => `Saisissez un nombre entier — ${text} a une partie décimale.`,
    intNotNumber: (text) => `Saisissez un nombre entier en chiffres — « ${text} » n’en est pas un.`,
    intRange: (text) =>
      `${text} est trop grand : utilisez un entier entre −9007199254740991 et 9007199254740991.`,
    separator: (text, suggestion) =>
      `Retirez les séparateurs de milliers : écrivez ${suggestion}, pas ${text}.`,
    decimalComma: (text, suggestion) =>
      `Séparez les décimales par un point : écrivez ${suggestion}, pas ${text}.`,
    floatNotNumber: (text) => `Saisissez un nombre comme 16.64 — « ${text} » n’en est pas un.`,
    floatRange: (text) => `${text} est trop grand pour être enregistré.`,
    charLength: (text, count) => `Saisissez un seul caractère — « ${text} » en a ${count}.`,
    varCharLength: (count, max) =>
      `Trop long : ${count} caractères, ${max} au plus. Retirez-en ${count - max}.`,
    dateFormat: (text) =>
      `Saisissez la date sous la forme MM/JJ/AAAA HH:MM, p. ex. 03/17/2025 14:30 — « ${text} » n’a pas cette forme.`,
    dateNoTime: (text) => `Ajoutez l’heure après la date : ${text} HH:MM, p. ex. ${text} 09:00.`,
    month: (month) =>
      `Il n’y a pas de mois ${month} : le mois vient en premier, de 01 à 12 (MM/JJ/AAAA).`,
    day: (day, month, days) =>
      `Le mois ${String(month).padStart(2, '0')} a ${days} jours — il n’y a pas de jour ${day}.`,
    leapDay: (year) => `${year} n’est pas bissextile : février a 28 jours.`,
    year: (year, min) => `Saisissez une année à partir de ${min} — ${year} est trop tôt.`,
    hour: (hour) => `Les heures vont de 00 à 23 — il n’y a pas d’heure ${hour}.`,
    hour24: 'Écrivez minuit 00:00 (24:00 n’est pas accepté).',
    minute: (minute) => `Les minutes vont de 00 à 59 — il n’y a pas de minute ${minute}.`,
    timeFormat: (text) =>
      `Saisissez l’heure sous la forme HH:MM sur 24 heures, p. ex. 14:30 — « ${text} » n’a pas cette forme.`,
    bool: (text) => `Cochez ou décochez la case — « ${text} » n’est ni oui ni non.`,
    enum: (text) => `Choisissez une des options proposées — « ${text} » n’en fait pas partie.`,
    valueType: (valueType, fieldType) =>
      `Ce champ ne peut pas être enregistré : l’espace de travail attend un ${valueType} pour un champ ${fieldType}.`,
  },
  host: {
    unknown: 'L’espace de travail n’a plus ce champ.',
    'not-editable': 'L’espace de travail ne permet pas de modifier ce champ.',
    mandatory: 'L’espace de travail exige une valeur dans ce champ.',
    'value-type': 'L’espace de travail a refusé le type de cette valeur.',
    int: 'L’espace de travail a refusé cette valeur : il attend un nombre entier.',
    float: 'L’espace de travail a refusé cette valeur : il attend un nombre.',
    char: 'L’espace de travail a refusé cette valeur : il attend un seul caractère.',
    'var-char': 'L’espace de travail a refusé cette valeur : elle est trop longue.',
    date: 'L’espace de travail a refusé cette date : il attend MM/JJ/AAAA HH:MM.',
    time: 'L’espace de travail a refusé cette heure : il attend HH:MM.',
    bool: 'L’espace de travail a refusé cette valeur : il attend oui ou non.',
    enum: 'L’espace de travail a refusé cette option.',
  },
  phoneTypes: {
    0: 'Aucun',
    1: 'Téléphone du domicile',
    2: 'Ligne professionnelle directe',
    3: 'Professionnel avec poste',
    4: 'Mobile',
    5: 'Téléphone de vacances',
    6: 'Bipeur',
    7: 'Modem',
    8: 'Messagerie vocale',
    9: 'Bipeur à code PIN',
    10: 'Adresse e-mail',
    11: 'Messagerie instantanée',
  },
  chain: {
    title: 'Numéros de la chaîne de cette fiche',
    none: 'Aucun autre numéro dans cette chaîne.',
    phone: 'Numéro',
    phoneType: 'Type',
    attempts: 'Tentatives',
    lastResult: 'Dernier résultat',
    actions: 'Actions',
    current: '(en cours)',
    unknown: '—',
    call: 'Appeler',
    callLabel: (phone) => `Appeler le ${phone}`,
    callAction: (phone) => `Appel du ${phone}`,
    loadFailed: (reason) => `La chaîne de fiches n’a pas pu être chargée : ${reason}`,
  },
  clock: {
    title: 'Heure du contact',
    localTime: (time, zone) => `Heure locale : ${time} (${zone})`,
    window: (from, until) => `Plage d’appel : ${from}–${until}`,
    inside: 'Dans la plage d’appel.',
    outside: 'Hors de la plage d’appel : n’appelez pas maintenant.',
    unknownZone: 'Le fuseau horaire du contact est inconnu.',
    loading: 'Chargement des fuseaux horaires…',
  },
};
