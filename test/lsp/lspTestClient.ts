// A minimal LSP client for the tests: runs the built server (dist/server.js) as a child
// process over stdio or IPC and records what it publishes, so tests can wait for events.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';
import {
  type ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  type InitializeResult,
  InitializeRequest,
  InitializedNotification,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  type Range,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

export const repoRoot = path.resolve(__dirname, '../../..');
export const serverPath = path.join(repoRoot, 'dist/server.js');

/** How long a test waits for an event before failing (a failure bound, not a sleep). */
const eventTimeoutMs = 10_000;

export interface StartOptions {
  transport?: 'stdio' | 'ipc';
  initializationOptions?: unknown;
  /** When given, the client announces workspace/configuration and answers it with this. */
  configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown;
}

interface Waiter {
  uri: string;
  accept: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logMessages: string[] = [];
  readonly configurationRequests: { section?: string; scopeUri?: string }[] = [];
  initializeResult!: InitializeResult;
  private waiters: Waiter[] = [];
  private stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      const ready = this.waiters.filter((waiter) => waiter.uri === params.uri && waiter.accept(params));
      this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
      for (const waiter of ready) waiter.resolve(params);
    });
    connection.onNotification(LogMessageNotification.type, (params) => this.logMessages.push(params.message));
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const client = options.transport === 'ipc' ? LspTestClient.overIpc() : LspTestClient.overStdio();
    const { configuration } = options;
    if (configuration) {
      client.connection.onRequest(ConfigurationRequest.type, (params) =>
        params.items.map((item) => {
          client.configurationRequests.push({ section: item.section, scopeUri: item.scopeUri });
          return configuration(item.section, item.scopeUri);
        }),
      );
    }
    client.connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: configuration !== undefined, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true },
      },
    };
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private static overStdio(): LspTestClient {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspTestClient(child, connection);
  }

  private static overIpc(): LspTestClient {
    const child = fork(serverPath, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    return new LspTestClient(child, connection);
  }

  /**
   * Resolves with the next publishDiagnostics for `uri` that `accept` takes. Call it before
   * sending the message that causes the publication.
   */
  nextDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        reject(new Error(`no publishDiagnostics for ${uri} within ${eventTimeoutMs} ms; server stderr: ${this.stderr}`));
      }, eventTimeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, (params) => params.version === version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'cable', version, text },
    });
    return published;
  }

  /** Sends incremental edits and resolves with the diagnostics of the new version. */
  async edit(uri: string, version: number, edits: { range: Range; text: string }[]): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, (params) => params.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: edits,
    });
    return published;
  }

  /** Closes a document and resolves with the (empty) diagnostics that clear it. */
  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, (params) => params.diagnostics.length === 0 && params.version === undefined);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return published;
  }

  /** Sends didChangeConfiguration and resolves with the re-validated diagnostics of `uri`. */
  async changeConfiguration(settings: unknown, uri: string): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
    return published;
  }

  documentSymbols(uri: string) {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  get serverErrors(): string {
    return this.stderr;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<number | null> {
    const exited = this.running ? once(this.child, 'exit') : Promise.resolve([this.child.exitCode]);
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const [code] = (await exited) as [number | null];
    this.connection.dispose();
    return code;
  }
}
