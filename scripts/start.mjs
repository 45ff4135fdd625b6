// `npm start`: packages the extension (production build + .vsix), installs the .vsix into
// a code-server profile kept in .cache/start, and serves VS Code on loopback with the
// samples/ folder open. Prints the URL; Ctrl-C stops it.
//   PORT=8080 npm start        (default: 8080, or a free port when 8080 is taken)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const codeServer = process.env.CODE_SERVER_ENTRY ?? join(root, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const profile = join(root, '.cache/start');
const vsix = join(root, 'diplomatic-cable.vsix');
const samples = join(root, 'samples');

function fail(message) {
  console.error(`\n[start] ${message}\n`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`failed: ${command} ${args.join(' ')}`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort() {
  const wanted = Number(process.env.PORT ?? 8080);
  if (await portIsFree(wanted)) return wanted;
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

if (!existsSync(codeServer)) fail('code-server is not installed. Run `bash scripts/setup.sh` first.');

console.log('[start] packaging the extension');
run('npm', ['run', '--silent', 'package']);

const serverArgs = [
  codeServer,
  '--user-data-dir', join(profile, 'user-data'),
  '--extensions-dir', join(profile, 'extensions'),
  '--config', join(profile, 'config.yaml'),
];
// First start only: a quiet profile (the samples folder sits inside this git checkout).
const userSettings = join(profile, 'user-data/User/settings.json');
if (!existsSync(userSettings)) {
  mkdirSync(join(profile, 'user-data/User'), { recursive: true });
  const quiet = { 'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' };
  writeFileSync(userSettings, JSON.stringify(quiet, null, 2));
}
console.log('[start] installing the .vsix into code-server');
run(process.execPath, [...serverArgs, '--force', '--install-extension', vsix]);

const port = await choosePort();
const child = spawn(
  process.execPath,
  [
    ...serverArgs,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}`;
child.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  if (process.env.CABLE_START_VERBOSE === '1') process.stdout.write(text);
  if (text.includes('HTTP server listening')) {
    console.log(`\n[start] VS Code (code-server) with the Diplomatic Cable extension is running.\n[start] Open: ${url}\n[start] Ctrl-C stops it.\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
