import type { LinkedinFileKind } from '../../core/linkedin-records.js';

/**
 * What each LinkedIn file looks like. A file is recognised by its header (a renamed file is still
 * read); its name only breaks ties and names the assistant logs, which share the messages header.
 * Columns are compared lower-cased with spaces collapsed, and always looked up by name.
 */
export interface FileSpec {
  /** File names (normalised with `normalizeFileName`) LinkedIn gives this kind. */
  names: readonly string[];
  required: readonly string[];
  optional: readonly string[];
}

const RECOMMENDATION_COLUMNS = {
  required: ['first name', 'last name', 'text'],
  optional: ['company', 'job title', 'creation date', 'status'],
} as const;

export const FILE_SPECS = {
  connections: {
    names: ['connections'],
    required: ['first name', 'last name', 'connected on'],
    optional: ['url', 'email address', 'company', 'position'],
  },
  invitations: {
    names: ['invitations'],
    required: ['from', 'to', 'sent at', 'message', 'direction'],
    // 2023 exports name the people by member URN instead of profile URL.
    optional: ['inviterprofileurl', 'inviteeprofileurl', 'inviterprofileurn', 'inviteeprofileurn'],
  },
  messages: {
    names: ['messages'],
    // 2018 exports: `From,To,Date,Subject,Content,Direction,Folder`, no conversation id.
    required: ['from', 'date', 'content'],
    optional: [
      'conversation id',
      'direction',
      'conversation title',
      'sender profile url',
      'to',
      'recipient profile urls',
      'subject',
      'folder',
      'attachments',
      'is message draft',
      'is conversation draft',
    ],
  },
  profile: {
    names: ['profile'],
    required: ['first name', 'last name'],
    optional: [
      'maiden name',
      'address',
      'birth date',
      'headline',
      'summary',
      'industry',
      'zip code',
      'geo location',
      'twitter handles',
      'websites',
      'instant messengers',
    ],
  },
  positions: {
    names: ['positions'],
    required: ['company name', 'title'],
    optional: ['description', 'location', 'started on', 'finished on'],
  },
  endorsements: {
    names: ['endorsementreceivedinfo', 'endorsementsreceivedinfo'],
    required: ['skill name', 'endorser first name', 'endorser last name'],
    optional: ['endorsement date', 'endorser public url', 'endorsement status'],
  },
  recommendationsReceived: { names: ['recommendationsreceived'], ...RECOMMENDATION_COLUMNS },
  recommendationsGiven: { names: ['recommendationsgiven'], ...RECOMMENDATION_COLUMNS },
} as const satisfies Record<LinkedinFileKind, FileSpec>;

/** LinkedIn's assistant logs: same header as messages.csv, not conversations with people. */
const ASSISTANT_LOGS = new Set([
  'guidemessages',
  'learningcoachmessages',
  'learningroleplaymessages',
  'coachmessages',
]);

/** `Endorsement_Received_Info.csv` → `endorsementreceivedinfo`. */
export function normalizeFileName(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

export const isAssistantLog = (path: string): boolean => ASSISTANT_LOGS.has(normalizeFileName(path));

export const normalizeColumn = (name: string): string =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

export interface HeaderMatch {
  kind: LinkedinFileKind;
  missing: string[];
  /** How many of the kind's columns the row holds: the best of several readings wins. */
  score: number;
  /** The file's name is the one LinkedIn gives this kind. */
  named: boolean;
}

const KINDS = Object.keys(FILE_SPECS) as LinkedinFileKind[];

/**
 * The kind whose columns best cover this row, or `undefined` when the row is not a LinkedIn header.
 * Recommendations received and given share a header: the file name decides, received by default.
 */
export function matchHeader(cells: readonly string[], path: string): HeaderMatch | undefined {
  const columns = new Set(cells.map(normalizeColumn));
  const name = normalizeFileName(path);
  let best: { kind: LinkedinFileKind; score: number; named: boolean } | undefined;
  for (const kind of KINDS) {
    const spec: FileSpec = FILE_SPECS[kind];
    const score = [...spec.required, ...spec.optional].filter((c) => columns.has(c)).length;
    const named = spec.names.includes(name);
    const better = best === undefined || score > best.score || (score === best.score && named && !best.named);
    if (better) best = { kind, score, named };
  }
  // Two shared columns (first and last name) are not enough unless the name agrees.
  if (best === undefined || best.score < (best.named ? 2 : 3)) return undefined;
  let kind = best.kind;
  if (kind === 'recommendationsReceived' || kind === 'recommendationsGiven') {
    kind = name.includes('given') ? 'recommendationsGiven' : 'recommendationsReceived';
  }
  const missing = FILE_SPECS[kind].required.filter((c) => !columns.has(c));
  return {
    kind,
    missing,
    score: best.score,
    named: (FILE_SPECS[kind].names as readonly string[]).includes(name),
  };
}

/** The kind a file's name claims, to report a known file whose header is wrong. */
export function kindOfName(path: string): LinkedinFileKind | undefined {
  const name = normalizeFileName(path);
  return KINDS.find((kind) => (FILE_SPECS[kind].names as readonly string[]).includes(name));
}
