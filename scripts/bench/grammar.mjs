// 4. Grammar: tokenizes the corpus with our TextMate grammar and, on the same lines in the
//    same run, with VS Code's own Markdown grammar (from code-server's built-in extensions).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cableGrammarPath, markdownGrammarCandidates, repoRoot } from './paths.mjs';
import { round } from './stats.mjs';

const require = createRequire(join(repoRoot, 'package.json'));

async function createRegistry(grammarPaths) {
  const oniguruma = require('vscode-oniguruma');
  const textmate = require('vscode-textmate');
  const wasm = readFileSync(join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return {
    textmate,
    registry: new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      // Languages embedded in Markdown code blocks are not available: they stay untokenized.
      loadGrammar: async (scopeName) => {
        const path = grammarPaths[scopeName];
        return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
      },
    }),
  };
}

/** Tokenizes each file line by line, carrying the rule stack as the editor does. */
function tokenizeFiles(textmate, grammar, files, stats) {
  for (const file of files) {
    let ruleStack = textmate.INITIAL;
    for (let line = 0; line < file.lines.length; line++) {
      const start = performance.now();
      const result = grammar.tokenizeLine2(file.lines[line], ruleStack);
      const ms = performance.now() - start;
      ruleStack = result.ruleStack;
      stats.total += ms;
      if (ms > stats.slowest.ms) stats.slowest = { ms, file: file.name, line: line + 1, length: file.lines[line].length };
    }
  }
}

const newStats = () => ({ total: 0, slowest: { ms: 0 } });

export async function runGrammar({ corpus }) {
  const markdownPath = markdownGrammarCandidates.find((path) => existsSync(path));
  const grammarPaths = { 'text.cable': cableGrammarPath };
  if (markdownPath) grammarPaths['text.html.markdown'] = markdownPath;
  const { textmate, registry } = await createRegistry(grammarPaths);
  const cable = await registry.loadGrammar('text.cable');
  const markdown = markdownPath ? await registry.loadGrammar('text.html.markdown') : null;
  const files = corpus.map(({ name, text }) => ({ name, lines: text.split(/\r\n|\r|\n/) }));

  // Warm-up on the first files, then one pass over the corpus, file by file, both grammars
  // on the same file in turn so that a busy machine slows both alike.
  const warmup = files.slice(0, 50);
  tokenizeFiles(textmate, cable, warmup, newStats());
  if (markdown) tokenizeFiles(textmate, markdown, warmup, newStats());
  const cableStats = newStats();
  const markdownStats = newStats();
  for (const file of files) {
    tokenizeFiles(textmate, cable, [file], cableStats);
    if (markdown) tokenizeFiles(textmate, markdown, [file], markdownStats);
  }
  const describeSlowest = (s) => `${round(s.slowest.ms)} ms (${s.slowest.file}:${s.slowest.line}, ${s.slowest.length} chars)`;
  const rows = [
    { name: 'cable grammar: whole corpus', value: round(cableStats.total), unit: 'ms' },
    { name: 'cable grammar: slowest line', value: round(cableStats.slowest.ms), unit: `ms  ${cableStats.slowest.file}:${cableStats.slowest.line}` },
  ];
  const notes = [`cable slowest line: ${describeSlowest(cableStats)}`];
  if (markdown) {
    const ratio = cableStats.total / markdownStats.total;
    rows.push(
      { name: 'Markdown grammar: whole corpus', value: round(markdownStats.total), unit: 'ms' },
      { name: 'Markdown grammar: slowest line', value: round(markdownStats.slowest.ms), unit: `ms  ${markdownStats.slowest.file}:${markdownStats.slowest.line}` },
      { name: 'ratio cable / Markdown', value: round(ratio), unit: '×', target: '≤ 1.0×', met: ratio <= 1 },
    );
    notes.push(`Markdown slowest line: ${describeSlowest(markdownStats)}`, `Markdown grammar: ${markdownPath}`);
  } else {
    notes.push('VS Code\'s Markdown grammar was not found (run `bash scripts/setup.sh` to install code-server): no comparison.');
  }
  return {
    id: 'grammar',
    title: '4. TextMate tokenization of the corpus (vscode-textmate tokenizeLine2, one pass after a warm-up)',
    rows,
    notes,
    slowest: { cable: cableStats.slowest, markdown: markdown ? markdownStats.slowest : null },
  };
}
