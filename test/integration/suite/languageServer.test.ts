// The language server through VS Code: diagnostics, the outline, settings, edits, the
// status summary, and restarts (asked for, and after a crash).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { corpusCableIds, fixtureFiles } from '../fixture';
import {
  diagnosticsWhere,
  extensionApi,
  garbledParagraphLines,
  pilcrowHints,
  ruleCode,
  sampleText,
  sampleUri,
  workspaceUri,
} from './helpers';

const configuration = () => vscode.workspace.getConfiguration('cable');
const hasAllPilcrowHints = (lines: number[]) => (diagnostics: vscode.Diagnostic[]) =>
  lines.every((line) => pilcrowHints(diagnostics).some((d) => d.range.start.line === line));

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

async function outline(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  // The summary request answers once the server has the document open, so the outline
  // asked next comes from the server, not from an empty provider list.
  await (await extensionApi()).summary(uri);
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

/** Process ids of the language servers started by this extension host. */
function languageServerPids(): number[] {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return table.split('\n').flatMap((row) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(row);
    return match && Number(match[2]) === process.pid && match[3].includes('dist/server.js') ? [Number(match[1])] : [];
  });
}

suite('Language server in VS Code', () => {
  const garbledLines = garbledParagraphLines(sampleText());

  suiteSetup(() => {
    assert.equal(garbledLines.length, 6, 'the sample has six paragraphs numbered 13. to 18.');
  });

  test('the sample gets pilcrow-garbled hints on 13. to 18. and no errors', async () => {
    const document = await vscode.workspace.openTextDocument(sampleUri());
    const diagnostics = await diagnosticsWhere(document.uri, 'pilcrow-garbled on 13. to 18.', hasAllPilcrowHints(garbledLines));
    for (const hint of pilcrowHints(diagnostics)) {
      assert.equal(hint.severity, vscode.DiagnosticSeverity.Hint);
      assert.equal(hint.source, 'cable');
      assert.equal(hint.range.start.character, 0);
      assert.equal(document.getText(hint.range).replace(/\.$/, ''), document.lineAt(hint.range.start.line).text.slice(0, 2));
    }
    assert.deepEqual(pilcrowHints(diagnostics).map((d) => d.range.start.line).sort((a, b) => a - b), garbledLines);
    assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);
  });

  test('the invented example with header problems gets errors at the faulty fields', async () => {
    const uri = workspaceUri(fixtureFiles.headerProblems);
    const document = await vscode.workspace.openTextDocument(uri);
    const expected: Record<string, string> = {
      'dtg-invalid': '311200Z APR 09',
      'security-banner-mismatch': 'CCCCC',
      'precedence-mismatch': 'RR',
      'serial-mismatch': '000124',
    };
    const diagnostics = await diagnosticsWhere(uri, 'the header errors', (d) => Object.keys(expected).every((code) => d.some((x) => ruleCode(x) === code)));
    for (const [code, text] of Object.entries(expected)) {
      const found = diagnostics.find((d) => ruleCode(d) === code);
      assert.equal(found?.severity, vscode.DiagnosticSeverity.Error, `${code} is an error`);
      const marked = document.getText(found.range);
      assert.ok(marked.length > 0 && (text.includes(marked) || marked.includes(text)), `${code} marks ${JSON.stringify(marked)}, expected it in ${text}`);
    }
  });

  test('the outline has one cable named by ID and subject, with paragraphs under their headings', async () => {
    const symbols = await outline(sampleUri());
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].name, /^08TASHKENT578 — IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN/);
    const all = flatten(symbols[0].children);
    const third = all.find((symbol) => symbol.name.startsWith('¶3 (C) While IOM is not officially registered'));
    assert.ok(third, `a symbol for paragraph 3 among: ${all.map((s) => s.name).join(' | ')}`);
    const heading = all.find((symbol) => symbol.name.startsWith('Overtures in Geneva'));
    assert.ok(heading?.children.some((child) => child.name.startsWith('¶4 ')), 'paragraph 4 sits under "Overtures in Geneva"');
  });

  test('the status summary gives the classification and ID', async () => {
    const summary = await (await extensionApi()).summary(sampleUri());
    assert.deepEqual(summary, { cables: [{ id: '08TASHKENT578', classification: 'CONFIDENTIAL' }] });
  });

  test('corpus cables of other header shapes open as cable and get an outline', async () => {
    for (const id of corpusCableIds) {
      const uri = workspaceUri(fixtureFiles.corpusFolder, `${id}.cable`);
      assert.equal((await vscode.workspace.openTextDocument(uri)).languageId, 'cable');
      assert.equal((await outline(uri)).length, 1, `${id} has an outline with one cable`);
    }
  });

  test('turning pilcrow-garbled off in the settings re-validates', async () => {
    const uri = sampleUri();
    await vscode.workspace.openTextDocument(uri);
    await diagnosticsWhere(uri, 'pilcrow hints present', hasAllPilcrowHints(garbledLines));
    try {
      await configuration().update('diagnostics.rules', { 'pilcrow-garbled': 'off' }, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(uri, 'no pilcrow hints', (d) => pilcrowHints(d).length === 0);
    } finally {
      await configuration().update('diagnostics.rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(uri, 'pilcrow hints back', hasAllPilcrowHints(garbledLines));
  });

  test('the "Turn off the rule" code action writes the setting and re-validates', async () => {
    const uri = sampleUri();
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const [hint] = pilcrowHints(await diagnosticsWhere(uri, 'pilcrow hints present', hasAllPilcrowHints(garbledLines)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hint.range);
    const turnOff = actions.find((a) => a.command?.command === 'cable.disableRule');
    assert.ok(turnOff, `a turn-off action among ${actions.map((a) => a.title).join(' | ')}`);
    try {
      await vscode.commands.executeCommand(turnOff.command!.command, ...(turnOff.command!.arguments ?? []));
      assert.equal(configuration().get<Record<string, string>>('diagnostics.rules')?.['pilcrow-garbled'], 'off');
      await diagnosticsWhere(uri, 'no pilcrow hints', (d) => pilcrowHints(d).length === 0);
    } finally {
      await configuration().update('diagnostics.rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(uri, 'pilcrow hints back', hasAllPilcrowHints(garbledLines));
  });

  test('an edit updates the diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'cable', content: sampleText() });
    await diagnosticsWhere(document.uri, 'pilcrow hints present', hasAllPilcrowHints(garbledLines));
    const [fixedLine, ...stillGarbled] = garbledLines;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(fixedLine, 0, fixedLine, 2), '¶3');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const after = await diagnosticsWhere(document.uri, `no pilcrow hint on line ${fixedLine + 1}`, (d) =>
      pilcrowHints(d).every((hint) => hint.range.start.line !== fixedLine),
    );
    assert.deepEqual(pilcrowHints(after).map((d) => d.range.start.line).sort((a, b) => a - b), stillGarbled);
  });

  test('Cable: Restart Language Server brings the diagnostics back', async () => {
    const uri = sampleUri();
    await vscode.workspace.openTextDocument(uri);
    const before = languageServerPids();
    assert.equal(before.length, 1, `one language server runs (found ${before.join(', ') || 'none'})`);
    await vscode.commands.executeCommand('cable.restartServer');
    const after = languageServerPids();
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before[0], 'a new server process');
    await diagnosticsWhere(uri, 'pilcrow hints after the restart', hasAllPilcrowHints(garbledLines));
  });

  test('a crashed language server is restarted', async () => {
    const uri = sampleUri();
    await vscode.workspace.openTextDocument(uri);
    const [crashed] = languageServerPids();
    assert.ok(crashed, 'a language server runs');
    // The client keeps the old diagnostics over a restart; the next publication for the
    // sample can only come from a new server.
    const republished = diagnosticsWhere(uri, 'pilcrow hints from a restarted server', hasAllPilcrowHints(garbledLines), { checkNow: false });
    process.kill(crashed, 'SIGKILL');
    await republished;
    const [restarted] = languageServerPids();
    assert.ok(restarted && restarted !== crashed, 'a new server process runs');
  });
});
