// Runs the integration suite inside a real VS Code without internet: code-server 4.100.3
// (installed by scripts/setup.sh into .cache/code-server) serves the workbench on loopback,
// Chromium (driven by playwright-core) opens it in extension-test mode, the suite's Mocha
// output is forwarded to stdout and the exit code is the suite's.
//   node out/test/integration/runCodeServer.js [--screenshot docs/screenshot.png]
// Environment: CODE_SERVER_ENTRY, CHROMIUM_PATH override the defaults; CABLE_IT_TIMEOUT_MS
// bounds the whole run (default 10 minutes); CABLE_IT_VERBOSE=1 shows code-server's own log.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { format } from 'node:util';
import { createFixture, repoRoot, screenshotReadyMarker } from './fixture';

const codeServerEntry =
  process.env.CODE_SERVER_ENTRY ?? path.join(repoRoot, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const chromiumCandidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const timeoutMs = Number(process.env.CABLE_IT_TIMEOUT_MS ?? 10 * 60_000);
const verbose = process.env.CABLE_IT_VERBOSE === '1';

function loudFailure(reason: string, fix: string): never {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n!!! The integration suite (real VS Code) CANNOT RUN: ${reason}\n!!! ${fix}\n${bar}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { screenshot?: string } {
  const at = argv.indexOf('--screenshot');
  if (at < 0) return {};
  const file = argv[at + 1];
  if (!file) loudFailure('--screenshot needs a file name', 'Example: --screenshot docs/screenshot.png');
  return { screenshot: path.resolve(file) };
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server in its own process group (so the extension host and language server go too). */
function startCodeServer(port: number, fixture: ReturnType<typeof createFixture>, env: NodeJS.ProcessEnv) {
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', path.join(fixture.root, 'code-server.yaml'),
    '--user-data-dir', fixture.userDataDir,
    '--extensions-dir', fixture.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const log: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log.push(text);
      if (verbose) process.stderr.write(`[code-server] ${text}`);
      if (text.includes('HTTP server listening')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code} before listening:\n${log.join('')}`)));
  });
  return { child, ready, log };
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const { screenshot } = parseArgs(process.argv.slice(2));
  if (!existsSync(codeServerEntry)) {
    loudFailure(`code-server is not installed (looked for ${codeServerEntry}).`, 'Run `bash scripts/setup.sh` (needs Debian packages and the npm registry).');
  }
  const chromium = chromiumCandidates.find((candidate) => candidate && existsSync(candidate));
  if (!chromium) loudFailure('no Chromium found (set CHROMIUM_PATH).', 'Run `bash scripts/setup.sh` or `apt-get install chromium`.');
  const suiteEntry = path.join(repoRoot, 'out/test/integration/suite/index.js');
  for (const built of [path.join(repoRoot, 'dist/client.js'), path.join(repoRoot, 'dist/server.js'), suiteEntry]) {
    if (!existsSync(built)) loudFailure(`${path.relative(repoRoot, built)} is missing.`, 'Build first: `node scripts/build.mjs && npx tsc -p .`');
  }
  // Loaded only now, so a missing browser or server is reported before anything heavy loads.
  const { chromium: playwright } = await import('playwright-core');

  const fixture = createFixture();
  const port = await freeLoopbackPort();
  const screenshotSignal = path.join(fixture.root, 'screenshot-taken');
  // The extension host inherits this environment; the suite reads these two variables.
  const env = { ...process.env, CABLE_IT_SCREENSHOT: screenshot ? '1' : '', CABLE_IT_SCREENSHOT_SIGNAL: screenshotSignal };
  const codeServer = startCodeServer(port, fixture, env);
  let browser: Awaited<ReturnType<typeof playwright.launch>> | undefined;
  try {
    await withTimeout(codeServer.ready, 60_000, 'code-server start-up');
    browser = await playwright.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

    let takeScreenshot: Promise<void> = Promise.resolve();
    let resolveExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    await page.exposeFunction('codeAutomationLog', (_level: string, message: unknown) => {
      // Extension-host console calls arrive as their argument lists (`['%s passing', 3]`).
      const text = Array.isArray(message) ? format(...(message as unknown[])) : String(message);
      if (screenshot && text.includes(screenshotReadyMarker)) {
        // Collapse the file tree and the outline's long header node (no command does either),
        // so that the outline shows the body's headings and paragraphs.
        takeScreenshot = page
          .locator('.pane-header[aria-label^="Explorer Section"]')
          .click({ timeout: 5_000 })
          .then(() => page.waitForSelector('.pane-header[aria-label^="Explorer Section"][aria-expanded="false"]', { timeout: 5_000 }))
          .then(() => page.locator('.outline-pane .monaco-list-row[aria-expanded="true"]', { hasText: /^Header/ }).locator('.monaco-tl-twistie').click({ timeout: 5_000 }))
          .catch(() => console.error('[runner] could not collapse the file tree and the outline header for the screenshot'))
          // Two animation frames: the side bar has laid out its panes again.
          .then(() => page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))'))
          .then(() => page.screenshot({ path: screenshot }))
          .then(() => console.error(`[runner] screenshot saved to ${screenshot}`))
          .finally(() => writeFileSync(screenshotSignal, 'done'));
        return;
      }
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });

    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(suiteEntry.replace(/\.js$/, ''))],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(fixture.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const started = Date.now();
    await page.goto(url);
    const code = await withTimeout(exitCode, timeoutMs, 'the integration suite');
    await takeScreenshot;
    console.error(`[runner] suite finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } catch (error) {
    console.error(`[runner] ${error instanceof Error ? error.message : String(error)}`);
    if (!verbose) console.error(`[runner] code-server log:\n${codeServer.log.join('').slice(-4000)}`);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    killGroup(codeServer.child);
    rmSync(fixture.root, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
