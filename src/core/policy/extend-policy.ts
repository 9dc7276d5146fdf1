import { isMap, isSeq, parseDocument } from 'yaml';
import { POLICY_BOUNDS } from './policy-bounds.js';

/**
 * A member's policy on the team server extends the team's: the member writes only what they change.
 * Every top-level field the member sets replaces the team's, except `rules`, where the member's rules
 * come first (the first matching rule decides, so the member's override the team's) and the team's
 * follow. An empty member text is the team's policy. The member's lines keep their numbers, so a
 * located error points into what they wrote.
 */
export function extendPolicyText(teamText: string, memberText: string): string {
  // Too big to be a policy: left as is for `parsePolicy` to refuse with a line, never parsed here.
  if (memberText.length > POLICY_BOUNDS.chars) return memberText;
  const member = parseDocument(memberText);
  if (member.contents === null || member.errors.length > 0 || !isMap(member.contents)) {
    return member.contents === null ? teamText : memberText;
  }
  const team = parseDocument(teamText);
  if (!isMap(team.contents)) return memberText;
  for (const pair of team.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const own = member.get(key, true);
    if (own === undefined) {
      member.set(key, pair.value);
    } else if (key === 'rules' && isSeq(own) && isSeq(pair.value)) {
      for (const rule of pair.value.items) own.items.push(rule);
    }
  }
  return member.toString();
}
