// The workspace index through the built server (dist/server.js over stdio): a temporary
// workspace of corpus cables, work-done progress while indexing, the file watchers the server
// registers, workspace/symbol, file and folder changes, workspace folder changes, and open
// documents whose unsaved text stands for their files until they close.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type FileChangeType,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  type Registration,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type SymbolInformation,
  WorkDoneProgress,
  type WorkDoneProgressBegin,
  WorkDoneProgressCreateRequest,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver/node';
import { workspaceIndexStatusRequest, type WorkspaceIndexStatus } from '../../server/src/workspace/workspaceIndex';
import { serverPath } from './lspTestClient';

const corpusCables = path.resolve(__dirname, '../../..', '../shared/corpus/cables');
/** A failure bound for each wait, not a sleep. */
const timeoutMs = 15_000;
const pollIntervalMs = 10;

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** An editor with workspace folders: answers progress creation and registrations, records both. */
class WorkspaceClient {
  readonly progress = new Map<string | number, ProgressValue[]>();
  readonly registrations: Registration[] = [];
  initializeResult!: InitializeResult;
  private stderr = '';
  private progressListeners: (() => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      const values: ProgressValue[] = [];
      this.progress.set(token, values);
      connection.onProgress(WorkDoneProgress.type, token, (value) => {
        values.push(value);
        for (const listener of this.progressListeners.splice(0)) listener();
      });
      return null;
    });
    connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registrations.push(...registrations);
      return null;
    });
  }

  static async start(init: { workspaceFolders?: string[]; rootUri?: string; capabilities: ClientCapabilities }): Promise<WorkspaceClient> {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new WorkspaceClient(child, createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
    client.connection.listen();
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: init.rootUri ?? null,
      workspaceFolders: init.workspaceFolders?.map((uri) => ({ uri, name: path.basename(uri) })) ?? null,
      capabilities: init.capabilities,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves once some progress has ended, `count` times in all. */
  async progressEnded(count = 1): Promise<void> {
    const ended = () => [...this.progress.values()].filter((values) => values.some((value) => value.kind === 'end')).length >= count;
    const deadline = Date.now() + timeoutMs;
    while (!ended()) {
      if (Date.now() > deadline) throw new Error(`progress did not end ${count} time(s); seen ${JSON.stringify([...this.progress.values()])}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.progressListeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  symbols(query: string): Promise<SymbolInformation[]> {
    return this.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as Promise<SymbolInformation[]>;
  }

  status(): Promise<WorkspaceIndexStatus> {
    return this.connection.sendRequest(workspaceIndexStatusRequest);
  }

  changed(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  open(uri: string, text: string): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cable', version: 1, text } });
  }

  /** Replaces the whole text of an open document, without saving it. */
  edit(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * Waits until workspace/symbol gives what `accept` wants. File events have no progress to
   * wait for, so the index is asked again every few milliseconds, up to the timeout.
   */
  async symbolsUntil(query: string, accept: (symbols: SymbolInformation[]) => boolean): Promise<SymbolInformation[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const symbols = await this.symbols(query);
      if (accept(symbols)) return symbols;
      if (Date.now() > deadline) throw new Error(`workspace/symbol ${JSON.stringify(query)} still gives ${JSON.stringify(symbols.map((s) => s.name))}; stderr: ${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    }
  }

  get serverErrors(): string {
    return this.stderr;
  }

  async stop(): Promise<number | null> {
    const exited = once(this.child, 'exit');
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const [code] = (await exited) as [number | null];
    this.connection.dispose();
    return code;
  }
}

const editorCapabilities: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} },
};

const url = (file: string) => pathToFileURL(file).href;
const copyCable = (id: string, to: string) => {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(corpusCables, `${id}.txt`), to);
};
const idsOf = (symbols: SymbolInformation[]) => symbols.map((symbol) => symbol.name.split(' ')[0]).sort();

