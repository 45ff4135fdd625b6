// Splits a JSON-RPC byte stream into message bodies framed by `Content-Length` headers, and gets
// back in step after malformed input by skipping to the next `Content-Length:`. vscode-jsonrpc's
// reader instead leaves the rest of a write unread after a bad header, reads the next frames as
// body after a wrong length, and buffers everything for ever after a huge one.
//
// Bounds: a header is at most `maxHeaderBytes`, a body at most `maxBodyBytes`; only the bytes
// received are buffered, never a declared length. Every byte is looked at a bounded number of
// times, so time is linear in the input whatever it is.

export interface FrameEvents {
  /**
   * One framed body (a view into the scanner's buffer: read it before returning). Returns false
   * when the body is not JSON: a wrong length may have put the next frame's header inside it.
   */
  body(bytes: Buffer): boolean;
  /** Malformed framing: the scanner skips ahead to the next `Content-Length:` header. */
  problem(description: string): void;
}

/** Bodies of up to 256 MB are read; a larger Content-Length counts as malformed. */
export const maxBodyBytes = 256 * 1024 * 1024;
/** Real headers are under 100 bytes; this bounds the search for a header's end. */
const maxHeaderBytes = 256;
/** Room for a few stdin chunks (64 kB each), so that small messages never reallocate. */
const minCapacity = 256 * 1024;

const contentLength = Buffer.from('content-length:', 'latin1');
const headerEnd = Buffer.from('\r\n\r\n', 'latin1');
const CR = 0x0d;
const headerField = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*$/;
const digits = /^\d{1,15}$/;
/**
 * A `Content-Length: N` header line up to its CR. JSON cannot hold it (outside a string the
 * name is invalid, and strings cannot hold a raw CR), so inside a body it means that the
 * declared length was too long and the next frame has begun.
 */
const headerLineBeforeCR = /content-length:[ \t]*\d{1,15}[ \t]*$/i;
/** The longest Content-Length line read, so that the search above finds every one. */
const maxContentLengthLine = 64;

type State = 'header' | 'body' | 'seeking';

export class FrameScanner {
  private buffer = Buffer.alloc(0);
  /** Buffer indexes: bytes before `start` are consumed; bytes from `end` on are not received yet. */
  private start = 0;
  private end = 0;
  /** Body: how far the body was searched for a header. Seeking: where the search goes on. */
  private scanned = 0;
  private state: State = 'header';
  /** The Content-Length of the body being read (it starts at `start`). */
  private bodyLength = 0;

  constructor(private readonly events: FrameEvents) {}

  push(chunk: Buffer): void {
    this.append(chunk);
    while (this.step());
    this.release();
  }

  /** Bytes held for a header or body still incomplete (for tests). */
  get bufferedBytes(): number {
    return this.end - this.start;
  }

  /** Capacity of the buffer (for tests). */
  get capacity(): number {
    return this.buffer.length;
  }

  /** One step of reading; false when more bytes are needed. */
  private step(): boolean {
    if (this.state === 'seeking') return this.seek();
    if (this.state === 'header') return this.readHeader();
    return this.readBody();
  }

  private readHeader(): boolean {
    const searchEnd = Math.min(this.end, this.start + maxHeaderBytes + headerEnd.length);
    const terminator = this.buffer.subarray(0, searchEnd).indexOf(headerEnd, this.start);
    if (terminator < 0) {
      return this.end - this.start < maxHeaderBytes + headerEnd.length ? false : this.loseStep(`no end of header within ${maxHeaderBytes} bytes`);
    }
    const header = readContentLength(this.buffer.toString('latin1', this.start, terminator));
    if (typeof header === 'string') return this.loseStep(header);
    this.start = this.scanned = terminator + headerEnd.length;
    this.bodyLength = header;
    this.state = 'body';
    return true;
  }

  private readBody(): boolean {
    const bodyStart = this.start;
    const declaredEnd = bodyStart + this.bodyLength;
    const nextHeader = this.findHeaderLine(Math.min(this.end, declaredEnd));
    if (nextHeader < 0 && this.end < declaredEnd) return false;
    if (nextHeader >= 0) this.events.problem(`a body ends after ${nextHeader - bodyStart} of its ${this.bodyLength} bytes, at the next header`);
    const bodyEnd = nextHeader >= 0 ? nextHeader : declaredEnd;
    this.start = bodyEnd;
    this.state = 'header';
    if (!this.events.body(this.buffer.subarray(bodyStart, bodyEnd))) {
      // A length too short leaves the rest of the body before the next header; one too long can
      // end inside the next header: both are found by seeking from the start of this body.
      this.state = 'seeking';
      this.start = this.scanned = bodyStart;
    }
    return true;
  }

