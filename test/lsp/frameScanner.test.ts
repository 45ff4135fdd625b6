// The stdio framing of the server (server/src/transport/frameScanner.ts) on its own: frames in
// any chunking, each kind of malformed input followed by a valid frame, linear time on
// adversarial input, and memory bounded by what arrives, never by a declared length.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FrameScanner, maxBodyBytes, readContentLength } from '../../server/src/transport/frameScanner';
import { frame } from './abuseRawClient';
import { malformedFrames } from './malformedFrames';

const MB = 1 << 20;

/** A scanner that records bodies and problems, and takes a body as a message when it is JSON (as the reader does). */
function recordingScanner() {
  const bodies: string[] = [];
  const problems: string[] = [];
  const scanner = new FrameScanner({
    body(bytes) {
      const text = bytes.toString('utf8');
      bodies.push(text);
      return isJson(text);
    },
    problem: (description) => problems.push(description),
  });
  return { scanner, bodies, problems, messages: () => bodies.filter((body) => isJson(body)) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Pushes `input` in pieces of `size` bytes (all at once when size is undefined). */
function pushIn(scanner: FrameScanner, input: Buffer, size = input.length): void {
  for (let at = 0; at < input.length; at += size) scanner.push(input.subarray(at, at + size));
}

const messages = [
  JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }),
  // Header text inside a JSON string: escaped, it has no raw CR, so it ends nothing.
  JSON.stringify({ jsonrpc: '2.0', method: 'didOpen', params: { text: 'Content-Length: 5\r\n\r\nhello ¶ é 日本' } }),
  // Raw CRLF between JSON tokens is valid JSON whitespace.
  '{\r\n  "jsonrpc": "2.0",\r\n  "id": 2,\r\n  "method": "shutdown"\r\n}\r\n',
  JSON.stringify({ jsonrpc: '2.0', id: 3, result: 'x'.repeat(100_000) }),
];
const probe = JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'probe' });

