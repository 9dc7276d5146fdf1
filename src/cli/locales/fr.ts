import { TRIAGE_ACTION_WORDS } from '../../core/triage-action-words.js';
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
    encoding: '{{file}} a été lu en {{encoding}}',
  },
  invitations: {
    none: 'Aucune invitation en attente. Importez un export LinkedIn plus récent pour voir les nouvelles.',
    header_one: '{{count}} invitation en attente, la plus récente d’abord :',
    header_other: '{{count}} invitations en attente, les plus récentes d’abord :',
    headerAll_one: '{{count}} invitation, la plus récente d’abord :',
    headerAll_other: '{{count}} invitations, les plus récentes d’abord :',
    noNote: '(sans note)',
  },
  triage: {
    notTty:
      'ties triage lit une touche par décision et demande un terminal. Utilisez `ties triage --auto` pour laisser décider votre politique, ou `ties triage --json` pour afficher la file.',
    none: 'Aucune invitation en attente. Importez un export LinkedIn plus récent pour voir les nouvelles.',
    position: '[{{index}}/{{count}}]',
    noNote: '(sans note)',
    label: 'Étiquette : {{label}} ({{confidence}} %) · langue : {{lang}}',
    signals: 'Pourquoi : {{signals}}',
    suggestion: 'La politique suggère : {{decision}} — {{reason}}',
    draft: 'Brouillon ({{variant}}, {{lang}}, {{length}} caractères){{edited}} :',
    edited: ', modifié',
    noDraft: 'Rien à envoyer pour cette décision.',
    status: 'Statut : {{status}}',
    earlier: 'Deuxième invitation — vous avez {{decision}} le {{date}}.',
    flag: 'Signalé comme {{flag}} (une réponse a profité de votre message pour vendre).',
    recorded:
      '{{decision}} : enregistré. Faites le clic sur LinkedIn ; le brouillon est dans le presse-papiers.',
    copied: 'Brouillon copié dans le presse-papiers (si le terminal le permet). Profil : {{url}}',
    undone: 'Annulé : {{summary}}',
    nothingToUndo: 'Rien à annuler.',
    editorFailed: "L'éditeur s'est terminé en erreur : le brouillon est inchangé.",
    unknownKey: "Touche inconnue. Tapez ? pour l'aide.",
    keys: 'Touches',
    quit: 'Quitter (chaque décision est déjà enregistrée)',
    done: 'Tri terminé : {{decided}} décisions dans cette session, {{left}} encore en attente.',
    auto: '{{count}} invitations en attente décidées par votre politique{{dry}} :',
    dry: ' (essai : rien n’est écrit)',
    byDecision: 'Par décision : {{list}}',
    byLabel: 'Par étiquette : {{list}}',
    drafts: 'Brouillons écrits : {{count}}. Ensuite : `ties drafts --format csv` pour les envoyer.',
    rule: 'règle « {{rule}} »',
    defaultRule: 'aucune règle ne correspond : la décision par défaut s’applique',
    ruleWhy: '{{rule}} : {{why}}',
  },
  decided: {
    accept: 'accepté',
    decline: 'décliné',
    ask: 'demandé',
    ignore: 'ignoré',
    later: 'reporté',
  },
  actions: {
    ...TRIAGE_ACTION_WORDS.fr,
    undo: 'Annuler le dernier changement',
    edit: 'Modifier le brouillon dans $EDITOR',
    copyAndOpen: 'Copier le brouillon, montrer le lien du profil',
    help: 'Afficher cette aide',
  },
  log: {
    none: 'Le journal est vide.',
    undone: ' (annulé)',
  },
  undo: {
    done: 'Annulé : {{summary}} ({{changes}} lignes restaurées)',
    nothing: 'Rien à annuler.',
  },
  followups: {
    rate: 'Demandes : {{total}}, avec réponse : {{answered}} ({{rate}}).',
    none: "Aucune demande n'arrive à échéance.",
    due: '{{name}} — demandé le {{asked}}, échéance {{due}} : prochaine étape {{next}}',
    applied: '{{count}} prochaines étapes enregistrées.',
  },
  replies: {
    none: 'Aucune réponse. Elles viennent de `ties reply add` ou d’un export plus récent.',
    line: '{{date}}  {{name}} — {{label}} ({{confidence}} %) → {{suggestion}}',
    added: 'Réponse enregistrée : {{label}} ({{confidence}} %) → {{suggestion}}',
  },
  drafts: {
    written: '{{count}} brouillons écrits dans {{file}}',
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
    terminalHint: 'Pour coller une invitation, quittez (q) et lancez : ties add',
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
    exposed:
      'ties : attention : {{dir}} est lisible par les autres utilisateurs de cette machine ; faites chmod 700 dessus.',
    scrubbed: 'Nom effacé dans : {{counts}}',
    namesakes:
      '{{count}} autres personnes portent ce nom : il est conservé dans leurs lignes et dans le texte libre ; seuls l’URL et l’e-mail y ont été effacés.',
    ambiguousKept: 'Conservé, car cela peut concerner un homonyme : {{counts}}',
    otherNetwork: '{{added}} invitations importées ({{merged}} déjà présentes) depuis {{file}}',
  },
  stats: {
    month: 'mois',
    incoming: 'reçues, {{label}}',
    outgoing: 'envoyées',
    decided: 'décidées',
    replies: 'réponses',
    asks: 'questions',
    connected: '+rel',
    removed: '-rel',
    total: 'total',
    shown: '{{count}} derniers mois sur {{all}} (--months 0 les montre tous).',
    deciles: 'Force des liens par décile (0–9 … 90–100) : {{deciles}}',
    summary: 'Relations : {{connections}} · taux de réponse aux questions : {{rate}}',
  },
  meta: { lang: 'fr' },
  labels: {
    none: 'sans note',
    generic: 'générique',
    known: 'connu',
    purpose: 'raison précise',
    pitch: 'sollicitation',
    scam: 'arnaque',
  },
  store: {
    importRunning: 'Un import est en cours (commencé à {{time}}) ; attente de sa fin…',
  },
  classifier: {
    unsure:
      'Incertain : hésite entre {{between}}. Aucun préréglage ne décide à votre place : à vous de choisir.',
  },
} as const satisfies Catalog;
