// Where the index's files are read and parsed: in worker threads (the main thread then only
// walks folders and updates the index, so editor requests never queue behind a parse), or on
// the main thread with asynchronous reads when no worker can be started.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type FileFields, type ReadLimits, readFileFieldsAsync } from './fileFields';

export interface FieldsReader {
  /** Files handed over at once. */
  readonly batchSize: number;
  /** Batches worth having in flight at once. */
  readonly batchesInFlight: number;
  read(files: readonly string[]): Promise<FileFields[]>;
  dispose(): void;
}

/** Reads on the main thread: async I/O, and a turn for the event loop after every file. */
export class InlineFieldsReader implements FieldsReader {
  readonly batchSize = 1;
  readonly batchesInFlight = 4;
  private readonly buffers: Buffer[] = [];

  constructor(private readonly limits: ReadLimits) {}

  async read(files: readonly string[]): Promise<FileFields[]> {
    const buffer = this.buffers.pop() ?? Buffer.allocUnsafe(this.limits.readBytes);
    try {
      const results: FileFields[] = [];
      for (const file of files) {
        results.push(await readFileFieldsAsync(file, buffer, this.limits));
        await yieldToEventLoop();
      }
      return results;
    } finally {
      this.buffers.push(buffer);
    }
  }

  dispose(): void {
    this.buffers.length = 0;
  }
}

/** What the main thread sends an index worker, and what comes back. */
export interface WorkerRequest {
  id: number;
  files: readonly string[];
}
export interface WorkerResponse {
  id: number;
  results: FileFields[];
}
export interface WorkerSetup {
  limits: ReadLimits;
}

interface Pending {
  files: readonly string[];
  resolve: (results: FileFields[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads: on Linux one a core, at most four. There the workers lower their own priority
 * (`fieldsWorker.ts`), so the editor's requests on the main thread still come first; on two
 * cores a single worker left the second core idle while the index was built. Elsewhere a
 * thread cannot lower only itself, so one core is left to the editor.
 */
export function defaultWorkerCount(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return Math.max(1, Math.min(4, process.platform === 'linux' ? cores : cores - 1));
}

/**
 * Reads in a pool of worker threads running `script` (the bundled fieldsWorker). If a worker
 * cannot start or dies, its files and all later ones are read inline instead.
 */
export class WorkerFieldsReader implements FieldsReader {
  readonly batchSize = 32;
  readonly batchesInFlight: number;
  private workers: PoolWorker[] | undefined;
  private broken = false;
  private nextId = 0;
  private readonly inline: InlineFieldsReader;

  constructor(
    private readonly script: string,
    private readonly workerCount: number,
    private readonly limits: ReadLimits,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    // Two batches a worker: one being read while the answer to the other is applied.
    this.batchesInFlight = 2 * workerCount;
    this.inline = new InlineFieldsReader(limits);
  }

  read(files: readonly string[]): Promise<FileFields[]> {
    const pool = this.pool();
    if (!pool) return this.inline.read(files);
    const least = pool.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = ++this.nextId;
    return new Promise<FileFields[]>((resolve, reject) => {
      least.pending.set(id, { files, resolve, reject });
      least.worker.postMessage({ id, files } satisfies WorkerRequest);
    });
  }

  private pool(): PoolWorker[] | undefined {
    if (this.broken) return undefined;
    if (this.workers) return this.workers;
    try {
      this.workers = Array.from({ length: this.workerCount }, () => this.startWorker());
    } catch (error) {
      this.fail(`could not start index workers (${error}); reading on the main thread`);
    }
    return this.workers;
  }

  private startWorker(): PoolWorker {
    const worker = new Worker(this.script, { workerData: { limits: this.limits } satisfies WorkerSetup });
    // Workers must not keep the server alive after `exit`.
    worker.unref();
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', ({ id, results }: WorkerResponse) => {
      const pending = entry.pending.get(id);
      entry.pending.delete(id);
      pending?.resolve(results);
    });
    worker.on('error', (error) => this.fail(`index worker failed: ${error.stack ?? error}; reading on the main thread`));
    worker.on('exit', (code) => {
      if (entry.pending.size > 0 || !this.broken) this.fail(`index worker exited (code ${code}); reading on the main thread`);
    });
    return entry;
  }

  /** Gives up on the workers; whatever they had is read inline. */
  private fail(message: string): void {
    const workers = this.workers ?? [];
    const wasBroken = this.broken;
    this.broken = true;
    this.workers = undefined;
    if (!wasBroken) this.log(message);
    for (const entry of workers) {
      for (const pending of entry.pending.values()) this.inline.read(pending.files).then(pending.resolve, pending.reject);
      entry.pending.clear();
      void entry.worker.terminate();
    }
  }

  dispose(): void {
    const workers = this.workers ?? [];
    this.broken = true;
    this.workers = undefined;
    for (const entry of workers) {
      for (const pending of entry.pending.values()) pending.resolve([]);
      entry.pending.clear();
      void entry.worker.terminate();
    }
    this.inline.dispose();
  }
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