describe('FrameScanner', () => {
  test('reads well-formed frames whatever the chunking', () => {
    const input = Buffer.concat(messages.map(frame));
    for (const size of [undefined, 1, 7, 4096]) {
      const { scanner, bodies, problems } = recordingScanner();
      pushIn(scanner, input, size);
      assert.deepEqual(bodies, messages, `chunks of ${size ?? 'all'} bytes`);
      assert.deepEqual(problems, []);
      assert.equal(scanner.bufferedBytes, 0);
    }
  });

  test('reads the headers the LSP allows: Content-Type, any order and case, blanks around the value', () => {
    const body = '{"jsonrpc":"2.0","method":"x"}';
    const headers = [
      `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`,
      `content-length:${body.length}\r\ncontent-type: application/vscode-jsonrpc\r\n\r\n`,
      `CONTENT-LENGTH: \t${body.length} \r\n\r\n`,
    ];
    const { scanner, bodies, problems } = recordingScanner();
    for (const header of headers) scanner.push(Buffer.from(header + body));
    assert.deepEqual(bodies, [body, body, body]);
    assert.deepEqual(problems, []);
  });

  test('readContentLength says what is wrong with a header', () => {
    assert.equal(readContentLength('Content-Length: 12'), 12);
    assert.match(String(readContentLength('Content-Length: abc')), /not a number/);
    assert.match(String(readContentLength('Content-Length: -5')), /not a number/);
    assert.match(String(readContentLength('Content-Length: 12abc')), /not a number/);
    assert.match(String(readContentLength('Content-Length: 1e3')), /not a number/);
    assert.match(String(readContentLength('Content-Type: x')), /without Content-Length/);
    assert.match(String(readContentLength('no colon here')), /not "Name: value"/);
    assert.match(String(readContentLength('Content-Length: 1\r\nContent-Length: 1')), /two Content-Length/);
    assert.match(String(readContentLength(`Content-Length: ${maxBodyBytes + 1}`)), /over the limit/);
    assert.match(String(readContentLength(`Content-Length:${' '.repeat(60)}1`)), /over 64 bytes/);
  });

  // Each goes out before a valid frame; the valid frame must come through, whatever the chunking.
  const valid = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'textDocument/documentSymbol', params: {} });
  for (const { name, bytes: bad } of malformedFrames) {
    test(`after ${name}, the next valid frame is read`, () => {
      const input = Buffer.concat([Buffer.from(bad), frame(valid)]);
      for (const size of [undefined, 1, 5]) {
        const { scanner, messages: read } = recordingScanner();
        pushIn(scanner, input, size);
        assert.equal(read().at(-1), valid, `chunks of ${size ?? 'all'} bytes`);
        // Then it is in step again.
        scanner.push(frame(valid));
        assert.deepEqual(read().slice(-2), [valid, valid]);
        assert.equal(scanner.bufferedBytes, 0);
      }
    });
  }

  test('a body cut short by the next header is still read when it is whole JSON (a Content-Length too long)', () => {
    const { scanner, bodies, problems } = recordingScanner();
    scanner.push(Buffer.from(`Content-Length: ${probe.length + 100}\r\n\r\n${probe}`));
    assert.deepEqual(bodies, [], 'waits for the rest of the body');
    scanner.push(frame(valid));
    assert.deepEqual(bodies, [probe, valid]);
    assert.match(problems[0], /ends after \d+ of its \d+ bytes/);
  });

  test('memory: bounded by the bytes received, not by a declared length, and given back after a big body', () => {
    const { scanner, bodies } = recordingScanner();
    scanner.push(Buffer.from(`Content-Length: ${250 * MB}\r\n\r\n`));
    for (let i = 0; i < 16; i++) scanner.push(Buffer.alloc(64 * 1024, 'x'));
    assert.ok(scanner.capacity <= 4 * MB, `buffer of ${scanner.capacity} bytes for 1 MB received`);
    scanner.push(frame(valid));
    assert.equal(bodies.at(-1), valid);

    const big = JSON.stringify({ jsonrpc: '2.0', method: 'didOpen', params: { text: 'y'.repeat(20 * MB) } });
    pushIn(scanner, frame(big), 64 * 1024);
    assert.equal(bodies.at(-1), big);
    assert.ok(scanner.capacity <= 256 * 1024, `buffer of ${scanner.capacity} bytes kept after the body went through`);

    // Out of step, garbage without a header is not kept.
    scanner.push(Buffer.from('garbage\r\n\r\n'));
    for (let i = 0; i < 64; i++) scanner.push(Buffer.alloc(64 * 1024, 'z'));
    assert.ok(scanner.bufferedBytes < 16, `${scanner.bufferedBytes} bytes of garbage kept`);
  });

  // Adversarial inputs: four times the input may take about four times as long, not sixteen.
  const adversarial: Record<string, (bytes: number) => Buffer> = {
    'many small frames': (bytes) => Buffer.concat(Array.from({ length: Math.ceil(bytes / 60) }, () => frame(valid))),
    '"content-length:" over and over': (bytes) => Buffer.from('content-length:'.repeat(Math.ceil(bytes / 15))),
    '"Content-Length: 1" lines without a blank line': (bytes) => Buffer.from('Content-Length: 1\r\n'.repeat(Math.ceil(bytes / 19))),
    'headers nested in the bodies of headers': (bytes) => Buffer.from(`Content-Length: ${MB}\r\n\r\n`.repeat(Math.ceil(bytes / 27))),
    'a body of digits and CRs': (bytes) => Buffer.concat([Buffer.from(`Content-Length: ${bytes * 2}\r\n\r\n`), Buffer.from('Content-Length 1\r'.repeat(Math.ceil(bytes / 17)))]),
    'a body that is not JSON, with a header near its end': (bytes) =>
      Buffer.concat(Array.from({ length: Math.ceil(bytes / 1000) }, () => Buffer.from(`Content-Length: 990\r\n\r\n${'q'.repeat(960)}Content-Length:`))),
    'binary garbage': (bytes) => Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 7919 + (i >> 8)) % 256)),
  };
  function timeScan(input: Buffer): number {
    const scanner = new FrameScanner({ body: (bytes) => bytes.length % 2 === 0, problem: () => undefined });
    const started = performance.now();
    pushIn(scanner, input, 64 * 1024);
    return performance.now() - started;
  }
  for (const [name, make] of Object.entries(adversarial)) {
    test(`linear time: ${name}`, () => {
      const small = make(1 * MB);
      const large = make(4 * MB);
      timeScan(small); // warm-up
      const median = (input: Buffer) => [timeScan(input), timeScan(input), timeScan(input)].sort((a, b) => a - b)[1];
      const [smallMs, largeMs] = [median(small), median(large)];
      assert.ok(largeMs <= 10 * smallMs + 40, `1 MB: ${smallMs.toFixed(1)} ms, 4 MB: ${largeMs.toFixed(1)} ms`);
      assert.ok(largeMs < 2000, `4 MB: ${largeMs.toFixed(1)} ms`);
    });
  }
});
