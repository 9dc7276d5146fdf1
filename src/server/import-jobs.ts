import { randomUUID } from 'node:crypto';
import { isStrongtiesError, StrongtiesError } from '../core/errors.js';
import type { ImportJobView } from './api-types.js';
import type { Upload } from './upload.js';
import type { WebServices } from './web-services.js';

const KEPT = 20;

const CANCELLED = () => new StrongtiesError('interrupted', 'the import was cancelled');

/** Imports run in the background, one at a time; the page polls their progress. */
export class ImportJobs {
  readonly #jobs = new Map<string, ImportJobView>();
  #running = false;
  /** The running job's id, its cancel switch, and its end (the upload discarded included). */
  #current: { id: string; controller: AbortController; settled: Promise<void> } | undefined;
  constructor(
    private readonly services: WebServices,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  get busy(): boolean {
    return this.#running;
  }

  start(upload: Upload, name: string): ImportJobView {
    if (this.#running) {
      void upload.discard();
      throw new StrongtiesError('conflict', 'an import is already running');
    }
    this.#running = true;
    const job: ImportJobView = { id: randomUUID(), name, state: 'running', done: 0, total: upload.bytes };
    this.#jobs.set(job.id, job);
    for (const id of [...this.#jobs.keys()].slice(0, Math.max(0, this.#jobs.size - KEPT)))
      this.#jobs.delete(id);
    const controller = new AbortController();
    const settled = this.services
      .importExport(
        upload.path,
        name,
        (done, total, step) => {
          job.done = done;
          job.total = total;
          if (step) job.step = { ...step };
        },
        controller.signal,
      )
      .then(
        (summary) => {
          job.state = 'done';
          job.done = job.total;
          job.summary = summary;
        },
        (error: unknown) => {
          if (controller.signal.aborted) {
            // Rolled back: nothing of this export was kept.
            job.state = 'cancelled';
            return;
          }
          job.state = 'failed';
          job.error = isStrongtiesError(error) ? error.message : 'internal error (see the terminal)';
          job.errorCode = isStrongtiesError(error) ? error.code : 'internal';
          if (!isStrongtiesError(error)) this.log(`ties serve: import failed: ${String(error)}`);
        },
      )
      .finally(async () => {
        await upload.discard();
        this.#running = false;
        this.#current = undefined;
      });
    this.#current = { id: job.id, controller, settled };
    return { ...job };
  }

  /**
   * Cancels a running import (the page's Cancel button): it stops at its next batch and its
   * transaction rolls back. Answers the job as it is; `undefined` for an unknown id.
   */
  cancel(id: string): ImportJobView | undefined {
    if (this.#current?.id === id) this.#current.controller.abort(CANCELLED());
    return this.get(id);
  }

  /** Cancels the running import, if any, and waits until it has rolled back and its upload is gone. */
  async stop(): Promise<void> {
    const current = this.#current;
    if (!current) return;
    current.controller.abort(CANCELLED());
    await current.settled;
  }

  get(id: string): ImportJobView | undefined {
    const job = this.#jobs.get(id);
    return job && { ...job, ...(job.step && { step: { ...job.step } }) };
  }
}
