// Keeps a CableIndex in step with the cable files under the workspace folders: walks the
// folders, reads the start of each candidate file asynchronously, and re-reads files the
// client reports as changed. Never holds the event loop for long: a few reads are in flight
// at a time and the loop gets a turn after every file, so editor requests are answered
// between files. Knows nothing of LSP; progress goes to a ProgressSink.
import * as fsCallbacks from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCableFields, isCableFileName } from './cableHead';
import type { CableIndex } from './cableIndex';

/** Where indexing progress goes (the LSP work-done progress, or nothing). */
export interface ProgressSink {
  begin(title: string, percentage?: number, message?: string): void;
  report(percentage: number | undefined, message: string): void;
  done(): void;
}

export interface IndexerOptions {
  /** Creates a progress sink when a long piece of work starts (a folder walk). */
  startProgress?: () => Promise<ProgressSink>;
  log?: (message: string) => void;
  /** Files larger than this are not cables; they are skipped without being read. */
  maxFileBytes?: number;
  /** How much of a file is read: header and caption block sit well within it. */
  readBytes?: number;
  /** Files read at the same time. */
  concurrency?: number;
  /** Least time between two progress reports. */
  progressIntervalMs?: number;
}

export interface IndexerStats {
  /** Files read (cable or not). */
  filesRead: number;
  /** Sum of the sizes of the files read, whole, in bytes. */
  fileBytes: number;
  /** Bytes actually read from disk (only the start of large files is read). */
  bytesRead: number;
  /** Files skipped for their size. */
  tooLarge: number;
  /** Time spent with work queued, in milliseconds. */
  busyMs: number;
}

/** A change reported by the client (`FileChangeType` numbers: 1 created, 2 changed, 3 deleted). */
export interface FileChange {
  uri: string;
  type: 1 | 2 | 3;
}

export const defaultMaxFileBytes = 5 * 1024 * 1024;
export const defaultReadBytes = 64 * 1024;
const defaultConcurrency = 8;
const defaultProgressIntervalMs = 200;

interface Progress {
  sink?: ProgressSink;
  done: number;
  lastReport: number;
  lastPercentage: number;
}

type Job = { kind: 'walk'; dir: string } | { kind: 'file'; file: string } | { kind: 'probe'; target: string };

/** The outcome of reading a file, for the index. */
type ReadResult = { kind: 'text'; text: string; size: number; bytesRead: number } | { kind: 'missing' } | { kind: 'too-large'; size: number };

export class WorkspaceIndexer {
  readonly stats: IndexerStats = { filesRead: 0, fileBytes: 0, bytesRead: 0, tooLarge: 0, busyMs: 0 };
  /** Workspace folder paths. */
  private readonly folders = new Set<string>();
  /** Changed files first, then folder walks, then the files the walks found. */
  private readonly changed: Job[] = [];
  private readonly walks: Job[] = [];
  private readonly found: Job[] = [];
  /** Files in a queue, so that a file found twice (nested folders, repeated events) is read once. */
  private readonly queuedFiles = new Set<string>();
  private readonly maxFileBytes: number;
  private readonly readBytes: number;
  private readonly concurrency: number;
  private readonly progressIntervalMs: number;
  private running: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;
  private progress: Progress | undefined;
  /** Files taken from a queue and not yet indexed. */
  private filesInFlight = 0;

  constructor(
    private readonly index: CableIndex,
    private readonly options: IndexerOptions = {},
  ) {
    this.maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
    this.readBytes = options.readBytes ?? defaultReadBytes;
    this.concurrency = options.concurrency ?? defaultConcurrency;
    this.progressIntervalMs = options.progressIntervalMs ?? defaultProgressIntervalMs;
  }

  get indexing(): boolean {
    return this.running !== undefined;
  }

  /** Starts indexing workspace folders given as URIs; non-`file:` URIs are ignored. */
  addFolders(uris: readonly string[]): void {
    for (const uri of uris) {
      const folder = pathOf(uri);
      if (folder === undefined || this.folders.has(folder)) continue;
      this.folders.add(folder);
      this.walks.push({ kind: 'walk', dir: folder });
    }
    this.start();
  }

