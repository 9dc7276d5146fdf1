import { createInterface } from 'node:readline';
import { Option } from 'commander';
import { describeSignal } from '../../core/classify/signal-words.js';
import type { Classification, ClassifierKind } from '../../core/classify/types.js';
import { EXIT } from '../exit-codes.js';
import { openInput } from '../open-input.js';
import type { RegisterCommand } from './index.js';

// Loaded on use: the models and the language detector cost ~0.2 s that other verbs need not pay.
async function loadClassifier(kind: ClassifierKind): Promise<(text: string) => Classification<string>> {
  const reader = await import('../../core/classify/index.js');
  const classifiers = {
    invitation: reader.classifyInvitation,
    reply: reader.classifyReply,
  } satisfies Record<ClassifierKind, (text: string) => Classification<string>>;
  return classifiers[kind];
}

type Outcome = { ok: true; id: unknown; text: string } | { ok: false; id: unknown; error: string };

/** One input line: a JSON object with a string `text` (and usually an `id`). */
function parseLine(line: string): Outcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, error: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const id = record['id'] ?? null;
  if (!('text' in record)) return { ok: false, id, error: 'no "text" field' };
  if (typeof record['text'] !== 'string') return { ok: false, id, error: '"text" is not a string' };
  return { ok: true, id, text: record['text'] };
}

export const registerClassify: RegisterCommand = (program, runtime) => {
  program
    .command('classify')
    .description(
      'Read JSON lines {"id","text"} (from FILE or standard input) and write, for each, its label, language, confidence and signals',
    )
    .addOption(
      new Option('--kind <kind>', 'what the texts are')
        .choices(['invitation', 'reply'])
        .makeOptionMandatory(),
    )
    .argument('[file]', 'a JSON-lines file (default: standard input)')
    .action(async (file: string | undefined, options: { kind: ClassifierKind }) => {
      const classify = await loadClassifier(options.kind);
      const input = await openInput(file, runtime.io.stdin);
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNumber = 0;
      let failed = 0;
      for await (const line of lines) {
        lineNumber++;
        if (line.trim() === '') continue;
        const outcome = parseLine(line);
        if (!outcome.ok) {
          failed++;
          runtime.json({ id: outcome.id, line: lineNumber, error: outcome.error });
          continue;
        }
        const { label, lang, confidence, unsure, between, signals } = classify(outcome.text);
        // Each signal keeps its code and gains its words in the interface language.
        const reasons = signals.map((s) => ({ ...s, words: describeSignal(s, runtime.config.lang) }));
        runtime.json({ id: outcome.id, label, lang, confidence, unsure, between, signals: reasons });
      }
      if (failed > 0) {
        runtime.err(`ties classify: ${failed} line${failed === 1 ? '' : 's'} could not be read`);
        runtime.exitCode = EXIT.partial;
      }
    });
};
