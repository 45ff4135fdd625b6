// Keeps a CableIndex in step with the cable files under the workspace folders: walks the
// folders, has the files read and parsed by a FieldsReader (worker threads, or the main
// thread with async reads), and re-reads files the client reports as changed. The event
// loop gets a turn after every folder and batch, so editor requests are answered meanwhile.
// An open document's cables come from its text in the editor instead, until it closes.
// Knows nothing of LSP; progress goes to a ProgressSink.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isCableFileName } from './cableHead';
import type { CableFields, CableIndex } from './cableIndex';
import { type FieldsReader, InlineFieldsReader, yieldToEventLoop } from './fieldsReaders';
import { defaultReadLimits, type FileFields, type ReadLimits } from './fileFields';

/** Where indexing progress goes (the LSP work-done progress, or nothing). */
export interface ProgressSink {
  begin(title: string, percentage?: number, message?: string): void;
  report(percentage: number | undefined, message: string): void;
  done(): void;
}

export interface IndexerOptions {
  /** Reads and parses files; by default on the main thread. */
  reader?: FieldsReader;
  /** Size cap and read length for the default reader. */
  limits?: ReadLimits;
  /** Creates a progress sink when a long piece of work starts (a folder walk). */
  startProgress?: () => Promise<ProgressSink>;
  log?: (message: string) => void;
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

const defaultProgressIntervalMs = 200;

interface Progress {
  sink?: ProgressSink;
  done: number;
  lastReport: number;
  lastPercentage: number;
}

export class WorkspaceIndexer {
  readonly stats: IndexerStats = { filesRead: 0, fileBytes: 0, bytesRead: 0, tooLarge: 0, busyMs: 0 };
  /** Workspace folder paths. */
  private readonly folders = new Set<string>();
  /** Work, most urgent first: paths that may be new folders, changed files, folders to walk, files found by walks. */
  private readonly probes: string[] = [];
  private readonly changedFiles: string[] = [];
  private readonly walks: string[] = [];
  private readonly foundFiles: string[] = [];
  /** Files in a queue, so that a file found twice (repeated events, say) is read once. */
  private readonly queuedFiles = new Set<string>();
  /** Index URIs of the documents open in the editor: what is on disk does not replace or remove them. */
  private readonly openDocuments = new Set<string>();
  private readonly reader: FieldsReader;
  private readonly progressIntervalMs: number;
  private running: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;
  private progress: Progress | undefined;
  /** Files handed to the reader and not yet indexed. */
  private filesInFlight = 0;
  private walksInFlight = 0;
  private walkListeners: (() => void)[] = [];

  constructor(
    private readonly index: CableIndex,
    private readonly options: IndexerOptions = {},
  ) {
    this.reader = options.reader ?? new InlineFieldsReader(options.limits ?? defaultReadLimits);
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
      this.walks.push(folder);
    }
    this.start();
  }

  /** Forgets workspace folders and their files (unless another folder still holds them). */
  removeFolders(uris: readonly string[]): void {
    for (const uri of uris) {
      const folder = pathOf(uri);
      if (folder !== undefined) this.folders.delete(folder);
    }
    this.removeFiles((uri) => {
      const file = pathOf(uri);
      return file === undefined || !this.isIndexable(file);
    });
  }

  /**
   * The cables of an open document's current text, as the editor has it (saved or not): they
   * stand for the file until `closeDocument`. Any document, in a workspace folder or not
   * (`untitled:` too).
   */
  setOpenDocument(uri: string, cables: readonly CableFields[]): void {
    const indexUri = indexUriOf(uri);
    this.openDocuments.add(indexUri);
    this.index.setFile(indexUri, cables);
  }

  /** A workspace cable file goes back to what is saved on disk; any other document leaves the index. */
  closeDocument(uri: string): void {
    const indexUri = indexUriOf(uri);
    if (!this.openDocuments.delete(indexUri)) return;
    const file = pathOf(indexUri);
    if (file !== undefined && this.isIndexable(file) && isCableFileName(file)) {
      this.enqueueFile(file, this.changedFiles);
      this.start();
    } else {
      this.index.removeFile(indexUri);
    }
  }