  /** Forgets workspace folders and their files (unless another folder still holds them). */
  removeFolders(uris: readonly string[]): void {
    for (const uri of uris) {
      const folder = pathOf(uri);
      if (folder !== undefined) this.folders.delete(folder);
    }
    this.index.removeFiles((uri) => {
      const file = pathOf(uri);
      return file === undefined || !this.isIndexable(file);
    });
  }

  /** Applies `workspace/didChangeWatchedFiles` events. */
  filesChanged(changes: readonly FileChange[]): void {
    for (const change of changes) {
      const target = pathOf(change.uri);
      if (target === undefined || this.folderOf(target) === undefined || isIgnored(this.folderOf(target)!, target)) continue;
      if (change.type === 3) {
        // A deleted folder comes as one event for the folder.
        this.index.removeFile(uriOf(target));
        const prefix = uriOf(target) + '/';
        this.index.removeFiles((uri) => uri.startsWith(prefix));
      } else if (isCableFileName(target)) {
        this.enqueueFile(target, this.changed);
      } else {
        // Possibly a folder moved or copied in: look before walking.
        this.changed.push({ kind: 'probe', target });
      }
    }
    this.start();
  }

  /** Resolves when no work is queued (at once if there is none). */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.changed.length = this.walks.length = this.found.length = 0;
    this.queuedFiles.clear();
  }

  private start(): void {
    if (this.running || this.disposed || !this.hasWork()) return;
    const started = performance.now();
    if (this.walks.length > 0) this.beginProgress();
    this.running = this.runWorkers().finally(() => {
      this.stats.busyMs += performance.now() - started;
      this.running = undefined;
      this.endProgress();
      // Work that came in while the last worker was finishing.
      if (this.hasWork()) return this.start();
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  private hasWork(): boolean {
    return this.changed.length + this.walks.length + this.found.length > 0;
  }

  private async runWorkers(): Promise<void> {
    const workers: Promise<void>[] = [];
    for (let i = 0; i < this.concurrency; i++) workers.push(this.worker());
    await Promise.all(workers);
  }

  private async worker(): Promise<void> {
    const buffer = Buffer.allocUnsafe(this.readBytes);
    for (;;) {
      const job = this.changed.shift() ?? this.walks.pop() ?? this.found.pop();
      if (!job) {
        // Another worker's walk may still add files: wait for it rather than quit early.
        if (this.walksInFlight === 0) return;
        await this.walkFinished();
        continue;
      }
      try {
        if (job.kind === 'walk') await this.walk(job.dir);
        else if (job.kind === 'probe') await this.probe(job.target);
        else await this.indexFile(job.file, buffer);
      } catch (error) {
        this.options.log?.(`workspace index: ${describeJob(job)} failed: ${(error as Error)?.stack ?? error}`);
      }
      // Let requests and notifications that came in meanwhile be handled first.
      await yieldToEventLoop();
    }
  }

  private walksInFlight = 0;
  private walkListeners: (() => void)[] = [];

  private walkFinished(): Promise<void> {
    return new Promise((resolve) => this.walkListeners.push(resolve));
  }

  private async walk(dir: string): Promise<void> {
    const folder = this.folderOf(dir);
    if (folder === undefined) return;
    this.walksInFlight++;
    try {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (this.disposed) return;
        const child = path.join(dir, entry.name);
        if (isIgnoredName(entry.name)) continue;
        // Symbolic links are not followed: they can loop, or lead out of the workspace.
        // A workspace folder inside another one has a walk of its own.
        if (entry.isDirectory()) {
          if (!this.folders.has(child)) this.walks.push({ kind: 'walk', dir: child });
        }
        else if (entry.isFile() && isCableFileName(entry.name)) this.enqueueFile(child, this.found);
      }
    } finally {
      this.walksInFlight--;
      for (const resolve of this.walkListeners.splice(0)) resolve();
    }
  }

  private async probe(target: string): Promise<void> {
    const stat = await fs.lstat(target).catch(() => undefined);
    if (stat?.isDirectory()) this.walks.push({ kind: 'walk', dir: target });
  }

  private enqueueFile(file: string, queue: Job[]): void {
    if (this.queuedFiles.has(file)) return;
    this.queuedFiles.add(file);
    queue.push({ kind: 'file', file });
  }

  private async indexFile(file: string, buffer: Buffer): Promise<void> {
    this.queuedFiles.delete(file);
    if (!this.isIndexable(file)) return;
    const uri = uriOf(file);
    this.filesInFlight++;
    const read = await readStart(file, buffer, this.maxFileBytes).finally(() => this.filesInFlight--);
    // The folder may have been removed while the file was read.
    if (this.disposed || !this.isIndexable(file)) return;
    if (read.kind === 'text') {
      this.stats.filesRead++;
      this.stats.fileBytes += read.size;
      this.stats.bytesRead += read.bytesRead;
      this.index.setFile(uri, readCableFields(file, read.text));
    } else {
      if (read.kind === 'too-large') this.stats.tooLarge++;
      this.index.removeFile(uri);
    }
    this.reportProgress();
  }

  private isIndexable(file: string): boolean {
    const folder = this.folderOf(file);
    return folder !== undefined && !isIgnored(folder, file);
  }

  /** The workspace folder holding a path (the innermost, for nested folders). */
  private folderOf(target: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      if ((target === folder || target.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private beginProgress(): void {
    if (this.progress || !this.options.startProgress) return;
    const progress: Progress = { done: 0, lastReport: 0, lastPercentage: 0 };
    this.progress = progress;
    this.options
      .startProgress()
      .then((sink) => {
        sink.begin('Indexing cables', 0, this.progressMessage());
        // The work may be over already: the client still sees a begin and an end.
        if (this.progress !== progress) return sink.done();
        progress.sink = sink;
      })
      .catch((error) => this.options.log?.(`workspace index: progress failed: ${error}`));
  }

  private reportProgress(): void {
    const progress = this.progress;
    if (!progress) return;
    progress.done++;
    const now = performance.now();
    if (!progress.sink || now - progress.lastReport < this.progressIntervalMs) return;
    progress.lastReport = now;
    // Until the walks end the total is unknown, so no percentage yet.
    if (this.walksInFlight + this.walks.length > 0) return progress.sink.report(undefined, this.progressMessage());
    const total = progress.done + this.filesInFlight + this.found.length + this.changed.length;
    // Files changed meanwhile add to the total; the bar still never goes back.
    progress.lastPercentage = Math.max(progress.lastPercentage, Math.floor((100 * progress.done) / total));
    progress.sink.report(progress.lastPercentage, this.progressMessage());
  }

  private progressMessage(): string {
    return `${this.progress?.done ?? 0} files read, ${this.index.cableCount} cables`;
  }

  private endProgress(): void {
    const progress = this.progress;
    this.progress = undefined;
    progress?.sink?.done();
  }
}

async function readStart(file: string, buffer: Buffer, maxFileBytes: number): Promise<ReadResult> {
  // The callback API with a plain descriptor: lighter than FileHandle, and as asynchronous.
  const fd = await new Promise<number | undefined>((resolve) => fsCallbacks.open(file, 'r', (error, fd) => resolve(error ? undefined : fd)));
  if (fd === undefined) return { kind: 'missing' };
  try {
    const bytesRead = await new Promise<number>((resolve, reject) =>
      fsCallbacks.read(fd, buffer, 0, buffer.length, 0, (error, bytes) => (error ? reject(error) : resolve(bytes))),
    );
    // A short read is the whole file; only a full buffer needs the size.
    const size =
      bytesRead < buffer.length
        ? bytesRead
        : await new Promise<number>((resolve, reject) => fsCallbacks.fstat(fd, (error, stat) => (error ? reject(error) : resolve(stat.size))));
    if (size > maxFileBytes) return { kind: 'too-large', size };
    let text = buffer.toString('utf8', 0, bytesRead);
    // Cut a partial last line (and any split character) off a truncated read.
    if (size > bytesRead) text = text.slice(0, text.lastIndexOf('\n') + 1);
    return { kind: 'text', text, size, bytesRead };
  } catch {
    return { kind: 'missing' };
  } finally {
    fsCallbacks.close(fd, () => undefined);
  }
}

/** node_modules, .git and other hidden folders or files are not indexed. */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function isIgnored(folder: string, target: string): boolean {
  return path.relative(folder, target).split(path.sep).some((part) => part !== '' && isIgnoredName(part));
}

/** The file-system path of a `file:` URI; undefined for other schemes. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The index's URI for a path (one spelling, whatever the client's encoding of the event URI). */
export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

function describeJob(job: Job): string {
  return job.kind === 'walk' ? `reading folder ${job.dir}` : job.kind === 'probe' ? `looking at ${job.target}` : `reading ${job.file}`;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
