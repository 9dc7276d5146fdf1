import eldSmall from 'eld/small';
import type { DetectedLang } from '../labels.js';
import { ENGLISH_WORDS, FRENCH_LETTERS, FRENCH_WORDS } from './language-words.js';
import { tokenize } from './normalize-text.js';

// An instance of our own, so the subset we set does not change eld for any other code.
const eld = eldSmall.newInstance();
eld.setLanguageSubset(['fr', 'en']);

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
 * eld decides when it says it is reliable and the words do not clearly contradict it; otherwise the
 * function words, elisions, accents and Québécois markers decide, and eld's scores break a tie.
 */
export function detectLanguage(text: string): DetectedLang {
  if (text.trim() === '') return 'unknown';
  const evidence = wordEvidence(text);
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
