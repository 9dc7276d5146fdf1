import type { Direction, LinkedinFileKind } from '../../core/linkedin-records.js';
import { foldName, normalizeProfileUrl } from '../../core/profile-url.js';
import type { RecordOfKind } from '../export-reader.js';
import { htmlToText } from './html-to-text.js';
import {
  parseConnectedOn,
  parseLocalDateTime,
  parseMessageDate,
  parseMonthYear,
  parseUtcDateTime,
} from './linkedin-dates.js';
import type { RowView } from './row-view.js';

/** Turns one row into a record, or `undefined` when the row cannot be one (issues say why). */
export type RowMapper<K extends LinkedinFileKind> = (row: RowView) => RecordOfKind[K] | undefined;

// messages.csv repeats the same few thousand URLs hundreds of thousands of times, and parsing a
// URL is the costliest step of a row: remember recent answers (bounded, so memory stays flat).
const URL_CACHE_SIZE = 20_000;
const urlCache = new Map<string, string | undefined>();
function cachedProfileUrl(raw: string): string | undefined {
  if (urlCache.has(raw)) return urlCache.get(raw);
  if (urlCache.size >= URL_CACHE_SIZE) urlCache.clear();
  const value = normalizeProfileUrl(raw);
  urlCache.set(raw, value);
  return value;
}

const url = (row: RowView, column: string): string | undefined => {
  const raw = row.optional(column);
  return raw === undefined ? undefined : cachedProfileUrl(raw);
};

const fullName = (first: string, last: string): string => `${first} ${last}`.trim();

/**
 * LinkedIn's own maxima: an invitation note is at most 300 characters (200 without Premium), a
 * message 8,000. A longer text did not come from LinkedIn; it is cut there, with an issue, so that a
 * planted 50 MB note cannot slow every later triage.
 */
export const LINKEDIN_MAXIMA = { note: 300, message: 8000 } as const;

