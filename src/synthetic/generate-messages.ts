import { DAY } from '../core/durations.js';
import { csvRow, formatMessageDate } from './csv-write.js';
import { fullName, type Person } from './people.js';
import type { Random } from './prng.js';
import { LANG_OF_LOCALE, TOPICS } from './vocabulary.js';

export const MESSAGES_HEADER = [
  'CONVERSATION ID',
  'CONVERSATION TITLE',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER',
  'ATTACHMENTS',
  'IS MESSAGE DRAFT',
  'IS CONVERSATION DRAFT',
];

export interface MessagePlan {
  /** Contact, or undefined for a `LinkedIn Member` or a sponsored sender. */
  with: Person | undefined;
  count: number;
  /** Conversation dates fall in [from, to). */
  from: number;
  to: number;
  sponsored?: boolean;
  /** One message from the contact with this text (a planted reply). */
  text?: string;
}

function body(random: Random, contact: Person | undefined, owner: Person, fromOwner: boolean): string {
  const lang = LANG_OF_LOCALE[(fromOwner ? contact : owner)?.locale ?? 'en'];
  const topic = random.pick(TOPICS[lang]);
  const to = fromOwner ? (contact?.firstName ?? '') : owner.firstName;
  const text =
    lang === 'fr'
      ? random.pick([`Bonjour ${to},`, `Salut ${to}!`, `Allo ${to},`])
      : random.pick([`Hi ${to},`, `Hello ${to}!`, `Hey ${to},`]);
  const line =
    lang === 'fr'
      ? random.pick([
          `Merci pour ton aide sur ${topic} 🙏`,
          `On se reparle de ${topic} & du reste?`,
          `Voici mes notes sur ${topic}.`,
        ])
      : random.pick([
          `Thanks for your help with ${topic} 🙏`,
          `Shall we talk about ${topic} & more?`,
          `Here are my notes on ${topic}.`,
        ]);
  switch (random.int(3)) {
    case 0:
      return `<p>${text}</p><p>${line.replace('&', '&amp;')}<br>${lang === 'fr' ? 'À bientôt' : 'Talk soon'}</p>`;
    case 1:
      return `${text}\r\n\r\n${line}\r\n— ${fromOwner ? owner.firstName : (contact?.firstName ?? '')}`;
    default:
      return `${text} ${line}`;
  }
}

/** Writes the rows of the planned conversations; returns them and how many were written. */
export function writeMessageRows(
  random: Random,
  owner: Person,
  plans: readonly MessagePlan[],
  quoteAll: boolean,
  utcSuffix: boolean,
  firstConversation: number,
): string[] {
  const rows: string[] = [];
  plans.forEach((plan, index) => {
    const id = `2-${(firstConversation + index).toString(36).padStart(8, '0')}ZmE=`;
    const contact = plan.with;
    const contactName = plan.sponsored
      ? 'Sponsored Partner'
      : contact
        ? fullName(contact)
        : 'LinkedIn Member';
    const contactUrl = contact?.rawUrl ?? '';
    let time = plan.from + random.int(Math.max(1, plan.to - plan.from - plan.count * DAY));
    for (let m = 0; m < plan.count; m++) {
      // Sponsored and anonymous conversations only ever come in.
      const fromOwner =
        contact !== undefined &&
        !plan.sponsored &&
        plan.text === undefined &&
        (m % 2 === 1 || random.chance(0.2));
      const from = fromOwner ? fullName(owner) : contactName;
      const fromUrl = fromOwner ? owner.rawUrl : contactUrl;
      const to = fromOwner ? contactName : fullName(owner);
      const toUrl = fromOwner ? contactUrl : owner.rawUrl;
      const content = plan.sponsored
        ? '<div><h2>Grow your business</h2><p>Try Premium &amp; save 50%. <a href="https://ad.example">Learn more</a></p></div>'
        : (plan.text ?? body(random, contact, owner, fromOwner));
      rows.push(
        csvRow(
          [
            id,
            plan.sponsored ? 'Sponsored' : '',
            from,
            fromUrl,
            to,
            toUrl,
            formatMessageDate(time, utcSuffix),
            '',
            content,
            plan.sponsored ? 'SPONSORED' : 'INBOX',
            '',
            'No',
            'No',
          ],
          quoteAll,
        ),
      );
      time += random.between(60_000, Math.max(60_000, Math.floor((plan.to - time) / (plan.count - m + 1))));
    }
  });
  return rows;
}

/** Splits `total` messages into conversations of 1 to `max` messages. */
export function splitIntoConversations(random: Random, total: number, max: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(left, random.between(1, max));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}
