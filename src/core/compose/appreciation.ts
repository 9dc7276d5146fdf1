import type { Lang } from '../labels.js';
import { headlineInField } from '../policy/evaluate-policy.js';
import type { Policy } from '../policy/types.js';
import type { AppreciationBasis } from '../policy/variants.js';
import { inert, isPersonalized, mentionedContent, mentionedPerson } from './read-note.js';
import type { InvitationInput, Templates } from './types.js';

export interface Appreciation {
  basis: AppreciationBasis;
  /** The facts the phrase names: {mutual}, {content}, {field}. */
  values: { mutual?: string; content?: string; field?: string };
}

/**
 * What the appreciation may honestly rest on, most specific first: a named mutual contact, the
 * content the note names, a personalized note, a shared field — else a plain courteous opening.
 * A scam or an empty note earns nothing but courtesy; boilerplate is never thanked as personal.
 */
export function chooseAppreciation(
  policy: Policy,
  invitation: InvitationInput,
  lang: Lang,
  words: Templates,
): Appreciation {
  const { label, text } = invitation;
  if (label === 'scam') return { basis: 'plain', values: {} };
  const mutual = invitation.mutual
    ? inert(invitation.mutual, 40)
    : label === 'known' || label === 'purpose'
      ? mentionedPerson(text)
      : undefined;
  if (mutual) return { basis: 'mutual', values: { mutual } };
  const content = label === 'none' ? undefined : mentionedContent(text);
  if (content) {
    const topic =
      content.relation === 'title'
        ? lang === 'fr'
          ? `« ${content.topic} »`
          : `“${content.topic}”`
        : content.topic;
    const link = content.relation === 'title' ? '' : ` ${content.relation === 'at' ? words.at : words.about}`;
    return { basis: 'content', values: { content: `${words.content[content.kind]}${link} ${topic}` } };
  }
  if (isPersonalized(label, text)) return { basis: 'personalized', values: {} };
  const field = headlineInField(policy, invitation.headline);
  if (field) return { basis: 'field', values: { field: inert(field, 40) } };
  return { basis: 'plain', values: {} };
}
