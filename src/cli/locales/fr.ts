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
  add: {
    askName: 'Nom : ',
    askUrl: 'URL du profil (Entrée pour passer) : ',
    askHeadline: 'Titre (Entrée pour passer) : ',
    askDate: 'Date AAAA-MM-JJ (Entrée pour aujourd’hui) : ',
    askNote: 'Note (terminez par une ligne vide ou Ctrl-D) :\n',
    noName: 'une invitation a besoin du nom de son auteur',
    added: 'Invitation de {{name}} ajoutée à la file d’attente (n° {{id}}, étiquette {{label}}).',
    merged: 'Déjà présente : l’invitation de {{name}} (n° {{id}}).',
  },
  data: {
    exported: 'Vos données sont exportées dans {{path}} : {{counts}}',
    restored: 'Export Strongties restauré : {{counts}}',
    confirmForget: 'Supprimer {{person}} et tout ce qui le ou la concerne ? C’est irréversible. Tapez oui :',
    confirmReset:
      'Supprimer TOUTES vos données (personnes, invitations, messages, décisions, brouillons, politique) ? C’est irréversible. Tapez oui :',
    notConfirmed: 'rien n’a été supprimé (confirmez avec --yes)',
    removed: 'Supprimé : {{counts}}',
    nothing: 'Rien à supprimer.',
    tombstoned: 'Conservé sans données personnelles : {{counts}}',
    scrubbed: 'Nom effacé dans : {{counts}}',
    otherNetwork: '{{added}} invitations importées ({{merged}} déjà présentes) depuis {{file}}',
  },
} as const satisfies Catalog;
