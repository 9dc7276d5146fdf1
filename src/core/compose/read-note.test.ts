import { expect, test } from 'vitest';
import { mentionedContent } from './read-note.js';

test.each([
  ['Your post on burnout in consulting really resonated with me.', 'burnout in consulting'],
  ['I loved your talk about remote onboarding, it gave me ideas', 'remote onboarding'],
  ['your article on weak ties was spot on', 'weak ties'],
  ['Ton billet sur le télétravail m’a fait réfléchir.', 'le télétravail'],
  ['Votre article sur la gestion de crise a été très utile pour mon équipe', 'la gestion de crise'],
  ['J’ai aimé votre conférence sur l’IA en santé et je voulais vous écrire', 'l’IA en santé'],
])('keeps only the topic the note names: %s', (note, topic) => {
  expect(mentionedContent(note)?.topic).toBe(topic);
});

test('a titled piece keeps its whole title', () => {
  expect(mentionedContent('I read your article “Why strong ties win” last night')?.topic).toBe(
    'Why strong ties win',
  );
});
