import { describe, expect, test } from 'vitest';
import { FRAUD_MARKER, matchCues } from './cues.js';
import { extractFeatures } from './features.js';
import { foldText } from './normalize-text.js';

const cues = (text: string) => matchCues(foldText(text));

describe('combined cues (LABELS.md rules that join two cues)', () => {
  test('a shared past followed by a sales hook is flagged, a shared past alone is not', () => {
    expect(cues('We met at the Montréal summit! Can I show you our expense platform?')).toContain(
      'past-then-sales',
    );
    expect(cues('We met at the Montréal summit, great chat about hiring!')).not.toContain('past-then-sales');
  });

  test('a polite answer with a promotional push is flagged', () => {
    expect(
      cues("Je comprends, aucun problème. Si un jour vous avez besoin d'un interprète, pensez à moi"),
    ).toContain('polite-then-sales');
  });
});

describe('fraud markers', () => {
  test('the fee of a paid award is not a fraud marker, a fee to get a job is', () => {
    const award = extractFeatures(
      'Congratulations, you are nominated for the 2025 Business Awards: the listing fee is $795.',
    );
    const job = extractFeatures(
      'You got the job! A mandatory training fee of $150 is required before you start.',
    );
    expect(award.values.has(`r:${FRAUD_MARKER}`)).toBe(false);
    expect(job.values.has(`r:${FRAUD_MARKER}`)).toBe(true);
  });

  test('a made-up .example address alone is not suspicious', () => {
    expect(cues('Le compte rendu est ici : https://partage.projets-occitanie.example/cr')).not.toContain(
      'suspicious-link',
    );
    expect(cues('Verify here: linkedin-security-check.support/login')).toContain('suspicious-link');
  });
});
