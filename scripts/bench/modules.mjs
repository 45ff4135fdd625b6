// The parser and features, compiled from server/src on the fly with esbuild into a temp
// folder, so the benchmark measures the current sources without a tsc run.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './paths.mjs';

const entry = `
export { parseCableFile } from './server/src/parser/parse';
export { computeDiagnostics } from './server/src/features/diagnostics';
export { documentSymbols } from './server/src/features/documentSymbols';
export { defaultSettings } from './server/src/settings';
export { serverExecArgv } from './server/src/processFlags';
export { defaultWorkerCount } from './server/src/workspace/fieldsReaders';
`;

/** A temp folder for this run, removed when the process exits. */
export function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'cable-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Bundles the modules into `dir` and returns the bundle's path (children load it too). */
export async function buildModules(dir) {
  const outfile = join(dir, 'cable-modules.cjs');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

export function loadModules(bundlePath) {
  return createRequire(import.meta.url)(bundlePath);
}

/** What the editor computes for a document: the model, all diagnostics and the outline. */
export function analyse(modules, text, uri = 'file:///bench.txt') {
  const file = modules.parseCableFile(text);
  const diagnostics = modules.computeDiagnostics(file, modules.defaultSettings, uri);
  const symbols = modules.documentSymbols(file);
  return { file, diagnostics, symbols };
}