  /** Skips to the next `Content-Length:`; keeps the last bytes when they may begin one. */
  private seek(): boolean {
    const found = indexOfIgnoringCase(this.buffer, contentLength, this.scanned, this.end);
    if (found < 0) {
      this.start = this.scanned = Math.max(this.scanned, this.end - contentLength.length + 1);
      return false;
    }
    this.start = found;
    this.state = 'header';
    return true;
  }

  private loseStep(description: string): boolean {
    this.events.problem(description);
    this.state = 'seeking';
    this.scanned = this.start + 1;
    return true;
  }

  /** Where a `Content-Length: N` line begins in the body before `limit`, or -1. */
  private findHeaderLine(limit: number): number {
    const bytes = this.buffer.subarray(0, limit);
    for (let cr = bytes.indexOf(CR, this.scanned); cr >= 0; cr = bytes.indexOf(CR, cr + 1)) {
      const before = bytes[cr - 1];
      // Cheap test first: a header line has a digit or a blank just before its CR.
      if (cr === this.start || !(isDigit(before) || before === 0x20 || before === 0x09)) continue;
      const from = Math.max(this.start, cr - maxContentLengthLine);
      const line = headerLineBeforeCR.exec(bytes.toString('latin1', from, cr));
      if (line) return from + line.index;
    }
    this.scanned = limit;
    return -1;
  }

  private append(chunk: Buffer): void {
    if (this.end + chunk.length > this.buffer.length) {
      const needed = this.end - this.start + chunk.length;
      // Doubling, but not past the end of the body being read: a 50 MB body takes 50 MB, not 100.
      const grown = this.state === 'body' ? Math.min(2 * needed, Math.max(needed, this.bodyLength)) : 2 * needed;
      this.moveTo(needed <= this.buffer.length / 2 ? this.buffer.length : grown);
    }
    chunk.copy(this.buffer, this.end);
    this.end += chunk.length;
  }

  /** Gives memory back once a big body has gone through. */
  private release(): void {
    const held = this.end - this.start;
    if (this.buffer.length > minCapacity && held < this.buffer.length / 4) this.moveTo(2 * held);
  }

  /** Moves the bytes not yet consumed to the front of a buffer of `capacity` bytes. Doubling keeps appends linear. */
  private moveTo(capacity: number): void {
    const size = Math.max(minCapacity, capacity);
    const next = size === this.buffer.length ? this.buffer : Buffer.allocUnsafe(size);
    if (next === this.buffer) next.copyWithin(0, this.start, this.end);
    else this.buffer.copy(next, 0, this.start, this.end);
    this.end -= this.start;
    this.scanned = Math.max(0, this.scanned - this.start);
    this.start = 0;
    this.buffer = next;
  }
}

/** The Content-Length of a header block (without its blank line), or what is wrong with it. */
export function readContentLength(block: string): number | string {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const field = headerField.exec(line);
    if (!field) return `a header line that is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`;
    if (field[1].toLowerCase() !== 'content-length') continue;
    if (line.length > maxContentLengthLine) return `a Content-Length line over ${maxContentLengthLine} bytes`;
    if (length !== undefined) return 'two Content-Length headers';
    if (!digits.test(field[2])) return `a Content-Length that is not a number: ${JSON.stringify(field[2].slice(0, 80))}`;
    length = Number(field[2]);
  }
  if (length === undefined) return 'a header without Content-Length';
  if (length > maxBodyBytes) return `a Content-Length of ${length}, over the limit of ${maxBodyBytes} bytes`;
  return length;
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** Where lower-case ASCII `needle` occurs in `bytes` between `from` and `to`, in any case; -1 if nowhere. */
function indexOfIgnoringCase(bytes: Buffer, needle: Buffer, from: number, to: number): number {
  const first = needle[0];
  for (let i = from, last = to - needle.length; i <= last; i++) {
    if (lowerCase(bytes[i]) !== first) continue;
    let j = 1;
    while (j < needle.length && lowerCase(bytes[i + j]) === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function lowerCase(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte;
}
