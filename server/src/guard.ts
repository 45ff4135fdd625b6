// Keeps the server up when a feature throws: the error is logged with the document's URI
// and the caller gets a fallback (an empty result) instead.

export type ErrorLog = (message: string) => void;

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
