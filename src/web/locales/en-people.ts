/**
 * The English words of the person page, the segments screen and the import page's progress and
 * summary (issue 11 items 6–8). Spread into `en.ts`; `fr-people.ts` has the same keys.
 */
export const enPeople = {
  importRead: {
    reading: 'Reading {{file}}: {{rows}} rows',
    kinds: {
      connections: 'your connections',
      invitations: 'invitations',
      messages: 'messages',
      profile: 'your profile',
      positions: 'your positions',
      endorsements: 'endorsements',
      recommendationsReceived: 'recommendations received',
      recommendationsGiven: 'recommendations given',
    },
    connections_one: '{{n}} connection',
    connections_other: '{{n}} connections',
    invitations_one: '{{n}} invitation',
    invitations_other: '{{n}} invitations',
    messages_one: '{{n}} message',
    messages_other: '{{n}} messages',
    read: '{{connections}}, {{invitations}} and {{messages}} read from {{name}}.',
    changes: 'Connections: {{added}} new, {{updated}} updated, {{removed}} removed.',
    nothingNew: 'Nothing changed since the last import.',
    pending_zero: 'No invitation is waiting for your answer.',
    pending_one: '1 invitation is waiting for your answer.',
    pending_other: '{{n}} invitations are waiting for your answer.',
    replies_zero: 'No new reply.',
    replies_one: '1 new reply.',
    replies_other: '{{n}} new replies.',
    skipped_one: '1 file was not imported: {{files}}.',
    skipped_other: '{{n}} files were not imported: {{files}}.',
    issues_one: '1 problem was noted:',
    issues_other: '{{n}} problems were noted:',
    issueLine: '{{file}}, line {{line}}: {{message}}',
    moreIssues: '…and {{n}} more.',
    triage: 'Triage the invitations',
    errors: {
      'invalid-archive': '{{name}} is not a readable zip archive.',
      'unsafe-archive': '{{name}} holds file names that could write outside its folder: it was not read.',
      'archive-too-large': '{{name}} is too large to import.',
      'no-linkedin-files': '{{name}} holds no file of a LinkedIn export.',
      conflict: 'Another import is running: wait until it ends.',
      other: 'The import of {{name}} failed: {{message}}',
    },
  },
} as const;
