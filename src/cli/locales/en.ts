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
  demo: {
    generating: 'Creating a demo LinkedIn export in {{path}}',
    intro:
      'Strongties demo: a realistic LinkedIn export (generated, fictitious people) imported into {{dataDir}}',
  },
  add: {
    askName: 'Name: ',
    askUrl: 'Profile URL (Enter to skip): ',
    askHeadline: 'Headline (Enter to skip): ',
    askDate: 'Date YYYY-MM-DD (Enter for today): ',
    askNote: 'Note (end with an empty line or Ctrl-D):\n',
    noName: 'an invitation needs the sender’s name',
    added: 'Added the invitation from {{name}} to the pending queue (#{{id}}, label {{label}}).',
    merged: 'Already there: the invitation from {{name}} (#{{id}}).',
  },
  data: {
    exported: 'Exported your data to {{path}}: {{counts}}',
    restored: 'Restored a Strongties export: {{counts}}',
    confirmForget: 'Remove {{person}} and everything about them? This cannot be undone. Type yes:',
    confirmReset:
      'Remove ALL your data (people, invitations, messages, decisions, drafts, policy)? This cannot be undone. Type yes:',
    notConfirmed: 'nothing removed (confirm with --yes)',
    removed: 'Removed: {{counts}}',
    nothing: 'Nothing to remove.',
    tombstoned: 'Kept without personal data: {{counts}}',
    scrubbed: 'Name blanked in: {{counts}}',
    otherNetwork: 'Imported {{added}} invitations ({{merged}} already there) from {{file}}',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalog = Widen<typeof en>;
