// A MessageReader for a byte stream (stdin) that stays in step after malformed input (see
// frameScanner.ts). A body that is not JSON is answered with ParseError, and JSON that is not a
// message with InvalidRequest, right away and with id null, as JSON-RPC 2.0 says: vscode-jsonrpc's
// own reader answers neither, so a client waits for ever.
import {
  AbstractMessageReader,
  type DataCallback,
  Disposable,
  ErrorCodes,
  type Message,
  type MessageReader,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { FrameScanner } from './frameScanner';

type RequestId = number | string | null;

function errorResponse(id: RequestId, code: number, message: string): ResponseMessage {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/** What is wrong with parsed JSON as a JSON-RPC message, as a response to send; undefined if nothing. */
function invalidRequest(json: unknown): ResponseMessage | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return errorResponse(null, ErrorCodes.InvalidRequest, 'Invalid Request: a message must be a JSON object (batches are not supported)');
  }
  const { id, method } = json as { id?: unknown; method?: unknown };
  if (method !== undefined && typeof method !== 'string') {
    const requestId = typeof id === 'number' || typeof id === 'string' ? id : null;
    return errorResponse(requestId, ErrorCodes.InvalidRequest, 'Invalid Request: method must be a string');
  }
  return undefined;
}

export class ResyncMessageReader extends AbstractMessageReader implements MessageReader {
  /**
   * @param answer sends a response outside the connection (the errors above)
   * @param report logs malformed framing
   */
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly answer: (response: ResponseMessage) => void,
    private readonly report: (problem: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const scanner = new FrameScanner({
      body: (bytes) => this.deliver(bytes, callback),
      problem: (description) => this.report(`malformed JSON-RPC input, skipped to the next Content-Length header: ${description}`),
    });
    const onData = (chunk: Buffer | string) => {
      try {
        scanner.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      } catch (error) {
        this.fireError(error);
      }
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData).on('error', onError).on('close', onClose);
    return Disposable.create(() => {
      this.input.off('data', onData).off('error', onError).off('close', onClose);
    });
  }

  /** Parses a body and hands the message on; false when the body is not JSON. */
  private deliver(bytes: Buffer, callback: DataCallback): boolean {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      this.answer(errorResponse(null, ErrorCodes.ParseError, `Parse error: ${String((error as Error).message).slice(0, 200)}`));
      return false;
    }
    const invalid = invalidRequest(json);
    if (invalid) this.answer(invalid);
    else callback(json as Message);
    return true;
  }
}
