import type {
  ConnectionRecord,
  InvitationRecord,
  MessageRecord,
  ProfileRecord,
} from '../../core/linkedin-records.js';
import type { ExportRecords } from './fake-export-reader.js';

/** The owner of every synthetic export. */
export const SYNTHETIC_OWNER_URL = 'https://www.linkedin.com/in/owner-of-the-export';

export interface SyntheticSize {
  connections: number;
  messages: number;
  invitations: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (i: number) => `20${pad(10 + (i % 15))}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;

/**
 * A deterministic export of any size, shaped like LinkedIn's at its limits (30,000 connections,
 * hundreds of thousands of messages), for benchmarks and crash tests. The same size gives the same
 * records, so importing it twice must change nothing.
 */
export function syntheticRecords(size: SyntheticSize): ExportRecords {
  const profile: ProfileRecord = {
    firstName: 'Olivia',
    lastName: 'Owner',
    headline: 'Consultant',
    websites: ['https://example.org'],
    twitterHandles: ['olivia'],
  };
  const person = (i: number) => `https://www.linkedin.com/in/person-${i}`;
  const connections: ConnectionRecord[] = Array.from({ length: size.connections }, (_, i) => ({
    line: i + 5,
    firstName: `First${i}`,
    lastName: `Last${i}`,
    profileUrl: person(i),
    company: `Company ${i % 997}`,
    position: `Position ${i % 101}`,
    connectedOn: dateOf(i),
    hidden: false,
  }));
  const invitations: InvitationRecord[] = Array.from({ length: size.invitations }, (_, i) => {
    const incoming = i % 3 !== 0;
    const other = person(size.connections + i);
    return {
      line: i + 2,
      fromName: incoming ? `Stranger ${i}` : 'Olivia Owner',
      toName: incoming ? 'Olivia Owner' : `Stranger ${i}`,
      sentAt: `${dateOf(i)}T${pad(i % 24)}:${pad(i % 60)}:00`,
      note: i % 2 === 0 ? '' : `Hello, I would like to join your network (${i}).`,
      direction: incoming ? 'incoming' : 'outgoing',
      inviterProfileUrl: incoming ? other : SYNTHETIC_OWNER_URL,
      inviteeProfileUrl: incoming ? SYNTHETIC_OWNER_URL : other,
    };
  });
  return { profile: [profile], connections, invitations, messages: syntheticMessages(size) };
}

function syntheticMessages(size: SyntheticSize): MessageRecord[] {
  const people = Math.max(1, Math.min(size.connections, 5000));
  return Array.from({ length: size.messages }, (_, i) => {
    const fromOwner = i % 2 === 0;
    const other = `https://www.linkedin.com/in/person-${(i * 7) % people}`;
    return {
      line: i + 2,
      conversationId: `conv-${Math.floor(i / 8)}`,
      conversationTitle: '',
      fromName: fromOwner ? 'Olivia Owner' : `First${(i * 7) % people} Last${(i * 7) % people}`,
      senderProfileUrl: fromOwner ? SYNTHETIC_OWNER_URL : other,
      toNames: fromOwner ? 'Someone' : 'Olivia Owner',
      recipientProfileUrls: [fromOwner ? other : SYNTHETIC_OWNER_URL],
      sentAt: `${dateOf(i)}T${pad(i % 24)}:${pad(i % 60)}:${pad((i * 13) % 60)}Z`,
      subject: '',
      content: `Message number ${i}. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1 + (i % 4))}`,
      folder: 'INBOX',
      isDraft: false,
    };
  });
}
