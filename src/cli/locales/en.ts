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
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalog = Widen<typeof en>;
