// Keeps the server up when a feature throws: the error is logged with the document's URI
// and the caller gets a fallback (an empty result) instead. Request handlers also honour the
// client's $/cancelRequest here.
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export type ErrorLog = (message: string) => void;

/** A request's answer: its result, or the RequestCancelled error. */
export type Answer<T> = T | ResponseError<void>;

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function guarded<T>(log: ErrorLog, feature: string, uri: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    log(`${feature} failed for ${uri}: ${describe(error)}`);
    return fallback;
  }
}

export async function guardedAsync<T>(log: ErrorLog, feature: string, uri: string, fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    log(`${feature} failed for ${uri}: ${describe(error)}`);
    return fallback;
  }
}

/**
 * `guarded` for a request handler. A request the client cancelled before it ran (vscode-jsonrpc
 * hands the handler a cancelled token when the $/cancelRequest came while the request was
 * queued) is answered with RequestCancelled (-32800), vscode-languageserver's convention, and
 * its work is not done.
 */
export function guardedRequest<T>(log: ErrorLog, feature: string, uri: string, token: CancellationToken, fallback: T, run: () => T): Answer<T> {
  if (token.isCancellationRequested) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, `${feature} cancelled`);
  return guarded(log, feature, uri, fallback, run);
}
