// The parser shares objects inside its model (a token and the range around it may hold the same
// position object), and the server hands one model to every request. No feature may change it:
// here every feature runs on deep-frozen models of corpus cables, where any write throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import type { CableFile, Position } from '../../server/src/parser/model';
import { defaultSettings } from '../../server/src/settings';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/folding';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { hover } from '../../server/src/features/hover';
import { completion } from '../../server/src/features/completion';
import { definition, references } from '../../server/src/features/definition';
import { documentLinks } from '../../server/src/features/documentLinks';
import { inlayHints } from '../../server/src/features/inlayHints';
import { codeActions } from '../../server/src/features/codeActions';
import { noWorkspaceCables } from '../../server/src/features/workspaceCables';
import { corpusLines } from '../fuzz/generators';

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
}

/** A few positions on each of the first lines: line starts, and a step into the text. */
function probePositions(lines: readonly string[]): Position[] {
  const positions: Position[] = [];
  for (let line = 0; line < Math.min(lines.length, 80); line++) {
    for (let character = 0; character <= lines[line].length; character += 7) positions.push({ line, character });
  }
  return positions;
}

function runEveryFeature(file: CableFile, text: string, lines: readonly string[]): void {
  const uri = 'file:///frozen.txt';
  const diagnostics = computeDiagnostics(file, defaultSettings, uri);
  documentSymbols(file);
  foldingRanges(file);
  documentLinks(file, noWorkspaceCables);
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  inlayHints(file, whole);
  codeActions(file, text, { uri, range: whole, diagnostics });
  const positions = probePositions(lines);
  selectionRanges(file, text, positions);
  for (const position of positions) {
    hover(file, text, position);
    completion(file, text, position);
    definition(file, text, uri, position);
    references(file, text, uri, position, true);
  }
}

test('no feature changes the model it is given (every 10th corpus cable, frozen)', () => {
  const cables = corpusLines();
  let checked = 0;
  for (let i = 0; i < cables.length; i += 10) {
    const lines = cables[i];
    const text = lines.join('\n');
    const file = deepFreeze(parseCableFile(text));
    assert.doesNotThrow(() => runEveryFeature(file, text, lines), `cable ${i}`);
    checked++;
  }
  assert.ok(checked > 100);
});
