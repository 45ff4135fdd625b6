// `npm run bench`: performance figures of the parser, diagnostics, outline, language server
// and grammar. `npm run bench -- --json` prints the same figures as one JSON object.
// `--only=throughput,scaling,latency,grammar,workspaceIndex` runs some sections; `--quick`
// runs fewer rounds. A script that prints figures, not a test: it never fails on a target.
import { spawnSync } from 'node:child_process';
import { buildModules, loadModules, makeTempDir } from './bench/modules.mjs';
import { readCorpus } from './bench/corpus.mjs';
import { describeMachine } from './bench/machine.mjs';
import { repoRoot } from './bench/paths.mjs';
import { printJson, printTable } from './bench/report.mjs';
import { runThroughput } from './bench/throughput.mjs';
import { runScaling } from './bench/scaling.mjs';
import { runLatency } from './bench/latency.mjs';
import { runGrammar } from './bench/grammar.mjs';
import { runWorkspaceIndex } from './bench/workspaceIndex.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const progress = (message) => process.stderr.write(`bench: ${message}\n`);

const machine = describeMachine();
// The latency section talks to dist/server.js: build it from the current sources first.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
const tempDir = makeTempDir();
const bundle = await buildModules(tempDir);
const modules = loadModules(bundle);
const corpus = readCorpus();

const sections = {
  throughput: () => runThroughput({ modules, corpus, rounds: quick ? 3 : 7 }),
  scaling: () => runScaling({ bundle, corpus, tempDir, runs: quick ? 1 : 7 }),
  latency: () => runLatency({ corpus, execArgv: modules.serverExecArgv, runs: quick ? { small: 5, large: 2 } : { small: 21, large: 5 } }),
  grammar: () => runGrammar({ corpus }),
  // 6. code-server activation time is measured by the integration runner, not here.
  workspaceIndex: () => runWorkspaceIndex({ corpus, modules, files: quick ? 10_000 : 100_000, progress }),
};

const results = [];
for (const [id, run] of Object.entries(sections)) {
  if (only && !only.includes(id)) continue;
  progress(`${id}…`);
  const started = performance.now();
  results.push(await run());
  progress(`${id} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
(json ? printJson : printTable)(machine, results);
