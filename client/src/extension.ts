// Entry point of the VS Code extension. It activates for plain-text files too (to recognise
// cables in `.txt` files), so activation only registers listeners; the language client is
// loaded and the server started when the first cable document is open.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CableSummaryResult } from '../../server/src/protocol';
import type { CableClient } from './cableClient';
import { detectionLineCount, isDetectionCandidate, looksLikeCable } from './detect';
import { disableRule } from './disableRule';

/** What the extension exports to other extensions (and to its integration tests). */
export interface CableExtensionApi {
  /** The classification and ID of each cable in an open cable document. */
  summary(uri: vscode.Uri): Promise<CableSummaryResult | undefined>;
}

let cableClient: Promise<CableClient> | undefined;

export function activate(context: vscode.ExtensionContext): CableExtensionApi {
  let output: vscode.OutputChannel | undefined;
  const outputChannel = () => {
    if (!output) {
      output = vscode.window.createOutputChannel('Diplomatic Cable');
      context.subscriptions.push(output);
    }
    return output;
  };

  const startClient = (): Promise<CableClient> => {
    cableClient ??= (async () => {
      // A separate bundle (dist/cableClient.js), loaded only now: plain-text activation
      // stays at a few KB instead of the whole language client.
      const { CableClient } = require(path.join(__dirname, 'cableClient.js')) as typeof import('./cableClient');
      const client = new CableClient(context, outputChannel());
      try {
        await client.start();
      } catch (error) {
        // Forget the failed client, so that the next cable document or a restart tries again.
        cableClient = undefined;
        await client.dispose().catch(() => undefined);
        outputChannel().appendLine(`The language server could not be started: ${String(error)}`);
        throw error;
      }
      return client;
    })();
    return cableClient;
  };
  const isCable = (document: vscode.TextDocument) => document.languageId === 'cable';

  // A document switched to `cable` once is never switched again, so a user who sets it
  // back to plain text keeps plain text.
  const switchedToCable = new Set<string>();
  const detect = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (switchedToCable.has(key)) return;
    if (!isDetectionCandidate({ languageId: document.languageId, scheme: document.uri.scheme, path: document.uri.path })) return;
    const lines: string[] = [];
    for (let i = 0; i < Math.min(detectionLineCount, document.lineCount); i++) lines.push(document.lineAt(i).text);
    if (!looksLikeCable(lines)) return;
    switchedToCable.add(key);
    vscode.languages.setTextDocumentLanguage(document, 'cable').then(undefined, (error) => {
      switchedToCable.delete(key);
      outputChannel().appendLine(`Could not switch ${document.uri.toString(true)} to cable: ${String(error)}`);
    });
  };

  // Failures to start are logged by startClient.
  const onDocument = (document: vscode.TextDocument) => (isCable(document) ? void startClient().catch(() => undefined) : detect(document));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(onDocument),
    // Text pasted into a new untitled buffer: look again while the top lines change.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.isUntitled && event.contentChanges.some((change) => change.range.start.line < detectionLineCount)) {
        detect(event.document);
      }
    }),
    vscode.commands.registerCommand('cable.restartServer', async () => {
      if (cableClient) await (await cableClient).restart();
      else if (vscode.workspace.textDocuments.some(isCable)) await startClient();
      else void vscode.window.showInformationMessage('The cable language server starts when a cable file is opened.');
    }),
    vscode.commands.registerCommand('cable.showOutput', () => outputChannel().show(true)),
    vscode.commands.registerCommand('cable.disableRule', disableRule),
  );

  vscode.workspace.textDocuments.forEach(onDocument);
  // A workspace of cables: start the server now, so its index serves Go to Symbol in
  // Workspace before any cable is opened.
  if (vscode.workspace.workspaceFolders?.length) {
    void vscode.workspace.findFiles('**/*.{cable,tel}', '**/node_modules/**', 1).then(
      (found) => (found.length ? startClient().catch(() => undefined) : undefined),
      () => undefined,
    );
  }

  return {
    summary: async (uri) => (cableClient ? (await cableClient.catch(() => undefined))?.summary(uri) : undefined),
  };
}

export async function deactivate(): Promise<void> {
  const client = cableClient;
  cableClient = undefined;
  if (client) await (await client.catch(() => undefined))?.dispose();
}
