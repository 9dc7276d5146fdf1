import { tagPerson, untagPerson } from '../../app/network/tags.js';
import { singleLine } from '../../core/inert-text.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

export const registerTag: RegisterCommand = (program, runtime) => {
  program
    .command('tag')
    .description('tag a person by hand (a segment holds the people tagged with its name)')
    .argument('<person-url>', "the person's profile URL")
    .argument('<tags...>', 'one or more tags')
    .option('--remove', 'remove these tags instead')
    .option('--json', 'JSON output')
    .action(async (url: string, tags: string[], options: { remove?: boolean; json?: boolean }) => {
      const now = await withStore(runtime, (store, ownerId) =>
        options.remove ? untagPerson(store, ownerId, url, tags) : tagPerson(store, ownerId, url, tags),
      );
      if (options.json) return runtime.json({ tags: now });
      runtime.out(now.map((t) => singleLine(t, 60)).join(', ') || '(no tags)');
    });
};
