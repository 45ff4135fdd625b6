// Lays out the workbench for the README picture: the sample open with its highlighting,
// the outline and the problems panel, then hands over to the runner for the screenshot.
import { existsSync, watch } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fixtureFiles, screenshotReadyMarker } from '../fixture';
import { diagnosticsWhere, pilcrowHints, sampleUri, until, workspaceUri } from './helpers';

export async function arrangeForScreenshot(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // Opened, not shown: its errors fill the Problems panel (the sample itself has only hints).
  const withProblems = await vscode.workspace.openTextDocument(workspaceUri(fixtureFiles.headerProblems));
  await diagnosticsWhere(withProblems.uri, 'errors present', (d) => d.length > 0).catch(() => undefined);
  const document = await vscode.workspace.openTextDocument(sampleUri());
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await diagnosticsWhere(document.uri, 'pilcrow hints present', (d) => pilcrowHints(d).length > 0).catch(() => undefined);
  await vscode.commands.executeCommand('outline.focus');
  // Room for the outline: the timeline is hidden in this throwaway profile (the runner
  // collapses the file tree).
  await vscode.commands.executeCommand('timeline.removeView').then(undefined, (error) => console.log(`could not hide the timeline: ${error}`));
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  // The cursor on the first garbled paragraph, in view.
  const firstHint = pilcrowHints(vscode.languages.getDiagnostics(document.uri))[0];
  if (firstHint) {
    editor.selection = new vscode.Selection(firstHint.range.start, firstHint.range.start);
    editor.revealRange(firstHint.range, vscode.TextEditorRevealType.InCenter);
  }

  const signal = process.env.CABLE_IT_SCREENSHOT_SIGNAL;
  console.log(screenshotReadyMarker);
  if (signal) {
    // The runner writes the signal file once the screenshot is saved.
    const watcher = watch(path.dirname(signal));
    const folderChanged: vscode.Event<unknown> = (listener) => {
      watcher.on('change', listener);
      return new vscode.Disposable(() => watcher.off('change', listener));
    };
    await until('the runner to take the screenshot', [folderChanged], () => (existsSync(signal) ? true : undefined), { timeoutMs: 60_000 }).finally(() =>
      watcher.close(),
    );
  }
}
