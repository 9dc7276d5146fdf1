import type { TextReader } from '../core/classify/types.js';
import { openLinkedinExport } from '../import/linkedin/index.js';
import type { Store } from '../store/store.js';
import { type ImportOptions, type ImportSummary, importLinkedinExport } from './import-linkedin.js';
import { loadPolicy } from './policy/policy-file.js';

export interface ImportFileOptions
  extends Pick<ImportOptions, 'ownerId' | 'strict' | 'onProgress' | 'signal'> {
  /** Where the user's policy is: replies in the new messages are read with it. */
  dataDir: string;
  /** The zip-bomb guard (the config's `maxArchiveBytes`, or the command's flag). */
  maxUncompressedBytes: number;
  /** Fields longer than this are cut while reading (the config's `maxFieldChars`, or the flag). */
  maxFieldChars?: number | undefined;
  /** Given: messages from people declined or asked become their replies (triage). */
  reader?: TextReader | undefined;
  /** The name the summary shows, when the file is a temporary copy (a web upload). */
  archiveName?: string | undefined;
  /** Told when the replies cannot be read (a broken policy file): the import goes on without them. */
  onWarning?: (message: string) => void;
}

/**
 * The one import use case for the terminal and the web app: open the export (zip or folder), merge it
 * in one transaction, read replies in the new messages, close the export whatever happens.
 */
export async function importLinkedinFile(
  store: Store,
  path: string,
  options: ImportFileOptions,
): Promise<ImportSummary> {
  const source = await openLinkedinExport(path, {
    maxUncompressedBytes: options.maxUncompressedBytes,
    ...(options.maxFieldChars === undefined ? {} : { maxFieldChars: options.maxFieldChars }),
  });
  try {
    const replies = options.reader ? await replyReading(options.dataDir, options.reader, options) : undefined;
    const summary = await importLinkedinExport(store, source, {
      ownerId: options.ownerId,
      strict: options.strict === true,
      ...(options.onProgress && { onProgress: options.onProgress }),
      ...(options.signal && { signal: options.signal }),
      replies,
      ...(options.reader && { labels: { reader: options.reader } }),
    });
    return options.archiveName === undefined ? summary : { ...summary, archive: options.archiveName };
  } finally {
    await source.close();
  }
}

/** A policy file with an error must not block an import: it only skips reading the replies. */
async function replyReading(
  dataDir: string,
  reader: TextReader,
  options: Pick<ImportFileOptions, 'onWarning'>,
): Promise<ImportOptions['replies']> {
  try {
    const { policy } = await loadPolicy({ dataDir });
    return { policy, reader };
  } catch (error) {
    options.onWarning?.(`replies not read: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
