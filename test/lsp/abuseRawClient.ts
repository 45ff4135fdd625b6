// A raw JSON-RPC client over the server's stdio for the protocol-abuse tests: it writes any
// bytes (malformed frames included), reads framed messages back, and reads the server's
// memory from /proc. Test instrumentation only: with `forceableGc`, the server runs with
// --expose-gc and a preload that collects garbage on SIGUSR2, so memory figures do not
// depend on when V8 happens to collect.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { serverPath } from './lspTestClient';

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

const waitLimitMs = 120_000;
const gcPreload = path.join(__dirname, 'abuseGcPreload.js');

/** One framed message: `Content-Length` header and body. */
export function frame(body: string | object): Buffer {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

export class RawLspClient {
  readonly received: Message[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes needed before the next message can be complete. */
  private needed = 0;
  private nextId = 1;
  private waiters: { accept: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private collections = 0;
  stderr = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  static async start(options: { forceableGc?: boolean } = {}): Promise<RawLspClient> {
    const flags = options.forceableGc ? ['--expose-gc', '--require', gcPreload] : [];
    const client = new RawLspClient(spawn(process.execPath, [...flags, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
    const init = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { validationDelay: 0 } });
    if (!init.result) throw new Error(`initialize failed: ${JSON.stringify(init)}`);
    client.notify('initialized', {});
    return client;
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    // Join the chunks only once a whole message may be there: big answers come in many chunks.
    if (this.buffered < this.needed) return;
    let buffer = Buffer.concat(this.chunks);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      const length = headerEnd < 0 ? NaN : Number(/Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (Number.isNaN(length) || buffer.length < headerEnd + 4 + length) {
        this.needed = Number.isNaN(length) ? 0 : headerEnd + 4 + length;
        break;
      }
      this.deliver(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message);
      buffer = buffer.subarray(headerEnd + 4 + length);
    }
    this.chunks = [buffer];
    this.buffered = buffer.length;
  }

  private deliver(message: Message): void {
    this.received.push(message);
    const ready = this.waiters.filter((waiter) => waiter.accept(message));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(message);
  }

  /** The next message `accept` takes within `limitMs` (call before sending what causes it). */
  waitFor(accept: (m: Message) => boolean, what: string, limitMs = waitLimitMs): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${limitMs} ms; server stderr: ${this.stderr.slice(-2000)}`)), limitMs);
      this.waiters.push({ accept, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  writeRaw(bytes: Buffer | string): void {
    this.child.stdin!.write(bytes);
  }

  send(message: object): void {
    this.writeRaw(frame(message));
  }

  /** Sends a request and resolves with its response (result or error). */
  request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++;
    const response = this.waitFor((m) => m.id === id && m.method === undefined, `response to ${method} #${id}`);
    this.send(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    return response;
  }

  /**
   * Sends a request without waiting; returns its id and the response to come (a failure after
   * `limitMs`). `before` goes out in the same write just before the request, `after(id)` just
   * after it.
   */
  startRequest(
    method: string,
    params: unknown,
    { before = '', after, limitMs }: { before?: Buffer | string; after?: (id: number) => Buffer; limitMs?: number } = {},
  ): { id: number; response: Promise<Message> } {
    const id = this.nextId++;
    const response = this.waitFor((m) => m.id === id && m.method === undefined, `response to ${method} #${id}`, limitMs);
    this.writeRaw(Buffer.concat([Buffer.from(before), frame({ jsonrpc: '2.0', id, method, params }), after?.(id) ?? Buffer.alloc(0)]));
    return { id, response };
  }

  /** Sends a request and its $/cancelRequest in one write; returns its id and the response to come. */
  startCancelledRequest(method: string, params: unknown): { id: number; response: Promise<Message> } {
    return this.startRequest(method, params, { after: (id) => frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } }) });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string): Promise<Message> {
    const published = this.diagnosticsFor(uri, (params) => params.version === 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
    return published;
  }

  /** Closes a document and resolves when its diagnostics are cleared. */
  async close(uri: string): Promise<void> {
    const cleared = this.diagnosticsFor(uri, (params) => params.diagnostics.length === 0 && params.version === undefined);
    this.notify('textDocument/didClose', { textDocument: { uri } });
    await cleared;
  }

  diagnosticsFor(uri: string, accept: (params: { version?: number; diagnostics: unknown[] }) => boolean = () => true): Promise<Message> {
    return this.waitFor((m) => {
      const params = m.params as { uri?: string; version?: number; diagnostics: unknown[] } | undefined;
      return m.method === 'textDocument/publishDiagnostics' && params?.uri === uri && accept(params);
    }, `diagnostics for ${uri}`);
  }

  /** Resident and peak resident memory of the server process, in bytes. */
  memory(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kB('VmRSS'), peak: kB('VmHWM') };
  }

  /**
   * Makes the server collect garbage (needs `forceableGc`) and resolves with its used heap in
   * bytes, once it has also answered a request after that.
   */
  async collectGarbage(): Promise<number> {
    const marker = new RegExp(`cable-test-gc ${++this.collections} heapUsed=(\\d+)`);
    this.child.kill('SIGUSR2');
    const heapUsed = await new Promise<number>((resolve) => {
      const check = () => {
        const m = marker.exec(this.stderr);
        if (m) resolve(Number(m[1]));
        else setTimeout(check, 10);
      };
      check();
    });
    await this.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nothing-open.txt' } });
    return heapUsed;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<number | null> {
    const exited = once(this.child, 'exit');
    await this.request('shutdown');
    this.notify('exit', undefined);
    const [code] = (await exited) as [number | null];
    return code;
  }
}
