// A small LSP client for the latency figures: runs dist/server.js over stdio and times
// requests and the diagnostics that notifications cause, from the client's side.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot, serverBundle } from './paths.mjs';

const lsp = createRequire(join(repoRoot, 'package.json'))('vscode-languageserver/node');

export class BenchClient {
  /** Starts the server with `execArgv`: the flags the client starts it with. */
  static async start(initializationOptions, execArgv = []) {
    const child = spawn(process.execPath, [...execArgv, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
    const client = new BenchClient(child, connection);
    connection.listen();
    await connection.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { versionSupport: true } } },
      initializationOptions,
    });
    await connection.sendNotification(lsp.InitializedNotification.type, {});
    return client;
  }

  constructor(child, connection) {
    this.child = child;
    this.connection = connection;
    this.waiters = [];
    connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
      const ready = this.waiters.filter((w) => w.uri === params.uri && w.version === params.version);
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const waiter of ready) waiter.resolve(params);
    });
  }

  diagnosticsFor(uri, version) {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  /** ms from sending didOpen to the first diagnostics of that version. */
  async timeOpen(uri, text, version = 1) {
    const published = this.diagnosticsFor(uri, version);
    const start = performance.now();
    await this.connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cable', version, text } });
    await published;
    return performance.now() - start;
  }

  /** ms from sending one incremental change to the diagnostics of the new version. */
  async timeChange(uri, version, change) {
    const published = this.diagnosticsFor(uri, version);
    const start = performance.now();
    await this.sendChange(uri, version, change);
    await published;
    return performance.now() - start;
  }

  sendChange(uri, version, change) {
    return this.connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
  }

  async timeDocumentSymbols(uri) {
    const start = performance.now();
    const symbols = await this.connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri } });
    return { ms: performance.now() - start, symbols };
  }

  close(uri) {
    return this.connection.sendNotification(lsp.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop() {
    await this.connection.sendRequest(lsp.ShutdownRequest.type);
    await this.connection.sendNotification(lsp.ExitNotification.type);
    this.connection.dispose();
  }
}
