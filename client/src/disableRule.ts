// `cable.disableRule`: the server's "Turn off the rule" code action runs this command with a
// rule code; it writes `"<code>": "off"` into `cable.diagnostics.rules`.
import * as vscode from 'vscode';
import { isRuleCode } from './ruleCode';

export async function disableRule(code: unknown): Promise<void> {
  if (!isRuleCode(code)) return;
  const resource = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration('cable.diagnostics', resource);
  const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [code]: 'off' };
  // Workspace settings when a folder is open, so the choice travels with the project.
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('rules', rules, target);
}