  /** Applies `workspace/didChangeWatchedFiles` events. */
  filesChanged(changes: readonly FileChange[]): void {
    for (const change of changes) {
      const target = pathOf(change.uri);
      if (target === undefined || !this.isIndexable(target)) continue;
      if (change.type === 3) {
        // A deleted folder comes as one event for the folder.
        const uri = uriOf(target);
        this.removeFiles((indexed) => indexed === uri || indexed.startsWith(`${uri}/`));
      } else if (isCableFileName(target)) {
        this.enqueueFile(target, this.changedFiles);
      } else {
        // Possibly a folder moved or copied in: look before walking.
        this.probes.push(target);
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
    this.probes.length = this.changedFiles.length = this.walks.length = this.foundFiles.length = 0;
    this.queuedFiles.clear();
    this.reader.dispose();
  }

  private start(): void {
    if (this.running || this.disposed || !this.hasWork()) return;
    const started = performance.now();
    if (this.walks.length > 0) this.beginProgress();
    this.running = this.runLoops().finally(() => {
      this.stats.busyMs += performance.now() - started;
      this.running = undefined;
      this.endProgress();
      // Work that came in while the last loop was finishing.
      if (this.hasWork()) return this.start();
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  private hasWork(): boolean {
    return this.probes.length + this.changedFiles.length + this.walks.length + this.foundFiles.length > 0;
  }

  private async runLoops(): Promise<void> {
    await Promise.all(Array.from({ length: this.reader.batchesInFlight }, () => this.loop()));
  }

  /** Takes work until there is none; several loops run at once to keep the reader busy. */
  private async loop(): Promise<void> {
    while (!this.disposed) {
      try {
        const probe = this.probes.pop();
        const dir = probe === undefined && this.changedFiles.length === 0 ? this.walks.pop() : undefined;
        if (probe !== undefined) await this.probe(probe);
        else if (dir !== undefined) await this.walk(dir);
        else {
          const batch = this.takeBatch();
          if (batch.length > 0) await this.indexBatch(batch);
          // Another loop's walk may still add files: wait for it rather than quit early.
          else if (this.walksInFlight > 0) await new Promise<void>((resolve) => this.walkListeners.push(resolve));
          else return;
        }
      } catch (error) {
        this.options.log?.(`workspace index: ${(error as Error)?.stack ?? error}`);
      }
      // Let requests and notifications that came in meanwhile be handled first.
      await yieldToEventLoop();
    }
  }

  /** Changed files first, then files found by walks. */
  private takeBatch(): string[] {
    const batch: string[] = [];
    while (batch.length < this.reader.batchSize) {
      const file = this.changedFiles.pop() ?? this.foundFiles.pop();
      if (file === undefined) break;
      this.queuedFiles.delete(file);
      batch.push(file);
    }
    return batch;
  }

  private async walk(dir: string): Promise<void> {
    if (!this.isIndexable(dir)) return;
    this.walksInFlight++;
    try {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (this.disposed) return;
        if (isIgnoredName(entry.name)) continue;
        const child = path.join(dir, entry.name);
        // Symbolic links are not followed: they can loop, or lead out of the workspace.
        // A workspace folder inside another one has a walk of its own.
        if (entry.isDirectory()) {
          if (!this.folders.has(child)) this.walks.push(child);
        } else if (entry.isFile() && isCableFileName(entry.name)) {
          this.enqueueFile(child, this.foundFiles);
        }
      }
    } finally {
      this.walksInFlight--;
      for (const resolve of this.walkListeners.splice(0)) resolve();
    }
  }

  private async probe(target: string): Promise<void> {
    const stat = await fs.lstat(target).catch(() => undefined);
    if (stat?.isDirectory()) this.walks.push(target);
  }

  private enqueueFile(file: string, queue: string[]): void {
    if (this.queuedFiles.has(file)) return;
    this.queuedFiles.add(file);
    queue.push(file);
  }

  private async indexBatch(files: string[]): Promise<void> {
    this.filesInFlight += files.length;
    let results: FileFields[];
    try {
      results = await this.reader.read(files);
    } finally {
      this.filesInFlight -= files.length;
    }
    if (this.disposed) return;
    for (const result of results) this.apply(result);
  }

  private apply({ file, outcome, size, bytesRead, cables, error }: FileFields): void {
    // The folder may have been removed while the file was read.
    if (!this.isIndexable(file)) return;
    if (error) this.options.log?.(`workspace index: reading ${file} failed: ${error}`);
    if (outcome === 'read') {
      this.stats.filesRead++;
      this.stats.fileBytes += size;
      this.stats.bytesRead += bytesRead;
    } else if (outcome === 'too-large') {
      this.stats.tooLarge++;
    }
    const uri = uriOf(file);
    // A file open in the editor keeps the cables of its text there.
    if (!this.openDocuments.has(uri)) this.index.setFile(uri, outcome === 'read' ? cables : []);
    this.reportProgress();
  }

  /** Removes the files `drop` picks from the index, but not open documents: the editor still has their text. */
  private removeFiles(drop: (uri: string) => boolean): void {
    this.index.removeFiles((uri) => !this.openDocuments.has(uri) && drop(uri));
  }

  private isIndexable(target: string): boolean {
    const folder = this.folderOf(target);
    return folder !== undefined && !isIgnored(folder, target);
  }

  /** The workspace folder holding a path (the innermost, for nested folders). */
  private folderOf(target: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      if (isInside(folder, target) && (!best || folder.length > best.length)) best = folder;
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
    const total = progress.done + this.filesInFlight + this.foundFiles.length + this.changedFiles.length;
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

function isInside(folder: string, target: string): boolean {
  return target === folder || (target.startsWith(folder) && (folder.endsWith(path.sep) || target[folder.length] === path.sep));
}

/** node_modules, .git and other hidden folders or files are not indexed. */
function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function isIgnored(folder: string, target: string): boolean {
  return target
    .slice(folder.length)
    .split(path.sep)
    .some((part) => part !== '' && isIgnoredName(part));
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

/** The index's URI for a document: a file's in the spelling of `uriOf`, any other scheme's as it is. */
function indexUriOf(uri: string): string {
  const file = pathOf(uri);
  return file === undefined ? uri : uriOf(file);
}

/**
 * The index's URI for a path: one spelling, whatever the encoding of an event's URI. On POSIX
 * it encodes like VS Code (every byte but letters, digits, `-._~` and `/`), and faster than
 * building a URL object for each of 100,000 files.
 */
export function uriOf(file: string): string {
  if (path.sep !== '/') return pathToFileURL(file).href;
  return `file://${file.split('/').map(encodeSegment).join('/')}`;
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
