// Code actions: each quick fix removes its diagnostic when applied; fix-all and source.fixAll
// fix every garbled pilcrow; "turn off" asks the client to run cable.disableRule.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions, disableRuleCommand, fixAllKind } from '../../server/src/features/codeActions';
import { defaultSettings } from '../../server/src/settings';
import { cleanCable, edit } from '../support/fixtures';
import { positionOf } from '../support/editorFixtures';

const uri = 'file:///w/cable.txt';
const diagnosticsOf = (text: string) => computeDiagnostics(parseCableFile(text), defaultSettings, uri);
const withCode = (text: string, code: string) => diagnosticsOf(text).filter((d) => d.code === code);

function actionsFor(text: string, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return codeActions(parseCableFile(text), text, { uri, range, diagnostics, only });
}

/** Applies the edits of an action's WorkspaceEdit to the text (edits must not overlap). */
function apply(text: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  const lines = text.split('\n');
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const { range, newText } of sorted) {
    assert.equal(range.start.line, range.end.line, 'one-line edits');
    const line = lines[range.start.line];
    lines[range.start.line] = line.slice(0, range.start.character) + newText + line.slice(range.end.character);
  }
  return lines.join('\n');
}

const garbled = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi traveled to Tashkent.\n\n13. (C) More.\n\n14. (C) Yet more.');

describe('garbled pilcrow', () => {
  const diagnostics = withCode(garbled, 'pilcrow-garbled');
  const actions = actionsFor(garbled, diagnostics.slice(0, 1));
  test('a preferred fix for the paragraph, a fix-all, and turning the rule off', () => {
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Write ¶3.', 'quickfix', true],
      ['Fix all garbled paragraph numbers in this file', 'quickfix', false],
      ["Turn off the rule 'pilcrow-garbled'", 'quickfix', false],
    ]);
  });
  test('the single fix writes ¶3. and leaves 14.', () => {
    const fixed = apply(garbled, actions[0]);
    assert.match(fixed, /^¶3\. \(C\) More\.$/m);
    assert.match(fixed, /^14\. \(C\) Yet more\.$/m);
  });
  test('the fix-all fixes every one and its diagnostics go away', () => {
    const fixed = apply(garbled, actions[1]);
    assert.match(fixed, /^¶3\. .*\n\n¶4\. /m);
    assert.deepEqual(withCode(fixed, 'pilcrow-garbled'), []);
    assert.deepEqual(diagnosticsOf(fixed).map((d) => d.code), diagnosticsOf(cleanCable).map((d) => d.code));
  });
  test('source.fixAll only when asked for, and nothing else then', () => {
    const fixAll = actionsFor(garbled, [], ['source.fixAll']);
    assert.deepEqual(fixAll.map((a) => a.kind), [fixAllKind]);
    assert.deepEqual(withCode(apply(garbled, fixAll[0]), 'pilcrow-garbled'), []);
    assert.ok(!actionsFor(garbled, diagnostics).some((a) => a.kind === fixAllKind));
    assert.deepEqual(actionsFor(cleanCable, [], ['source.fixAll']), [], 'nothing to fix');
  });
  test('only quick fixes when only quickfix is asked for', () => {
    assert.ok(actionsFor(garbled, diagnostics, ['quickfix']).every((a) => a.kind === 'quickfix'));
  });
});

