// The cable language server: wires the document store, the parse cache, settings and the
// features to the LSP connection. Runs over --stdio, --node-ipc, --socket or --pipe.
import {
  createConnection,
  DidChangeConfigurationNotification,
  type Diagnostic,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { ClientSettings, defaultValidationDelayMs, readInitializationOptions } from './clientSettings';
import { DocumentModels } from './documentModels';
import { EditorFeatures } from './editorFeatures';
import { computeDiagnostics } from './features/diagnostics';
import { guarded, guardedAsync } from './guard';
import { lineEndSafeDocuments } from './lineEndSafeDocuments';
import { stdioTransport } from './transport/stdio';
import { ValidationScheduler, type StillWanted } from './validationScheduler';
import { WorkspaceIndexService } from './workspace/workspaceIndex';

// `cable-language-server` with no transport flag talks over stdio instead of failing. Stdio
// gets a reader that stays in step after malformed input (transport/frameScanner.ts); the other
// transports are vscode-languageserver's.
const transportFlag = process.argv.slice(2).find((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg));
let shutdownReceived = false;
const connection =
  transportFlag === undefined || transportFlag === '--stdio'
    ? createConnection(ProposedFeatures.all, ...stdioTransport((problem) => logError(problem), () => (shutdownReceived ? 0 : 1)))
    : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(lineEndSafeDocuments);
const models = new DocumentModels();
const logError = (message: string) => connection.console.error(message);

let settings = new ClientSettings(undefined, undefined, logError);
let registerForConfigurationChanges = false;
const scheduler = new ValidationScheduler(validate, defaultValidationDelayMs);
const editorFeatures = new EditorFeatures({ connection, documents, models, logError, settingsFor: (uri) => settings.forDocument(uri) });
const workspaceIndex = new WorkspaceIndexService(connection, logError);
editorFeatures.workspace = workspaceIndex.cables;

connection.onInitialize((params) => {
  const options = readInitializationOptions(params.initializationOptions);
  scheduler.delayMs = options.validationDelayMs;
  const workspace = params.capabilities.workspace;
  const pull = workspace?.configuration
    ? (uri: string) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'cable' }) as Promise<unknown>
    : undefined;
  settings = new ClientSettings(pull, options.settings, logError);
  registerForConfigurationChanges = pull !== undefined && workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...editorFeatures.capabilities(params.capabilities),
      ...workspaceIndex.initialize(params),
    },
    serverInfo: { name: 'cable-language-server' },
  };
});

connection.onInitialized(() => {
  // Pull-model clients (VS Code) only send didChangeConfiguration after this registration.
  if (registerForConfigurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  // Indexes the workspace folders in the background.
  workspaceIndex.initialized();
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  editorFeatures.settingsChanged();
  for (const document of documents.all()) scheduler.schedule(document.uri);
});

// A document just opened is validated at once; the debounce is for typing.
const justOpened = new Set<string>();
documents.onDidOpen((event) => justOpened.add(event.document.uri));
documents.onDidChangeContent((change) => {
  const uri = change.document.uri;
  scheduler.schedule(uri, justOpened.delete(uri) ? 0 : undefined);
});

documents.onDidClose((event) => {
  const uri = event.document.uri;
  scheduler.cancel(uri);
  models.forget(uri);
  settings.forget(uri);
  workspaceIndex.documentClosed(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

async function validate(uri: string, stillWanted: StillWanted): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const documentSettings = await settings.forDocument(uri);
  // A newer edit, a settings change or a close came in while the settings were fetched.
  if (!stillWanted() || documents.get(uri)?.version !== version) return;
  const model = models.get(document);
  const diagnostics = guarded<Diagnostic[]>(logError, 'diagnostics', uri, [], () => computeDiagnostics(model, documentSettings, uri));
  // Here, not on every change: the debounce spares the index the keystrokes, and the model is parsed already.
  guarded(logError, 'workspace index', uri, undefined, () => workspaceIndex.documentChanged(uri, model));
  await guardedAsync(logError, 'publishing diagnostics', uri, undefined, () =>
    connection.sendDiagnostics({ uri, version, diagnostics }),
  );
}

editorFeatures.register();

connection.onShutdown(() => {
  shutdownReceived = true;
  scheduler.dispose();
  workspaceIndex.dispose();
});

// Last line of defence: a bug in one feature must not take the editor's server down.
process.on('uncaughtException', (error) => logError(`uncaught exception: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => logError(`unhandled rejection: ${String(reason)}`));

documents.listen(connection);
connection.listen();
