import { randomUUID } from 'node:crypto';
import { isStrongtiesError, StrongtiesError } from '../core/errors.js';
import type { ImportJobView } from './api-types.js';
import type { Upload } from './upload.js';
import type { WebServices } from './web-services.js';

const KEPT = 20;

/** Imports run in the background, one at a time; the page polls their progress. */
export class ImportJobs {
  readonly #jobs = new Map<string, ImportJobView>();
  #running = false;
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
    const job: ImportJobView = { id: randomUUID(), state: 'running', done: 0, total: upload.bytes };
    this.#jobs.set(job.id, job);
    for (const id of [...this.#jobs.keys()].slice(0, Math.max(0, this.#jobs.size - KEPT)))
      this.#jobs.delete(id);
    this.services
      .importExport(upload.path, name, (done, total) => {
        job.done = done;
        job.total = total;
      })
      .then(
        (summary) => {
          job.state = 'done';
          job.done = job.total;
          job.summary = summary;
        },
        (error: unknown) => {
          job.state = 'failed';
          job.error = isStrongtiesError(error) ? error.message : 'internal error (see the terminal)';
          if (!isStrongtiesError(error)) this.log(`ties serve: import failed: ${String(error)}`);
        },
      )
      .finally(() => {
        this.#running = false;
        void upload.discard();
      });
    return { ...job };
  }

  get(id: string): ImportJobView | undefined {
    const job = this.#jobs.get(id);
    return job && { ...job };
  }
}
