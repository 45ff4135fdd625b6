// Waiting without fixed sleeps: a condition is checked now and again on each event that can
// change it, until it holds or the timeout passes.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CableExtensionApi } from '../../../client/src/extension';
import { fixtureFiles } from '../fixture';

export const extensionId = 'cable-tools.diplomatic-cable';

export interface WaitOptions {
  timeoutMs?: number;
  /** False: only look after the next event (the current state does not count). */
  checkNow?: boolean;
}

export function until<T>(what: string, events: vscode.Event<unknown>[], probe: () => T | undefined, options: WaitOptions = {}): Promise<T> {
  const { timeoutMs = 20_000, checkNow = true } = options;
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
      settle();
    };
    const check = () => {
      try {
        const value = probe();
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
    for (const event of events) subscriptions.push(event(check));
    if (checkNow) check();
  });
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export const sampleUri = () => workspaceUri(fixtureFiles.sample);
export const sampleText = () => readFileSync(sampleUri().fsPath, 'utf8');

/** 0-based lines of the sample's paragraphs numbered `13.`..`18.` (a lost pilcrow read as 1). */
export function garbledParagraphLines(text: string): number[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, index) => (/^1[3-8]\. /.test(line) ? [index] : []));
}

export async function extensionApi(): Promise<CableExtensionApi> {
  const extension = vscode.extensions.getExtension<CableExtensionApi>(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not loaded`);
  return extension.activate();
}

/** The open document for a URI once it has the language, e.g. after content detection. */
export function documentInLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  return until(`${path.basename(uri.path)} to be in language ${languageId}`, [vscode.workspace.onDidOpenTextDocument], () =>
    vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && document.languageId === languageId),
  );
}

/** The diagnostics of a document once they satisfy a condition. */
export function diagnosticsWhere(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean, options?: WaitOptions) {
  return until(
    `diagnostics of ${path.basename(uri.path)}: ${what}`,
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    options,
  );
}

export const ruleCode = (diagnostic: vscode.Diagnostic) =>
  typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);

export const pilcrowHints = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => ruleCode(d) === 'pilcrow-garbled');
