// Checks that a refactoring changes no output: parses every corpus cable and thousands of
// seeded fuzz cases (mutated cables, excerpts, tokens, random text) with the parser, diagnostics
// and outline of a git revision and with those of the working tree, and compares the results
// as JSON (keys sorted). Usage: node scripts/dev/equivalence.mjs [revision=HEAD] [--cases=20000] [--seed=1]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../bench/paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const revision = args.find((a) => !a.startsWith('--')) ?? 'HEAD';
const caseCount = Number(option('cases', 20000));
const seed = Number(option('seed', 1));

const entry = `
export { parseCableFile } from './server/src/parser/parse';
export { computeDiagnostics } from './server/src/features/diagnostics';
export { documentSymbols } from './server/src/features/documentSymbols';
export { defaultSettings } from './server/src/settings';
export { fuzzCase, corpusLines } from './test/fuzz/generators';
export { Random, caseSeed } from './test/fuzz/prng';
`;

const temp = mkdtempSync(join(tmpdir(), 'cable-equivalence-'));
process.on('exit', () => {
  try { execFileSync('git', ['worktree', 'remove', '--force', join(temp, 'base')], { cwd: repoRoot, stdio: 'ignore' }); } catch {}
  rmSync(temp, { recursive: true, force: true });
});

async function bundle(root, name) {
  const outfile = join(temp, `${name}.cjs`);
  await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, nodePaths: [join(repoRoot, 'node_modules')],
    // The fuzzers find the corpus from where tsc puts them (out/test/support).
    define: { __dirname: JSON.stringify(join(repoRoot, 'out/test/support')) }, logLevel: 'error' });
  return createRequire(import.meta.url)(outfile);
}

execFileSync('git', ['worktree', 'add', '--detach', join(temp, 'base'), revision], { cwd: repoRoot, stdio: 'ignore' });
const base = await bundle(join(temp, 'base'), 'base');
const work = await bundle(repoRoot, 'work');

// Keys are sorted: the order in which an object's fields were set is no behaviour.
const sortedKeys = (key, value) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;
const outputs = (m, text) => {
  const file = m.parseCableFile(text);
  return JSON.stringify([file, m.computeDiagnostics(file, m.defaultSettings, 'file:///x.txt'), m.documentSymbols(file)], sortedKeys);
};

let compared = 0;
const mismatches = [];
function compare(kind, text) {
  compared++;
  if (outputs(base, text) !== outputs(work, text)) mismatches.push({ kind, text });
}

for (const lines of work.corpusLines()) compare('corpus', lines.join('\n'));
const cables = work.corpusLines();
for (let i = 0; i + 1 < cables.length; i += 7) compare('two cables', `${cables[i].join('\n')}\n\n${cables[i + 1].join('\r\n')}`);
for (let i = 0; i < caseCount; i++) {
  const { kind, text } = work.fuzzCase(new work.Random(work.caseSeed(seed, i)));
  compare(kind, text);
}
console.log(`equivalence vs ${revision}: ${compared} inputs, ${mismatches.length} mismatches`);
for (const { kind, text } of mismatches.slice(0, 5)) console.log(`--- ${kind}:\n${text.slice(0, 600)}`);
process.exitCode = mismatches.length ? 1 : 0;
