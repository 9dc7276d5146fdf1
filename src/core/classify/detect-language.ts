// The extra-small database: as accurate as `small` on our corpus's training split once the word
// evidence below backs it (99.3% vs 99.4%), and it loads in half the time (cold start matters).
import eld from 'eld/extrasmall';
import type { DetectedLang } from '../labels.js';
import { ENGLISH_WORDS, FRENCH_LETTERS, FRENCH_WORDS } from './language-words.js';
import { tokenize } from './normalize-text.js';

// Restricted to French and English. eld's `newInstance()` would rebuild the database (a second
// load); no other code of ours uses eld, so the shared instance is set once here.
eld.setLanguageSubset(['fr', 'en']);

/** Word evidence (function words, elisions, accents) this clear needs no second opinion. */
const DECISIVE = 3;

/** Evidence from function words and accents: positive leans French, negative English. */
function wordEvidence(text: string): number {
  let score = 0;
  for (const token of tokenize(text)) {
    const fr = FRENCH_WORDS.has(token.key);
    const en = ENGLISH_WORDS.has(token.key);
    if (fr && !en) score += 1;
    else if (en && !fr) score -= 1;
  }
  const accents = text.match(FRENCH_LETTERS)?.length ?? 0;
  return score + Math.min(accents, 4) * 0.5;
}

/**
 * French or English, or `unknown` when neither is clear. For a mixed text the main language wins.
 * Clear word evidence (function words, elisions, accents, Québécois markers) decides first; then eld
 * (restricted to French and English) when it says it is reliable and the words do not contradict it;
 * then weaker word evidence; then eld's scores if they differ enough.
 */
export function detectLanguage(text: string): DetectedLang {
  if (text.trim() === '') return 'unknown';
  const evidence = wordEvidence(text);
  // Clear word evidence settles it at once (and spares eld's n-gram scoring, the costly part).
  if (evidence >= DECISIVE) return 'fr';
  if (evidence <= -DECISIVE) return 'en';
  const result = eld.detect(text);
  const eldLang = result.language === 'fr' || result.language === 'en' ? result.language : undefined;
  if (eldLang && result.isReliable()) {
    const contradiction = eldLang === 'fr' ? -evidence : evidence;
    if (contradiction < 3) return eldLang;
  }
  if (evidence >= 1) return 'fr';
  if (evidence <= -1) return 'en';
  const scores = result.getScores();
  const margin = (scores['fr'] ?? 0) - (scores['en'] ?? 0);
  if (margin > 0.1) return 'fr';
  if (margin < -0.1) return 'en';
  return 'unknown';
}
