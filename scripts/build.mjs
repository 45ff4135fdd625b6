// Bundles the client, the language server and the CLI with esbuild.
// `--production` minifies and drops source maps (used for the .vsix).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

await Promise.all([
  // The language client is its own bundle, required only when a cable document opens.
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['client/src/cableClient.ts'], outfile: 'dist/cableClient.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // Worker threads of the workspace index; the server falls back to its main thread without it.
  esbuild.build({ ...common, entryPoints: ['server/src/workspace/fieldsWorker.ts'], outfile: 'dist/cableIndexWorker.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/cablelint.ts'], outfile: 'dist/cablelint.js' }),
]);
