// Checks that a refactoring changes no output: parses every corpus cable and thousands of
// seeded fuzz cases (mutated cables, excerpts, tokens, random text) with the parser, diagnostics
// and outline of a git revision and with those of the working tree, and compares the results
// as JSON (keys sorted). Usage: node scripts/dev/equivalence.mjs [revision=HEAD] [--cases=20000] [--seed=1]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, analysisEntry, buildModules, loadModules } from '../bench/modules.mjs';
import { repoRoot } from '../bench/paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const revision = args.find((a) => !a.startsWith('--')) ?? 'HEAD';
const caseCount = Number(option('cases', 20000));
const seed = Number(option('seed', 1));

const temp = mkdtempSync(join(tmpdir(), 'cable-equivalence-'));
process.on('exit', () => {
  try { execFileSync('git', ['worktree', 'remove', '--force', join(temp, 'base')], { cwd: repoRoot, stdio: 'ignore' }); } catch {}
  rmSync(temp, { recursive: true, force: true });
});

execFileSync('git', ['worktree', 'add', '--detach', join(temp, 'base'), revision], { cwd: repoRoot, stdio: 'ignore' });
const base = loadModules(await buildModules(temp, { root: join(temp, 'base'), entry: analysisEntry, name: 'base' }));
const work = loadModules(await buildModules(temp, { entry: analysisEntry, name: 'work' }));
// The fuzz cases come from this checkout; the fuzzers find the corpus from where tsc puts them (out/test/support).
const fuzz = loadModules(
  await buildModules(temp, {
    entry: `export { fuzzCase, corpusLines } from './test/fuzz/generators';\nexport { Random, caseSeed } from './test/fuzz/prng';`,
    name: 'fuzz',
    define: { __dirname: JSON.stringify(join(repoRoot, 'out/test/support')) },
  }),
);

// Keys are sorted: the order in which an object's fields were set is no behaviour.
const sortedKeys = (key, value) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value;
const outputs = (modules, text) => JSON.stringify(analyse(modules, text, 'file:///x.txt'), sortedKeys);

let compared = 0;
const mismatches = [];
function compare(kind, text) {
  compared++;
  if (outputs(base, text) !== outputs(work, text)) mismatches.push({ kind, text });
}

for (const lines of fuzz.corpusLines()) compare('corpus', lines.join('\n'));
const cables = fuzz.corpusLines();
for (let i = 0; i + 1 < cables.length; i += 7) compare('two cables', `${cables[i].join('\n')}\n\n${cables[i + 1].join('\r\n')}`);
for (let i = 0; i < caseCount; i++) {
  const { kind, text } = fuzz.fuzzCase(new fuzz.Random(fuzz.caseSeed(seed, i)));
  compare(kind, text);
}
console.log(`equivalence vs ${revision}: ${compared} inputs, ${mismatches.length} mismatches`);
for (const { kind, text } of mismatches.slice(0, 5)) console.log(`--- ${kind}:\n${text.slice(0, 600)}`);
process.exitCode = mismatches.length ? 1 : 0;