describe('fixes of header contradictions', () => {
  test('precedence digraph rewritten to match the DTG', () => {
    const text = edit('RR RUEHWEB', 'OO RUEHWEB');
    const [fix] = actionsFor(text, withCode(text, 'precedence-mismatch'));
    assert.equal(fix.title, 'Change the digraph to RR to match the date-time group');
    assert.equal(fix.isPreferred, false);
    assert.deepEqual(withCode(apply(text, fix), 'precedence-mismatch'), []);
  });
  test('DE serial rewritten to the banner serial modulo 10,000', () => {
    const text = edit('TASHKENT 000578', 'TASHKENT 019085');
    const [fix] = actionsFor(text, withCode(text, 'serial-mismatch'));
    assert.equal(fix.title, 'Change the DE serial #0578 to #9085 (the banner serial modulo 10,000)');
    const fixed = apply(text, fix);
    assert.match(fixed, /^DE RUEHNT #9085\/01 1420839$/m);
    assert.deepEqual(withCode(fixed, 'serial-mismatch'), []);
  });
  test('misspelt precedence word corrected', () => {
    const text = edit('TO RUEHC/SECSTATE WASHDC 9681', 'TO RUEHC/SECSTATE WASHDC PIORITY 9681', edit('RR RUEHWEB\n\nDE', 'PP RUEHWEB\n\nDE', edit('R 210839Z', 'P 210839Z')));
    const [fix] = actionsFor(text, withCode(text, 'precedence-misspelt'));
    assert.equal(fix.title, 'Change to PRIORITY');
    assert.equal(fix.isPreferred, true);
    const fixed = apply(text, fix);
    assert.match(fixed, /^TO RUEHC\/SECSTATE WASHDC PRIORITY 9681$/m);
    assert.deepEqual(diagnosticsOf(fixed), []);
  });
});

describe('portion marks', () => {
  const unmarked = edit('¶1. (C) Summary', '¶1. Summary', edit('¶2. (C) Naderi', '¶2. Naderi'));
  test('the portion-marks-missing fix marks every unmarked paragraph with the banner letter', () => {
    const diagnostics = withCode(unmarked, 'portion-marks-missing');
    const [fix] = actionsFor(unmarked, diagnostics);
    assert.equal(fix.title, 'Insert (C) in all 2 unmarked paragraphs');
    const fixed = apply(unmarked, fix);
    assert.match(fixed, /^¶1\. \(C\) Summary/m);
    assert.match(fixed, /^¶2\. \(C\) Naderi/m);
    assert.deepEqual(withCode(fixed, 'portion-marks-missing'), []);
  });
  test('a placeholder on the paragraph under the cursor, S in a SECRET cable', () => {
    const secret = edit('C O N F I D E N T I A L', 'S E C R E T', edit('ZNY CCCCC', 'ZNY SSSSS', unmarked));
    const at = positionOf(secret, '¶2.');
    const actions = codeActions(parseCableFile(secret), secret, { uri, range: { start: at, end: at }, diagnostics: [] });
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Insert the portion mark (S)', 'refactor.rewrite']]);
    assert.match(apply(secret, actions[0]), /^¶2\. \(S\) Naderi/m);
  });
  test('a number at the end of its line gets a blank before the mark', () => {
    const bare = edit('¶2. Naderi traveled to Tashkent.', '¶2.\nNaderi traveled to Tashkent.', unmarked);
    const at = positionOf(bare, '¶2.');
    const [action] = codeActions(parseCableFile(bare), bare, { uri, range: { start: at, end: at }, diagnostics: [] });
    assert.match(apply(bare, action), /^¶2\. \(C\)$/m);
  });
  test('no placeholder where the paragraph has a mark', () => {
    const at = positionOf(cleanCable, '¶2.');
    assert.deepEqual(codeActions(parseCableFile(cleanCable), cleanCable, { uri, range: { start: at, end: at }, diagnostics: [] }), []);
  });
});

describe('turning a rule off', () => {
  test('a command with the rule code, for any cable diagnostic', () => {
    const text = edit('TAGS: PGOV PREL UZ', 'TAGS: PGOV QQQQ UZ');
    const actions = actionsFor(text, withCode(text, 'tag-unknown'));
    assert.deepEqual(actions.map((a) => a.command), [{ title: "Turn off the rule 'tag-unknown'", command: disableRuleCommand, arguments: ['tag-unknown'] }]);
    assert.equal(disableRuleCommand, 'cable.disableRule');
  });
  test('stale diagnostics get no fix, only the switch', () => {
    const [stale] = withCode(garbled, 'pilcrow-garbled');
    const moved = { ...stale, range: { start: { line: stale.range.start.line + 1, character: 0 }, end: { line: stale.range.start.line + 1, character: 3 } } };
    assert.deepEqual(actionsFor(garbled, [moved]).map((a) => a.title), ["Turn off the rule 'pilcrow-garbled'"]);
  });
  test('diagnostics of other sources or unknown codes are ignored', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const foreign = { range, message: 'w', code: 'tag-unknown', source: 'another-linter' };
    assert.deepEqual(actionsFor(cleanCable, [{ range, message: 'x', code: 'no-such-rule' }, { range, message: 'y', code: 7 }, { range, message: 'z', code: 'toString' }, foreign]), []);
  });
});
