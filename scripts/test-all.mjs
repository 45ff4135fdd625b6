// Runs every test suite and ends with one summary line: `N passed, N failed`.
//   unit, corpus, grammar, lsp, cli, fuzz: node's test runner over the compiled tests in out/test
//   integration: the Mocha suite inside a real VS Code (code-server + Chromium)
// `--no-integration` skips the real-VS Code suite (it says so loudly in the summary).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const withIntegration = !args.includes('--no-integration');

function run(cmd, cmdArgs, opts = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 1 << 28 });
  if (opts.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function testFiles(dir) {
  const out = [];
  let entries = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

for (const [cmd, cmdArgs] of [['node', ['scripts/build.mjs']], ['npx', ['tsc', '-p', '.']]]) {
  const r = run(cmd, cmdArgs);
  if (r.status !== 0) { console.error(`build step failed: ${cmd} ${cmdArgs.join(' ')}`); process.exit(1); }
}

const suites = [];
const nodeFiles = ['unit', 'corpus', 'grammar', 'lsp', 'cli', 'fuzz'].flatMap((s) => testFiles(join(root, 'out/test', s)));
{
  const r = run('node', ['--test', '--test-reporter=tap', '--test-concurrency=2', ...nodeFiles], { capture: true });
  const pass = Number(/^# pass (\d+)/m.exec(r.stdout ?? '')?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(r.stdout ?? '')?.[1] ?? (r.status === 0 ? 0 : 1));
  suites.push({ name: 'unit+corpus+grammar+lsp+cli+fuzz', pass, fail: fail || (r.status !== 0 && !fail ? 1 : 0) });
}

if (withIntegration) {
  const r = run('node', ['out/test/integration/runCodeServer.js'], { capture: true });
  const pass = Number(/(\d+) passing/.exec(r.stdout ?? '')?.[1] ?? 0);
  const failMatch = /(\d+) failing/.exec(r.stdout ?? '');
  const fail = failMatch ? Number(failMatch[1]) : r.status === 0 ? 0 : 1;
  suites.push({ name: 'integration (code-server)', pass, fail });
} else {
  console.log('\n!!! The real-VS Code integration suite was NOT run (--no-integration). !!!\n');
}

let passed = 0, failed = 0;
for (const s of suites) {
  console.log(`${s.name}: ${s.pass} passed, ${s.fail} failed`);
  passed += s.pass; failed += s.fail;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
