// The workspace index on the LSP connection: workspace folders from `initialize` and
// `workspace/didChangeWorkspaceFolders`, file watchers registered by the server itself
// (no client setting needed), open documents (their text in the editor, not on disk),
// `workspace/symbol`, work-done progress while indexing, and a status request for tests and
// benchmarks.
import {
  type ClientCapabilities,
  type Connection,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type ServerCapabilities,
  SymbolKind,
  type SymbolInformation,
  WatchKind,
} from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { guardedRequest } from '../guard';
import type { CableFile } from '../parser/model';
import { cableFileGlob, cableFields } from './cableHead';
import { CableIndex, defaultQueryLimit, type IndexedCable } from './cableIndex';
import { defaultWorkerCount, type FieldsReader, InlineFieldsReader, WorkerFieldsReader } from './fieldsReaders';
import { defaultReadLimits } from './fileFields';
import { type IndexerStats, WorkspaceIndexer } from './indexer';

/** The index worker's bundle, next to the server's (scripts/build.mjs). */
const workerScript = path.join(__dirname, 'cableIndexWorker.js');

/**
 * Worker threads when the worker bundle is there; the main thread otherwise (it yields between
 * files). `CABLE_INDEX_WORKERS` sets the number of workers, 0 for none (for benchmarks).
 */
function fieldsReader(log: (message: string) => void): FieldsReader {
  const requested = process.env.CABLE_INDEX_WORKERS;
  const count = requested !== undefined && /^\d+$/.test(requested) ? Number(requested) : defaultWorkerCount();
  if (count === 0 || !existsSync(workerScript)) return new InlineFieldsReader(defaultReadLimits);
  return new WorkerFieldsReader(workerScript, count, defaultReadLimits, log);
}

/**
 * Request `cable/workspaceIndexStatus` (no params): how far indexing is, and the server's
 * memory use. For tests and the workspace benchmark; the editor does not need it.
 */
export const workspaceIndexStatusRequest = 'cable/workspaceIndexStatus';

export interface WorkspaceIndexStatus extends IndexerStats {
  indexing: boolean;
  files: number;
  cables: number;
  memory: { rss: number; heapUsed: number };
  /** CPU time of the server process so far, all threads (workers included). */
  cpuMs: number;
}

export class WorkspaceIndexService {
  readonly cables = new CableIndex();
  private readonly indexer: WorkspaceIndexer;
  private folders: string[] = [];
  private capabilities: ClientCapabilities = {};

  constructor(
    private readonly connection: Connection,
    log: (message: string) => void,
  ) {
    this.indexer = new WorkspaceIndexer(this.cables, {
      log,
      reader: fieldsReader(log),
      // A client without `window.workDoneProgress` gets a reporter that sends nothing.
      startProgress: () => connection.window.createWorkDoneProgress(),
    });
    connection.onWorkspaceSymbol(({ query }, token) =>
      guardedRequest<SymbolInformation[]>(log, 'workspace/symbol', query, token, [], () => this.cables.query(query, defaultQueryLimit).map(symbolOf)),
    );
    connection.onDidChangeWatchedFiles(({ changes }) => this.indexer.filesChanged(changes as { uri: string; type: 1 | 2 | 3 }[]));
    connection.onRequest(workspaceIndexStatusRequest, () => this.status());
  }

  /** Reads the workspace folders; returns the server capabilities the index adds. */
  initialize(params: InitializeParams): ServerCapabilities {
    this.capabilities = params.capabilities;
    this.folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      workspaceSymbolProvider: true,
      ...(params.capabilities.workspace?.workspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    };
  }

  /** After `initialized`: asks for file events and starts indexing in the background. */
  initialized(): void {
    const workspace = this.capabilities.workspace;
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: cableFileGlob },
          // A deleted or added folder is reported once, for the folder itself.
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
        ],
      });
    }
    if (workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        this.indexer.removeFolders(removed.map((folder) => folder.uri));
        this.indexer.addFolders(added.map((folder) => folder.uri));
      });
    }
    this.indexer.addFolders(this.folders);
  }

  /** An open document's current version, parsed by the server: the index holds its cables until it closes. */
  documentChanged(uri: string, model: CableFile): void {
    this.indexer.setOpenDocument(uri, cableFields(model.cables));
  }

  documentClosed(uri: string): void {
    this.indexer.closeDocument(uri);
  }

  dispose(): void {
    this.indexer.dispose();
  }

  private status(): WorkspaceIndexStatus {
    const { rss, heapUsed } = process.memoryUsage();
    const { user, system } = process.cpuUsage();
    return {
      ...this.indexer.stats,
      indexing: this.indexer.indexing,
      files: this.cables.fileCount,
      cables: this.cables.cableCount,
      memory: { rss, heapUsed },
      cpuMs: (user + system) / 1000,
    };
  }
}

/** A cable as a workspace symbol. The label holds ID, subject and tags because VS Code filters symbols by their label. */
export function symbolOf(cable: IndexedCable): SymbolInformation {
  const label = [cable.id ?? '(no ID)', cable.subject].filter(Boolean).join(' — ') + (cable.tags.length ? ` [${cable.tags.join(' ')}]` : '');
  const range = { start: { line: cable.line, character: cable.startCharacter }, end: { line: cable.line, character: cable.endCharacter } };
  return {
    name: label,
    kind: SymbolKind.File,
    location: { uri: cable.uri, range },
    containerName: [cable.origin, cable.dtg?.slice(0, 10)].filter(Boolean).join(', ') || undefined,
  };
}
