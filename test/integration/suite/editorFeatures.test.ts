// The editor features through VS Code's own provider commands, on the sample cable: hover,
// folding, smart select, REF navigation, code actions, completion and inlay hints.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhere, extensionApi, garbledParagraphLines, pilcrowHints, sampleText, sampleUri } from './helpers';

const lineOf = (text: string, prefix: string) => text.split(/\r\n|\r|\n/).findIndex((line) => line.startsWith(prefix));

/** Opens the sample and waits until the server has it (its summary answers), so providers come from the server. */
async function openSample(): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sampleUri());
  await (await extensionApi()).summary(document.uri);
  return document;
}

/** A cable with a REF list and mentions of its items, as an untitled document. */
async function openWithReferences(): Promise<vscode.TextDocument> {
  const text = sampleText()
    .replace(/^REF: TASHKENT$/m, 'REF: A. TASHKENT 123\nB. STATE 456')
    .replace('to participate in', 'to participate (REF B) in');
  const document = await vscode.workspace.openTextDocument({ language: 'cable', content: text });
  await (await extensionApi()).summary(document.uri);
  return document;
}

suite('Editor features in VS Code', () => {
  test('hover decodes the date-time group, as untrusted Markdown', async () => {
    const document = await openSample();
    const line = lineOf(document.getText(), 'R 210839Z');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 4));
    const markdown = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('Date-time group'));
    assert.ok(markdown, 'a hover from the cable server');
    assert.match(markdown.value, /21 May 2008\\, 08\\:39 UTC/);
    assert.notEqual(markdown.isTrusted, true);
    assert.notEqual(markdown.supportHtml, true);
  });

  test('the header folds, from VZCZC to the last addressee', async () => {
    const document = await openSample();
    const text = document.getText();
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.ok(folds.some((f) => f.start === lineOf(text, 'VZCZC') && f.end === lineOf(text, 'RUEAIIA')), JSON.stringify(folds));
  });

  test('smart select grows from a word to the cable', async () => {
    const document = await openSample();
    const [line] = garbledParagraphLines(document.getText());
    const [chain] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', document.uri, [new vscode.Position(line, 20)]);
    const ranges: vscode.Range[] = [];
    for (let node: vscode.SelectionRange | undefined = chain; node; node = node.parent) ranges.push(node.range);
    assert.ok(ranges.some((r) => r.start.line === line && r.end.line === line && r.start.character === 0), 'the line');
    assert.ok(ranges.some((r) => r.start.line < line && r.end.line > line), 'something around the paragraph: a section or the cable');
  });

  test('REF B in the text goes to item B, and item B finds its mention', async () => {
    const document = await openWithReferences();
    const text = document.getText();
    const mentionLine = text.split('\n').findIndex((l) => l.includes('(REF B)'));
    const mention = new vscode.Position(mentionLine, text.split('\n')[mentionLine].indexOf('(REF B)') + 5);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, mention);
    const target = targets.map((t) => ('targetRange' in t ? t.targetSelectionRange ?? t.targetRange : t.range))[0];
    assert.ok(target, 'a definition');
    assert.equal(document.getText(target), 'B');
    const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, target.start);
    assert.ok(found.some((l) => l.range.start.line === mentionLine), 'the mention is among the references');
  });

  test('code actions: write ¶3., fix them all, or turn the rule off', async () => {
    const document = await openSample();
    const [hint] = pilcrowHints(await diagnosticsWhere(document.uri, 'pilcrow hints', (d) => pilcrowHints(d).length > 0));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, hint.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    for (const title of ['Fix all garbled paragraph numbers in this file', "Turn off the rule 'pilcrow-garbled'"]) assert.ok(titles.includes(title), titles.join(' | '));
    assert.ok(titles.some((t) => /^Write ¶\d\.$/.test(t)), titles.join(' | '));
    const off = actions.find((a) => a.title.startsWith('Turn off'))!;
    assert.deepEqual([off.command?.command, off.command?.arguments], ['cable.disableRule', ['pilcrow-garbled']]);
  });

  test('completion offers portion marks after a paragraph number', async () => {
    const document = await openSample();
    const [line] = garbledParagraphLines(document.getText());
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, 4));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('(C)'), labels.slice(0, 20).join(' '));
  });

  test('inlay hints appear when cable.inlayHints.enable is on', async () => {
    const document = await openSample();
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
    assert.deepEqual(await hints(), [], 'off by default');
    const configuration = vscode.workspace.getConfiguration('cable');
    try {
      // The server re-validates on a settings change: the republished diagnostics say it has the new settings.
      const revalidated = diagnosticsWhere(document.uri, 're-validation after the settings change', () => true, { checkNow: false });
      await configuration.update('inlayHints.enable', true, vscode.ConfigurationTarget.Workspace);
      await revalidated;
      const labels = (await hints()).map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
      assert.deepEqual(labels, ['21 May 2008, 08:39 UTC', '21 May 2008, 08:39 UTC']);
    } finally {
      await configuration.update('inlayHints.enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

suite('Workspace cables in VS Code', () => {
  test('Go to Symbol in Workspace finds a cable by ID and by subject words', async () => {
    // The index is built in the background with no event of its own to wait on: ask again
    // until it answers or the time is up.
    const deadline = Date.now() + 20_000;
    let found: vscode.SymbolInformation[] = [];
    while (Date.now() < deadline) {
      found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '08TASHKENT578');
      if (found.some((s) => s.location.uri.path.endsWith('.cable'))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(found.some((s) => s.name.startsWith('08TASHKENT578') && s.location.uri.path.endsWith('.cable')), JSON.stringify(found.map((s) => s.name)));
    const bySubject = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'iom quietly');
    assert.ok(bySubject.some((s) => s.name.startsWith('08TASHKENT578')), JSON.stringify(bySubject.map((s) => s.name)));
  });

  test('a REF item naming a workspace cable links to its file', async () => {
    const text = sampleText().replace(/^REF: TASHKENT$/m, 'REF: A. 08 TASHKENT 578');
    const document = await vscode.workspace.openTextDocument({ language: 'cable', content: text });
    await (await extensionApi()).summary(document.uri);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    const refLine = text.split(/\r\n|\r|\n/).findIndex((line) => line.startsWith('REF: A.'));
    const link = links.find((l) => l.range.start.line === refLine);
    assert.ok(link?.target?.path.endsWith('08TASHKENT578.cable'), JSON.stringify(links.map((l) => [l.range.start.line, l.target?.toString()])));
  });
});
