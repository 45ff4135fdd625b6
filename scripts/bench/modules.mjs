// The parser and features, compiled from server/src on the fly with esbuild into a temp
// folder, so the benchmark measures the current sources without a tsc run.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './paths.mjs';

/** What `analyse` needs: the parser, diagnostics and outline. */
export const analysisEntry = `
export { parseCableFile } from './server/src/parser/parse';
export { computeDiagnostics } from './server/src/features/diagnostics';
export { documentSymbols } from './server/src/features/documentSymbols';
export { defaultSettings } from './server/src/settings';
`;

const benchEntry = `${analysisEntry}
export { serverExecArgv } from './server/src/processFlags';
export { defaultWorkerCount } from './server/src/workspace/fieldsReaders';
`;

/** A temp folder for this run, removed when the process exits. */
export function makeTempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'cable-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Bundles the modules into `dir` and returns the bundle's path (children load it too). By
 * default the benchmark's modules from this checkout; `root` bundles another checkout (its
 * packages are resolved from this one's node_modules), `entry` other exports, `name` names the file.
 */
export async function buildModules(dir, { root = repoRoot, entry = benchEntry, name = 'cable-modules', define } = {}) {
  const outfile = join(dir, `${name}.cjs`);
  await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: `${name}-entry.ts` },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    nodePaths: [join(repoRoot, 'node_modules')],
    define,
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
