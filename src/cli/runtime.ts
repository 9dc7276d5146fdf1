import type { Readable, Writable } from 'node:stream';
import { type Config, type Environment, loadConfig } from '../app/config.js';
import type { TextReader } from '../core/classify/types.js';
import { inertJson } from '../core/inert-text.js';

/** What a command needs from the outside world; tests pass their own streams and environment. */
export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: Environment;
}

export interface GlobalOptions {
  dataDir?: string;
  lang?: string;
}

/** Built once per invocation by `main`; commands ask it for the config and write through it. */
export class Runtime {
  #config: Config | undefined;
  /** Set by a command that finished with a non-zero status without throwing (a partial batch). */
  exitCode = 0;
  /** Classifies notes and replies; `main` sets it (the trained classifier unless a test gives another). */
  reader: TextReader | undefined;
  constructor(
    readonly io: Io,
    private readonly globals: () => GlobalOptions,
  ) {}

  get config(): Config {
    if (!this.#config) {
      const g = this.globals();
      this.#config = loadConfig({ dataDir: g.dataDir, lang: g.lang }, this.io.env);
    }
    return this.#config;
  }

  /** Points this invocation at another data directory (the demo keeps its own, away from real data). */
  switchDataDir(dataDir: string): void {
    this.#config = { ...this.config, dataDir };
  }

  /** True when the user chose the data directory (flag or environment) rather than the default. */
  get dataDirChosen(): boolean {
    return this.globals().dataDir !== undefined || Boolean(this.io.env['STRONGTIES_DATA_DIR']);
  }

  out(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  err(text: string): void {
    this.io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** JSON with C1 controls and the direction overrides escaped: a terminal or viewer reading it obeys none. */
  json(value: unknown): void {
    this.io.stdout.write(`${inertJson(value)}\n`);
  }

  /** Progress bars and prompts only when a person is watching. */
  get interactive(): boolean {
    return Boolean(this.io.stderr.isTTY) && this.io.env['CI'] !== 'true';
  }
}
