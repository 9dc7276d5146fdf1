import type { Catalog } from './en.js';

export const fr = {
  import: {
    reading: 'Lecture de {{archive}}',
    done: '{{archive}} importé',
    owner: 'Titulaire : {{name}} {{url}}',
    connections:
      'Relations : {{total}} dans votre réseau ({{hidden}} profils masqués) — {{added}} ajoutées, {{updated}} modifiées, {{removed}} retirées, {{unchanged}} inchangées',
    invitations:
      'Invitations : {{incoming}} reçues, {{outgoing}} envoyées — {{pendingIncoming}} en attente, {{added}} nouvelles',
    messages: 'Messages : {{total}} dans {{conversations}} conversations — {{added}} nouveaux',
    other:
      'Recommandations de compétences : {{endorsements}} · Recommandations : {{received}} reçues, {{given}} données',
    skipped: 'Fichiers non importés : {{files}}',
    issues_one: '{{count}} problème dans les données (le reste a été importé) :',
    issues_other: '{{count}} problèmes dans les données (le reste a été importé) :',
    next: 'Ensuite : `ties invitations` liste les invitations qui attendent votre réponse.',
  },
  invitations: {
    none: 'Aucune invitation en attente. Importez un export LinkedIn plus récent pour voir les nouvelles.',
    header_one: '{{count}} invitation en attente, la plus récente d’abord :',
    header_other: '{{count}} invitations en attente, les plus récentes d’abord :',
    headerAll_one: '{{count}} invitation, la plus récente d’abord :',
    headerAll_other: '{{count}} invitations, les plus récentes d’abord :',
    noNote: '(sans note)',
  },
  demo: {
    generating: 'Création d’un export LinkedIn de démonstration dans {{path}}',
    intro:
      'Démo Strongties : un export LinkedIn réaliste (généré, personnes fictives) importé dans {{dataDir}}',
  },
} as const satisfies Catalog;
