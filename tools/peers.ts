// The classifiers a developer would otherwise pick, trained on the same training split as ours.
// Used only by `npm run eval`; both are devDependencies, have no install scripts and run offline.
import { createRequire } from 'node:module';
import { containerBootstrap } from '@nlpjs/core-loader';
import { LangEn } from '@nlpjs/lang-en';
import { LangFr } from '@nlpjs/lang-fr';
import { Nlp } from '@nlpjs/nlp';
import type { Example } from './training/split.js';

export interface Peer {
  name: string;
  train(examples: readonly Example[]): Promise<void>;
  classify(text: string, lang: 'fr' | 'en'): Promise<string>;
}

interface NlpJsResult {
  intent: string;
  classifications?: { intent: string; score: number }[];
}
interface NlpJs {
  addLanguage(lang: string): void;
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<NlpJsResult>;
}

/** nlp.js (AXA): its neural intent classifier with the French and English stemmers. */
export function nlpJsPeer(): Peer {
  let nlp: NlpJs | undefined;
  return {
    name: 'nlp.js (@nlpjs/nlp, lang-en, lang-fr)',
    async train(examples) {
      // The container without @nlpjs/basic's console connector and file loading: nothing but the
      // classifier and the two languages' tokenizers and stemmers.
      const container = await containerBootstrap();
      container.use(Nlp);
      container.use(LangEn);
      container.use(LangFr);
      // nlp.js's defaults for its neural classifier, less the console log of every epoch, the "None"
      // feature and the filtering of zero scores: every text gets one of our labels, as with ours.
      container.registerConfiguration('nlu-??', {
        keepStopwords: true,
        nonefeatureValue: 1,
        nonedeltaMultiplier: 1.2,
        spellCheck: false,
        spellCheckDistance: 1,
        filterZeros: false,
        log: false,
        useNoneFeature: false,
      });
      nlp = container.get('nlp', { autoSave: false, autoLoad: false, nlu: { log: false } }) as NlpJs;
      nlp.addLanguage('en');
      nlp.addLanguage('fr');
      for (const e of examples) nlp.addDocument(e.lang === 'fr' ? 'fr' : 'en', e.text, e.label);
      await nlp.train();
    },
    async classify(text, lang) {
      const result = await nlp!.process(lang, text);
      // Below its own threshold nlp.js answers "None": take its best real label instead, as a user would.
      if (result.intent !== 'None') return result.intent;
      return result.classifications?.find((c) => c.intent !== 'None')?.intent ?? 'None';
    },
  };
}

interface BayesClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}
// natural's own type declarations point at TypeScript sources that fail our compiler settings.
const natural = createRequire(import.meta.url)('natural') as { BayesClassifier: new () => BayesClassifier };

/** natural's BayesClassifier (multinomial naive Bayes on Porter-stemmed words). */
export function naturalPeer(): Peer {
  const classifier = new natural.BayesClassifier();
  return {
    name: 'natural BayesClassifier',
    async train(examples) {
      for (const e of examples) classifier.addDocument(e.text, e.label);
      classifier.train();
    },
    async classify(text) {
      return classifier.classify(text);
    },
  };
}