function capped(row: RowView, column: string, text: string, max: number): string {
  if (text.length <= max) return text;
  row.report(
    'field-truncated',
    column,
    `${text.length} characters where LinkedIn allows ${max}; cut to ${max}`,
  );
  const end = text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

/** `T` with every property that may be undefined made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined properties (exactOptionalPropertyTypes forbids `key: undefined`). */
function defined<T extends object>(value: T): Defined<T> {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value as Defined<T>;
}

/** `[a,b]`, `a, b` or `[OTHER:https://x]` → `['a', 'b']`, `['https://x']`. */
export function splitList(text: string): string[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner
    .split(',')
    .map((item) => item.trim().replace(/^[A-Z][A-Z_]*:(?!\/\/)/, ''))
    .filter((item) => item !== '');
}

const DIRECTIONS: Record<string, Direction> = { incoming: 'incoming', outgoing: 'outgoing' };

const isYes = (text: string): boolean => /^(yes|true|oui|1)$/i.test(text.trim());

function connection(row: RowView): RecordOfKind['connections'] {
  const firstName = row.text('first name').trim();
  const lastName = row.text('last name').trim();
  const profileUrl = url(row, 'url');
  const email = row.optional('email address');
  const company = row.optional('company');
  const position = row.optional('position');
  const connectedOn = row.date('connected on', parseConnectedOn);
  const hidden =
    firstName === '' && lastName === '' && [profileUrl, email, company, position].every((v) => !v);
  return defined({
    line: row.line,
    firstName,
    lastName,
    profileUrl,
    email,
    company,
    position,
    connectedOn,
    hidden,
  });
}

function invitation(row: RowView): RecordOfKind['invitations'] | undefined {
  const direction = DIRECTIONS[row.text('direction').trim().toLowerCase()];
  if (direction === undefined) {
    row.report('bad-value', 'direction', `unknown direction "${row.text('direction').slice(0, 20)}"`, 'row');
    return undefined;
  }
  const sentAt = row.requiredDate('sent at', parseLocalDateTime);
  if (sentAt === undefined) return undefined;
  return defined({
    line: row.line,
    fromName: row.text('from').trim(),
    toName: row.text('to').trim(),
    sentAt,
    note: capped(row, 'message', row.text('message').trim(), LINKEDIN_MAXIMA.note),
    direction,
    inviterProfileUrl: url(row, 'inviterprofileurl'),
    inviteeProfileUrl: url(row, 'inviteeprofileurl'),
  });
}

const isOutgoing = (row: RowView): boolean => row.text('direction').trim().toLowerCase() === 'outgoing';

/** 2018 exports have no conversation id: the conversation is the one with the other person. */
function legacyConversationId(row: RowView): string {
  const counterpart = isOutgoing(row) ? row.text('to') : row.text('from');
  return `legacy:${foldName(counterpart)}`;
}

function message(row: RowView): RecordOfKind['messages'] | undefined {
  const sentAt = row.requiredDate('date', parseMessageDate);
  if (sentAt === undefined) return undefined;
  const conversationId = row.has('conversation id')
    ? row.text('conversation id').trim()
    : legacyConversationId(row);
  const recipients = row
    .text('recipient profile urls')
    .split(',')
    .map((u) => cachedProfileUrl(u.trim()))
    .filter((u): u is string => u !== undefined);
  return defined({
    line: row.line,
    conversationId,
    conversationTitle: row.text('conversation title').trim(),
    fromName: row.text('from').trim(),
    senderProfileUrl: url(row, 'sender profile url'),
    toNames: row.text('to').trim(),
    recipientProfileUrls: recipients,
    sentAt,
    subject: row.text('subject').trim(),
    content: capped(row, 'content', htmlToText(row.text('content')), LINKEDIN_MAXIMA.message),
    folder: row.text('folder').trim(),
    isDraft: isYes(row.text('is message draft')),
  });
}

function profile(row: RowView): RecordOfKind['profile'] {
  return defined({
    firstName: row.text('first name').trim(),
    lastName: row.text('last name').trim(),
    headline: row.optional('headline'),
    summary: row.optional('summary'),
    industry: row.optional('industry'),
    location: row.optional('geo location'),
    websites: splitList(row.text('websites')),
    twitterHandles: splitList(row.text('twitter handles')),
  });
}

function position(row: RowView): RecordOfKind['positions'] {
  return defined({
    line: row.line,
    company: row.text('company name').trim(),
    title: row.text('title').trim(),
    description: row.optional('description'),
    location: row.optional('location'),
    startedOn: row.date('started on', parseMonthYear),
    finishedOn: row.date('finished on', parseMonthYear),
  });
}

function endorsement(row: RowView): RecordOfKind['endorsements'] {
  return defined({
    line: row.line,
    skill: row.text('skill name').trim(),
    endorserName: fullName(row.text('endorser first name').trim(), row.text('endorser last name').trim()),
    endorserProfileUrl: url(row, 'endorser public url'),
    endorsedAt: row.date('endorsement date', parseUtcDateTime),
  });
}

const recommendation =
  (direction: 'received' | 'given') =>
  (row: RowView): RecordOfKind['recommendationsReceived'] =>
    defined({
      line: row.line,
      direction,
      firstName: row.text('first name').trim(),
      lastName: row.text('last name').trim(),
      company: row.optional('company'),
      jobTitle: row.optional('job title'),
      text: row.text('text').trim(),
      createdAt: row.date('creation date', parseLocalDateTime),
      status: row.optional('status'),
    });

export const ROW_MAPPERS: { [K in LinkedinFileKind]: RowMapper<K> } = {
  connections: connection,
  invitations: invitation,
  messages: message,
  profile,
  positions: position,
  endorsements: endorsement,
  recommendationsReceived: recommendation('received'),
  recommendationsGiven: recommendation('given'),
};
