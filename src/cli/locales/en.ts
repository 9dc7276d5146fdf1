/** The terminal's words in English. `fr.ts` must have the same keys (checked by the compiler). */
export const en = {
  import: {
    reading: 'Reading {{archive}}',
    done: 'Imported {{archive}}',
    owner: 'Owner: {{name}} {{url}}',
    connections:
      'Connections: {{total}} in your network ({{hidden}} hidden profiles) — {{added}} added, {{updated}} updated, {{removed}} removed, {{unchanged}} unchanged',
    invitations:
      'Invitations: {{incoming}} incoming, {{outgoing}} outgoing — {{pendingIncoming}} pending, {{added}} new',
    messages: 'Messages: {{total}} in {{conversations}} conversations — {{added}} new',
    other: 'Endorsements: {{endorsements}} · Recommendations: {{received}} received, {{given}} given',
    skipped: 'Files not imported: {{files}}',
    issues_one: '{{count}} problem in the data (the rest was imported):',
    issues_other: '{{count}} problems in the data (the rest was imported):',
    next: 'Next: `ties invitations` lists the invitations waiting for your answer.',
  },
  invitations: {
    none: 'No pending invitation. Import a newer LinkedIn export to see new ones.',
    header_one: '{{count}} pending invitation, newest first:',
    header_other: '{{count}} pending invitations, newest first:',
    headerAll_one: '{{count}} invitation, newest first:',
    headerAll_other: '{{count}} invitations, newest first:',
    noNote: '(no note)',
  },
  triage: {
    notTty:
      'ties triage reads one key per decision and needs a terminal. Use `ties triage --auto` to let your policy decide, or `ties triage --json` to print the queue.',
    none: 'No pending invitation. Import a newer LinkedIn export to see new ones.',
    position: '[{{index}}/{{count}}]',
    noNote: '(no note)',
    label: 'Label: {{label}} ({{confidence}}%) · language: {{lang}}',
    signals: 'Why: {{signals}}',
    suggestion: 'Policy suggests: {{decision}} — {{reason}}',
    draft: 'Draft ({{variant}}, {{lang}}, {{length}} characters){{edited}}:',
    edited: ', edited',
    noDraft: 'Nothing to send for this decision.',
    status: 'Status: {{status}}',
    earlier: 'Second invitation — you {{decision}} on {{date}}.',
    flag: 'Flagged as {{flag}} (a reply used your answer to push an offer).',
    recorded: '{{decision}}: recorded. Do the click on LinkedIn; the draft is on the clipboard.',
    copied: 'Draft copied to the clipboard (where the terminal allows). Profile: {{url}}',
    undone: 'Undone: {{summary}}',
    nothingToUndo: 'Nothing to undo.',
    editorFailed: 'The editor exited with an error: the draft is unchanged.',
    unknownKey: 'Unknown key. Press ? for help.',
    keys: 'Keys',
    quit: 'Quit (every decision is already saved)',
    done: 'Triage finished: {{decided}} decided this session, {{left}} still pending.',
    auto: '{{count}} pending invitations decided by your policy{{dry}}:',
    dry: ' (dry run: nothing written)',
    byDecision: 'By decision: {{list}}',
    byLabel: 'By label: {{list}}',
    drafts: 'Drafts written: {{count}}. Next: `ties drafts --format csv` to send them.',
  },
  decided: {
    accept: 'accepted',
    decline: 'declined',
    ask: 'asked',
    ignore: 'ignored',
    later: 'postponed',
  },
  actions: {
    applySuggestion: 'Apply the suggestion',
    accept: 'Accept',
    decline: 'Decline',
    ask: 'Ask how to be useful',
    ignore: 'Ignore (spam or scam)',
    later: 'Later',
    next: 'Next invitation',
    previous: 'Previous invitation',
    undo: 'Undo the last change',
    edit: 'Edit the draft in $EDITOR',
    switchLanguage: 'Switch the draft language',
    copyAndOpen: 'Copy the draft, show the profile link',
    help: 'Show this help',
  },
  log: {
    none: 'Nothing in the log yet.',
    undone: ' (undone)',
  },
  undo: {
    done: 'Undone: {{summary}} ({{changes}} rows restored)',
    nothing: 'Nothing to undo.',
  },
  followups: {
    rate: 'Asks: {{total}}, answered: {{answered}} ({{rate}}).',
    none: 'No ask is due.',
    due: '{{name}} — asked on {{asked}}, due {{due}}: next step {{next}}',
    applied: '{{count}} next steps recorded.',
  },
  replies: {
    none: 'No reply yet. Replies come from `ties reply add` or from a newer export.',
    line: '{{date}}  {{name}} — {{label}} ({{confidence}}%) → {{suggestion}}',
    added: 'Reply recorded: {{label}} ({{confidence}}%) → {{suggestion}}',
  },
  drafts: {
    written: '{{count}} drafts written to {{file}}',
  },
  demo: {
    generating: 'Creating a demo LinkedIn export in {{path}}',
    intro:
      'Strongties demo: a realistic LinkedIn export (generated, fictitious people) imported into {{dataDir}}',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalog = Widen<typeof en>;
