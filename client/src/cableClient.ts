// The language client proper: starts the bundled server (dist/server.js) over IPC and keeps
// the classification status item up to date. Loaded only once a cable document is open, so
// that activating for plain-text files stays cheap.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RequestType,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { serverExecArgv } from '../../server/src/processFlags';
import { cableSummaryRequest, type CableSummaryParams, type CableSummaryResult } from '../../server/src/protocol';
import { RestartBudget } from './restartPolicy';
import { describeCables } from './statusText';

/**
 * `cable/summary` as a typed request: its one parameter is sent as is. By its bare name, a
 * request spreads every argument, and an absent token went out as `[params, null]`.
 */
const cableSummaryType = new RequestType<CableSummaryParams, CableSummaryResult, void>(cableSummaryRequest);

export const cableDocuments = [
  { language: 'cable', scheme: 'file' },
  { language: 'cable', scheme: 'untitled' },
];

/** Errors in a row on the connection before the server is shut down. */
const maxConnectionErrors = 3;
/** Typing pauses this long before the status item asks the server again. */
const statusRefreshDelayMs = 300;

export class CableClient implements vscode.Disposable {
  private readonly client: LanguageClient;
  private readonly restarts = new RestartBudget();
  private readonly status: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private statusTimer: NodeJS.Timeout | undefined;
  /** Bumped on every status refresh so that a late answer for an older state is dropped. */
  private statusGeneration = 0;

  constructor(context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv] } },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: cableDocuments,
      synchronize: { configurationSection: 'cable' },
      outputChannel: output,
      errorHandler: {
        error: (_error, _message, count) =>
          (count ?? 0) <= maxConnectionErrors ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown },
        closed: () => this.onServerClosed(),
      },
    };
    // The id `cable` makes the client honour the `cable.trace.server` setting.
    this.client = new LanguageClient('cable', 'Diplomatic Cable Language Server', serverOptions, clientOptions);

    this.status = vscode.languages.createLanguageStatusItem('cable.classification', cableDocuments);
    this.status.name = 'Cable classification';
    this.status.text = 'Cable';
    this.disposables.push(
      this.status,
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleStatusRefresh(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.scheduleStatusRefresh(statusRefreshDelayMs);
      }),
    );
  }

  async start(): Promise<void> {
    const started = Date.now();
    await this.client.start();
    this.output.appendLine(`Language server started in ${Date.now() - started} ms.`);
    this.scheduleStatusRefresh(0);
  }

  /** Restarts the server on request; forgets earlier crashes. */
  async restart(): Promise<void> {
    this.restarts.reset();
    this.output.appendLine('Restarting the language server.');
    if (this.client.isRunning()) await this.client.restart();
    else await this.start();
    this.scheduleStatusRefresh(0);
  }

  /** The server's summary of a document's cables, or undefined when it cannot answer. */
  async summary(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<CableSummaryResult | undefined> {
    if (!this.client.isRunning()) return undefined;
    const params: CableSummaryParams = { uri: this.client.code2ProtocolConverter.asUri(uri) };
    try {
      return await this.client.sendRequest(cableSummaryType, params, token);
    } catch (error) {
      if (!token?.isCancellationRequested) this.output.appendLine(`${cableSummaryRequest} failed: ${String(error)}`);
      return undefined;
    }
  }

  private onServerClosed() {
    const decision = this.restarts.recordCrash();
    if (decision.restart) {
      const message = `The language server stopped unexpectedly; restarting it (restart ${decision.crashes} of at most ${decision.maxRestarts} in ${this.restarts.windowMs / 60_000} minutes).`;
      this.output.appendLine(message);
      return { action: CloseAction.Restart, message, handled: true };
    }
    const message = `The language server stopped ${decision.crashes} times in ${this.restarts.windowMs / 60_000} minutes and will not be restarted. Run "Cable: Restart Language Server" to try again.`;
    this.output.appendLine(message);
    return { action: CloseAction.DoNotRestart, message };
  }

  private scheduleStatusRefresh(delayMs: number): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => void this.refreshStatus(), delayMs);
  }

  private async refreshStatus(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(cableDocuments, document) === 0) return;
    const generation = ++this.statusGeneration;
    this.status.busy = true;
    const result = await this.summary(document.uri);
    if (generation !== this.statusGeneration) return;
    this.status.busy = false;
    if (!result) {
      this.status.text = 'Cable';
      this.status.detail = 'The language server is not running';
      return;
    }
    const { text, detail } = describeCables(result.cables);
    this.status.text = text;
    this.status.detail = detail;
  }

  async dispose(): Promise<void> {
    clearTimeout(this.statusTimer);
    for (const disposable of this.disposables) disposable.dispose();
    await this.client.dispose();
  }
}
