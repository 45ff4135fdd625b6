// The extension in a real VS Code: activation, commands, the cable language and content
// detection of cables in plain-text documents.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureFiles } from '../fixture';
import { diagnosticsWhere, documentInLanguage, extensionApi, extensionId, sampleText, sampleUri, workspaceUri } from './helpers';

suite('Activation and the cable language', () => {
  test('the extension activates and registers its commands', async () => {
    await extensionApi();
    assert.equal(vscode.extensions.getExtension(extensionId)?.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['cable.restartServer', 'cable.showOutput']) assert.ok(commands.includes(command), `${command} is registered`);
  });

  test('a .cable file opens in the cable language and starts the language server', async () => {
    const opened = performance.now();
    const document = await vscode.workspace.openTextDocument(sampleUri());
    assert.equal(document.languageId, 'cable');
    await diagnosticsWhere(document.uri, 'the first diagnostics', (d) => d.length > 0);
    console.log(`    (first diagnostics ${Math.round(performance.now() - opened)} ms after opening, server start included)`);
  });

  test('a .txt file that starts like a cable is switched to cable', async () => {
    const uri = workspaceUri(fixtureFiles.sampleAsText);
    await vscode.workspace.openTextDocument(uri);
    const document = await documentInLanguage(uri, 'cable');
    assert.equal(document.getText(), sampleText());
  });

  test('an untitled plain-text buffer holding a cable is switched to cable', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: sampleText() });
    await documentInLanguage(untitled.uri, 'cable');
  });

  test('text pasted into an empty untitled buffer is looked at again', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(untitled.uri, new vscode.Position(0, 0), sampleText());
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await documentInLanguage(untitled.uri, 'cable');
  });

  test('a plain .txt file that is not a cable stays plain text', async () => {
    const plain = await vscode.workspace.openTextDocument(workspaceUri(fixtureFiles.plainText));
    // Documents are looked at in the order they open: once a cable opened after the plain
    // file has been switched, the plain file has been looked at too.
    const laterCable = await vscode.workspace.openTextDocument({ language: 'plaintext', content: sampleText() });
    await documentInLanguage(laterCable.uri, 'cable');
    assert.equal(plain.languageId, 'plaintext');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === plain.uri.toString())?.languageId, 'plaintext');
  });

  test('Cable: Show Output runs', async () => {
    await vscode.commands.executeCommand('cable.showOutput');
  });
});
