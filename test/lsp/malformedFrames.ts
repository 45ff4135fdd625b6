// Malformed stdio input, shared by the frame scanner's own tests and the protocol-abuse tests
// against the running server: each case with what the server answers to it.
import { ErrorCodes } from 'vscode-languageserver/node';
import { frame } from './abuseRawClient';

const MB = 1 << 20;

/**
 * What the server sends back for the bad input itself: nothing (`undefined`), an error with
 * `code`, or, with no code, an answer with a result (the request inside it was whole).
 */
export type MalformedAnswer = { id: string | null; code?: number } | undefined;

export interface MalformedFrame {
  name: string;
  bytes: Buffer | string;
  answer: MalformedAnswer;
}

/** The file the requests inside the bad input ask about: never opened, so its outline is empty. */
export const probeParams = { textDocument: { uri: 'file:///tmp/cable-abuse/probe.txt' } };
const request = (id: string) => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/documentSymbol', params: probeParams });
const notification = JSON.stringify({ jsonrpc: '2.0', method: 'cable/noSuchNotification', params: {} });

export const malformedFrames: MalformedFrame[] = [
  { name: 'a body that is not JSON', bytes: frame('{not json'), answer: { id: null, code: ErrorCodes.ParseError } },
  { name: 'an empty body', bytes: frame(''), answer: { id: null, code: ErrorCodes.ParseError } },
  { name: 'a JSON body that is not a message', bytes: frame('[1, 2, 3]'), answer: { id: null, code: ErrorCodes.InvalidRequest } },
  { name: 'a JSON null body', bytes: frame('null'), answer: { id: null, code: ErrorCodes.InvalidRequest } },
  { name: 'a request whose method is not a string', bytes: frame({ jsonrpc: '2.0', id: 'bad-method', method: 42 }), answer: { id: 'bad-method', code: ErrorCodes.InvalidRequest } },
  { name: 'a Content-Length that is not a number', bytes: 'Content-Length: abc\r\n\r\n', answer: undefined },
  { name: 'a negative Content-Length', bytes: 'Content-Length: -5\r\n\r\n', answer: undefined },
  { name: 'a Content-Length with junk after the number', bytes: 'Content-Length: 12abc\r\n\r\n', answer: undefined },
  { name: 'no Content-Length header', bytes: 'Content-Type: application/vscode-jsonrpc\r\n\r\n', answer: undefined },
  { name: 'a header line without a colon', bytes: 'a header line without a colon\r\n\r\n', answer: undefined },
  { name: 'a header ended by LF only', bytes: 'Content-Length: 2\n\n{}', answer: undefined },
  { name: 'a header that never ends', bytes: `X-Padding: ${'a'.repeat(5000)}`, answer: undefined },
  { name: 'a partial "Content-Length:"', bytes: 'Content-Len', answer: undefined },
  // Taken as a frame whose body the next header ends at once: an empty body.
  { name: 'a header inside a header', bytes: 'Content-Length: 10\r\nContent-Length: 20\r\n\r\n', answer: { id: null, code: ErrorCodes.ParseError } },
  { name: 'garbage without any header end', bytes: 'garbage without any header end', answer: undefined },
  { name: 'binary garbage', bytes: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)), answer: undefined },
  { name: 'a Content-Length over the size limit', bytes: 'Content-Length: 99999999999\r\n\r\n{}', answer: undefined },
  {
    name: 'a Content-Length 10 bytes shorter than the body',
    bytes: `Content-Length: ${request('short').length - 10}\r\n\r\n${request('short')}`,
    answer: { id: null, code: ErrorCodes.ParseError },
  },
  {
    name: 'a Content-Length 10 bytes longer than the body',
    bytes: `Content-Length: ${notification.length + 10}\r\n\r\n${notification}`,
    answer: { id: null, code: ErrorCodes.ParseError },
  },
  // The next header ends such a body early; the request in it is whole, and answered.
  { name: 'a Content-Length 100 MB longer than the body', bytes: `Content-Length: ${100 * MB}\r\n\r\n${request('long')}`, answer: { id: 'long' } },
];
