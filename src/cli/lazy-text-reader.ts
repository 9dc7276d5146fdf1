import type { TextReader } from '../core/classify/types.js';

/**
 * The trained classifier, loaded only by the verbs that read text: loading it (its models and the
 * language detector's database) is most of a plain command's start-up, and `ties stats` or `ties
 * --help` have no use for it. `ready()` runs in the verb's preAction hook; after it, every call is as
 * synchronous as the classifier itself.
 */
export class LazyTextReader implements TextReader {
  #loaded: TextReader | undefined;

  async ready(): Promise<TextReader> {
    this.#loaded ??= (await import('../core/classify/index.js')).textReader;
    return this.#loaded;
  }

  #reader(): TextReader {
    if (!this.#loaded) throw new Error('the classifier was used before LazyTextReader.ready()');
    return this.#loaded;
  }

  detectLanguage(text: string) {
    return this.#reader().detectLanguage(text);
  }

  classifyInvitation(text: string) {
    return this.#reader().classifyInvitation(text);
  }

  classifyReply(text: string) {
    return this.#reader().classifyReply(text);
  }
}

/** Makes a reader usable: loads a lazy one, leaves any other (a test's) as it is. */
export async function readyReader(reader: TextReader): Promise<TextReader> {
  return reader instanceof LazyTextReader ? reader.ready() : reader;
}