describe('workspace index over stdio, in an editor with workspace folders, progress and file watchers', () => {
  let root: string;
  let folder: string;
  let client: WorkspaceClient;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-workspace-lsp-'));
    folder = path.join(root, 'cables');
    copyCable('08TASHKENT578', path.join(folder, '08TASHKENT578.txt'));
    copyCable('08LONDON2814', path.join(folder, 'uk/08LONDON2814.txt'));
    copyCable('09BRASILIA1017', path.join(folder, 'br/09BRASILIA1017.cable'));
    copyCable('08VLADIVOSTOK68', path.join(folder, 'ru/old/08VLADIVOSTOK68.tel'));
    copyCable('06ASUNCION589', path.join(folder, 'node_modules/x/06ASUNCION589.txt'));
    copyCable('06ASUNCION589', path.join(folder, '.git/06ASUNCION589.txt'));
    fs.writeFileSync(path.join(folder, 'README.txt'), 'Notes on this folder of cables.\n');
    client = await WorkspaceClient.start({ workspaceFolders: [url(folder)], capabilities: editorCapabilities });
    await client.progressEnded();
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('announces workspace symbols and workspace folder change notifications', () => {
    const { capabilities } = client.initializeResult;
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.deepEqual(capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  });

  test('reports indexing as work-done progress: begin, then end', () => {
    const [values] = [...client.progress.values()];
    assert.equal(values[0].kind, 'begin');
    assert.equal((values[0] as WorkDoneProgressBegin).title, 'Indexing cables');
    assert.equal(values.at(-1)!.kind, 'end');
    assert.ok(values.slice(1, -1).every((value) => value.kind === 'report'));
  });

  test('registers file watchers for cable files and for deleted or added folders', () => {
    const registration = client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    assert.ok(registration, 'didChangeWatchedFiles registered');
    const watchers = (registration.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers;
    assert.deepEqual(watchers, [{ globPattern: '**/*.{txt,cable,tel}' }, { globPattern: '**/*', kind: 1 | 4 }]);
  });

  test('indexed the four cables and nothing under node_modules, .git or prose', async () => {
    const status = await client.status();
    assert.equal(status.cables, 4);
    assert.equal(status.indexing, false);
    assert.deepEqual(idsOf(await client.symbols('')), ['08LONDON2814', '08TASHKENT578', '08VLADIVOSTOK68', '09BRASILIA1017']);
  });

  test('finds a cable by ID, with its file and banner line', async () => {
    const [symbol] = await client.symbols('08tashkent578');
    assert.match(symbol.name, /^08TASHKENT578 — IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN \[PGOV /);
    assert.equal(symbol.location.uri, url(path.join(folder, '08TASHKENT578.txt')));
    const bannerLine = fs.readFileSync(path.join(folder, '08TASHKENT578.txt'), 'utf8').split('\n')[symbol.location.range.start.line];
    assert.match(bannerLine, /^C O N F I D E N T I A L/);
    assert.equal(symbol.containerName, 'AMEMBASSY TASHKENT, 2008-05-21');
  });

  test('finds cables by subject word and by tag', async () => {
    assert.deepEqual(idsOf(await client.symbols('uzbekistan')), ['08TASHKENT578']);
    assert.deepEqual(idsOf(await client.symbols('patent')), ['09BRASILIA1017']);
    assert.deepEqual(idsOf(await client.symbols('AMGT')), ['08LONDON2814']);
  });

  test('an open document’s unsaved SUBJECT and banner serial are found, the saved ones not; after didClose the saved ones again', async () => {
    const file = path.join(folder, '08TASHKENT578.txt');
    const saved = fs.readFileSync(file, 'utf8');
    await client.open(url(file), saved);
    const typed = saved.replace('IOM QUIETLY MAKING', 'IOM LOUDLY MAKING').replaceAll('TASHKENT 000578', 'TASHKENT 000999');
    await client.edit(url(file), 2, typed);
    const [symbol] = await client.symbolsUntil('loudly', (symbols) => symbols.length === 1);
    assert.match(symbol.name, /^08TASHKENT999 — IOM LOUDLY MAKING/);
    assert.equal(symbol.location.uri, url(file));
    assert.deepEqual(await client.symbols('quietly'), []);
    assert.deepEqual(await client.symbols('08TASHKENT578'), []);
    assert.equal((await client.status()).files, 4, 'the open document replaces the file, not beside it');

    await client.close(url(file));
    await client.symbolsUntil('quietly', (symbols) => symbols.length === 1);
    assert.deepEqual(await client.symbols('loudly'), []);
    assert.deepEqual(await client.symbols('08TASHKENT999'), []);
  });

  test('an untitled cable is found while it is open and gone once it closes', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, fs.readFileSync(path.join(corpusCables, '06ASUNCION589.txt'), 'utf8'));
    const [symbol] = await client.symbolsUntil('06ASUNCION589', (symbols) => symbols.length === 1);
    assert.equal(symbol.location.uri, untitled);
    await client.close(untitled);
    await client.symbolsUntil('06ASUNCION589', (symbols) => symbols.length === 0);
    assert.deepEqual(idsOf(await client.symbols('')), ['08LONDON2814', '08TASHKENT578', '08VLADIVOSTOK68', '09BRASILIA1017']);
  });

  test('a created file, a changed file, a deleted file and a deleted folder update the results', async () => {
    copyCable('06BRASILIA1960', path.join(folder, 'br/06BRASILIA1960.txt'));
    await client.changed([{ uri: url(path.join(folder, 'br/06BRASILIA1960.txt')), type: 1 }]);
    await client.symbolsUntil('06BRASILIA1960', (symbols) => symbols.length === 1);

    const tashkent = path.join(folder, '08TASHKENT578.txt');
    fs.writeFileSync(tashkent, fs.readFileSync(tashkent, 'utf8').replace('IOM QUIETLY MAKING', 'IOM LOUDLY MAKING'));
    await client.changed([{ uri: url(tashkent), type: 2 }]);
    await client.symbolsUntil('loudly', (symbols) => symbols.length === 1);

    fs.rmSync(path.join(folder, 'uk/08LONDON2814.txt'));
    await client.changed([{ uri: url(path.join(folder, 'uk/08LONDON2814.txt')), type: 3 }]);
    assert.deepEqual(await client.symbols('08LONDON2814'), []);

    fs.rmSync(path.join(folder, 'ru'), { recursive: true });
    await client.changed([{ uri: url(path.join(folder, 'ru')), type: 3 }]);
    assert.deepEqual(idsOf(await client.symbols('')), ['06BRASILIA1960', '08TASHKENT578', '09BRASILIA1017']);
  });

  test('a workspace folder added is indexed with progress; removed, its cables go', async () => {
    const second = path.join(root, 'second');
    copyCable('08VLADIVOSTOK68', path.join(second, '08VLADIVOSTOK68.txt'));
    const progressBefore = client.progress.size;
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: url(second), name: 'second' }], removed: [] },
    });
    await client.progressEnded(progressBefore + 1);
    assert.deepEqual(idsOf(await client.symbols('vladivostok')), ['08VLADIVOSTOK68']);

    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [], removed: [{ uri: url(second), name: 'second' }] },
    });
    await client.symbolsUntil('vladivostok', (symbols) => symbols.length === 0);
    assert.equal(client.serverErrors, '');
  });
});

describe('workspace index over stdio, in a client with only a rootUri and no progress or watchers', () => {
  let root: string;
  let client: WorkspaceClient;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-rooturi-lsp-'));
    copyCable('08TASHKENT578', path.join(root, '08TASHKENT578.txt'));
    client = await WorkspaceClient.start({ rootUri: url(root), capabilities: {} });
  });

  after(async () => {
    assert.equal(await client.stop(), 0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('indexes the root folder without asking for progress or registering watchers', async () => {
    await client.symbolsUntil('08TASHKENT578', (symbols) => symbols.length === 1);
    assert.equal(client.progress.size, 0);
    assert.deepEqual(client.registrations.filter((r) => r.method === DidChangeWatchedFilesNotification.method), []);
    assert.equal(client.initializeResult.capabilities.workspace, undefined);
  });

  test('still applies file events the client sends on its own', async () => {
    fs.rmSync(path.join(root, '08TASHKENT578.txt'));
    await client.changed([{ uri: url(path.join(root, '08TASHKENT578.txt')), type: 3 }]);
    assert.deepEqual(await client.symbols('tashkent'), []);
  });
});
