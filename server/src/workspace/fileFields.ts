// Reading one file for the index: its start only (header and caption block sit well within
// it), skipped when larger than the size cap, turned into the fields of its cables. The same
// steps run synchronously in an index worker thread or asynchronously on the main thread.
import * as fs from 'node:fs';
import { readCableFieldsFromBytes } from './cableHead';
import type { CableFields } from './cableIndex';

export interface FileFields {
  file: string;
  outcome: 'read' | 'missing' | 'too-large';
  /** Size of the whole file in bytes. */
  size: number;
  bytesRead: number;
  cables: CableFields[];
  /** Why reading failed, when it threw. */
  error?: string;
}

export interface ReadLimits {
  /** Files larger than this are not cables; they are skipped without being read. */
  maxFileBytes: number;
  /** How much of a file is read. */
  readBytes: number;
}

export const defaultReadLimits: ReadLimits = { maxFileBytes: 5 * 1024 * 1024, readBytes: 64 * 1024 };

const missing = (file: string): FileFields => ({ file, outcome: 'missing', size: 0, bytesRead: 0, cables: [] });

/** The fields from the first `bytesRead` bytes of a file of `size` bytes, read into `buffer`. */
function fieldsFromStart(file: string, buffer: Buffer, bytesRead: number, size: number, limits: ReadLimits): FileFields {
  if (size > limits.maxFileBytes) return { file, outcome: 'too-large', size, bytesRead: 0, cables: [] };
  // Cut a partial last line (and any split character) off a truncated read.
  const end = size > bytesRead ? buffer.lastIndexOf(10, bytesRead - 1) + 1 : bytesRead;
  return { file, outcome: 'read', size, bytesRead, cables: readCableFieldsFromBytes(file, buffer.subarray(0, end)) };
}

/** For a worker thread, where blocking reads hold up nobody. `buffer` is reused between calls. */
export function readFileFieldsSync(file: string, buffer: Buffer, limits: ReadLimits): FileFields {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return missing(file);
  }
  try {
    const bytesRead = fs.readSync(fd, buffer, 0, Math.min(buffer.length, limits.readBytes), 0);
    // A short read is the whole file; only a full buffer needs the size.
    const size = bytesRead < limits.readBytes ? bytesRead : fs.fstatSync(fd).size;
    return fieldsFromStart(file, buffer, bytesRead, size, limits);
  } catch {
    return missing(file);
  } finally {
    fs.closeSync(fd);
  }
}

/** For the main thread: the reads go to libuv's thread pool; only the parse runs here. */
export async function readFileFieldsAsync(file: string, buffer: Buffer, limits: ReadLimits): Promise<FileFields> {
  const fd = await new Promise<number | undefined>((resolve) => fs.open(file, 'r', (error, fd) => resolve(error ? undefined : fd)));
  if (fd === undefined) return missing(file);
  try {
    const length = Math.min(buffer.length, limits.readBytes);
    const bytesRead = await new Promise<number>((resolve, reject) => fs.read(fd, buffer, 0, length, 0, (error, bytes) => (error ? reject(error) : resolve(bytes))));
    const size =
      bytesRead < length ? bytesRead : await new Promise<number>((resolve, reject) => fs.fstat(fd, (error, stat) => (error ? reject(error) : resolve(stat.size))));
    return fieldsFromStart(file, buffer, bytesRead, size, limits);
  } catch {
    return missing(file);
  } finally {
    fs.close(fd, () => undefined);
  }
}
