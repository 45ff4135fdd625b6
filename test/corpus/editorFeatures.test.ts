// The editor features on every real cable of the corpus: nothing throws, hovers stay inert,
// folds and selection chains are well formed, fixes edit inside the document, and REF
// mentions lead to REF items of the same cable.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SelectionRange } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import type { CableFile, Position } from '../../server/src/parser/model';
import { splitLines } from '../../server/src/parser/text';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { foldingRanges } from '../../server/src/features/folding';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { definition } from '../../server/src/features/definition';
import { codeActions } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { inlayHints } from '../../server/src/features/inlayHints';
import { findRefMentions } from '../../server/src/features/refMentions';
import { containsRange } from '../../server/src/features/ranges';
import { defaultSettings } from '../../server/src/settings';
import { corpusDir } from '../support/fixtures';
import { isInertMarkdown } from '../support/editorFixtures';

const cablesDir = path.join(corpusDir, 'cables');
const uri = 'file:///corpus/cable.txt';
const corpus = fs.readdirSync(cablesDir).map((name) => {
  const text = fs.readFileSync(path.join(cablesDir, name), 'utf8');
  return { name, text, lines: splitLines(text), model: parseCableFile(text) };
});

/** Sample positions: the first words of each line of the header and caption block, and of each paragraph. */
function samplePositions(lines: readonly string[], model: CableFile): Position[] {
  const wanted = new Set<number>();
  for (const cable of model.cables) {
    for (let line = cable.range.start.line; line <= Math.min(cable.range.end.line, cable.range.start.line + 40); line++) wanted.add(line);
    for (const p of cable.paragraphs) wanted.add(p.range.start.line);
  }
  return [...wanted].flatMap((line) => [...(lines[line] ?? '').slice(0, 80).matchAll(/\S+/g)].slice(0, 3).map((m) => ({ line, character: m.index! })));
}

describe('editor features on the corpus', () => {
  test('the corpus is there', () => {
    assert.ok(corpus.length > 1000, `${corpus.length} cables`);
  });

  test('hovers at every word of the header and caption block are inert Markdown', () => {
    let hovers = 0;
    for (const { name, text, lines, model } of corpus) {
      for (const position of samplePositions(lines, model)) {
        const result = hover(model, text, position);
        if (!result) continue;
        hovers++;
        const value = (result.contents as { value: string }).value;
        assert.ok(value.length > 0 && isInertMarkdown(value), `${name} ${position.line}:${position.character}: ${value}`);
      }
    }
    assert.ok(hovers > corpus.length * 10, `${hovers} hovers`);
  });

  test('folds span two lines or more, one per start line, inside the file', () => {
    for (const { name, lines, model } of corpus) {
      let previous = -1;
      for (const fold of foldingRanges(model)) {
        assert.ok(fold.startLine > previous && fold.endLine > fold.startLine && fold.endLine < lines.length, `${name} ${JSON.stringify(fold)}`);
        previous = fold.startLine;
      }
    }
  });

  test('selection chains nest strictly', () => {
    for (const { name, text, lines, model } of corpus) {
      const positions = samplePositions(lines, model).filter((_, i) => i % 9 === 0);
      for (const chain of selectionRanges(model, text, positions)) {
        for (let node: SelectionRange | undefined = chain; node?.parent; node = node.parent) {
          assert.ok(containsRange(node.parent.range, node.range), `${name} ${JSON.stringify(node.range)}`);
        }
      }
    }
  });

  test('every code action of every diagnostic edits inside the document', () => {
    let fixes = 0;
    for (const { name, text, lines, model } of corpus) {
      for (const diagnostic of computeDiagnostics(model, defaultSettings, uri)) {
        for (const action of codeActions(model, text, { uri, range: diagnostic.range, diagnostics: [diagnostic] })) {
          for (const edit of action.edit?.changes?.[uri] ?? []) {
            fixes++;
            const { start, end } = edit.range;
            assert.ok(start.line < lines.length && end.character <= lines[end.line].length, `${name}: ${action.title}`);
          }
        }
      }
    }
    assert.ok(fixes > 0);
  });

  test('REF mentions lead to REF items of the same cable', () => {
    let resolved = 0;
    for (const { name, text, lines, model } of corpus) {
      for (const cable of model.cables) {
        for (const mention of findRefMentions(cable, lines)) {
          for (const link of definition(model, text, uri, mention.keyword.range.start)) {
            resolved++;
            assert.ok(cable.references && containsRange(cable.references.range, link.targetRange), `${name} line ${mention.range.start.line}`);
          }
        }
      }
    }
    assert.ok(resolved > 100, `${resolved} mentions resolved`);
  });

  test('completion and inlay hints answer on every cable', () => {
    for (const { name, text, lines, model } of corpus) {
      const hints = inlayHints(model, { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } });
      assert.ok(hints.every((h) => /^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC$/.test(h.label as string)), name);
      for (const cable of model.cables) {
        const tagsLine = cable.tags?.range.end;
        if (tagsLine) assert.ok(completion(model, text, tagsLine).length > 0 || cable.tags!.tags.length >= 383, `${name}: TAGS completion`);
      }
    }
  });
});
