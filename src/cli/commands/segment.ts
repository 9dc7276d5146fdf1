import { listSegments, removeSegment, saveSegment } from '../../app/network/segments.js';
import { listStrength } from '../../app/network/strength-list.js';
import { singleLine } from '../../core/inert-text.js';
import { formatTable } from '../format-table.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

export const registerSegment: RegisterCommand = (program, runtime) => {
  const segment = program
    .command('segment')
    .description('segments: people tagged with the name, plus those a rule selects');
  segment
    .command('add')
    .description('create or replace a segment')
    .argument('<name>')
    .option('--rule <json>', 'e.g. {"any":[{"company":["acme"]},{"position":"recruit"}]}')
    .option('--json', 'JSON output')
    .action(async (name: string, options: { rule?: string; json?: boolean }) => {
      const saved = await withStore(runtime, (store, ownerId) =>
        saveSegment(store, ownerId, name, options.rule, new Date()),
      );
      if (options.json) return runtime.json(saved);
      runtime.out(
        `${singleLine(saved.name)}: ${saved.rule === null ? '(tags only)' : JSON.stringify(saved.rule)}`,
      );
    });
  segment
    .command('list')
    .description('the segments and their rules')
    .option('--json', 'JSON output')
    .action(async (options: { json?: boolean }) => {
      const segments = await withStore(runtime, (store, ownerId) => listSegments(store, ownerId));
      if (options.json) return runtime.json(segments);
      runtime.out(
        formatTable(
          ['segment', 'rule'],
          segments.map((s) => [s.name, s.rule === null ? '(tags only)' : JSON.stringify(s.rule)]),
          80,
        ),
      );
    });
  segment
    .command('show')
    .description("a segment's members, weakest tie first")
    .argument('<name>')
    .option('--json', 'JSON output')
    .action(async (name: string, options: { json?: boolean }) => {
      const ties = await withStore(runtime, (store, ownerId) =>
        listStrength(store, ownerId, { segment: name }, new Date()),
      );
      if (options.json) return runtime.json(ties);
      runtime.out(
        formatTable(
          ['score', 'name', 'company', 'position'],
          ties.map((t) => [t.score, t.name, t.company ?? '', t.position ?? '']),
        ),
      );
    });
  segment
    .command('rm')
    .description('delete a segment (tags stay)')
    .argument('<name>')
    .action(async (name: string) => {
      await withStore(runtime, (store, ownerId) => removeSegment(store, ownerId, name));
    });
};
