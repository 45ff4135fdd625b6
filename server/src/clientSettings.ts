// Where the server's settings come from: pulled per document with workspace/configuration
// (section `cable`) when the client supports it, else pushed in didChangeConfiguration or
// given once in initializationOptions; defaults for anything missing or invalid.
import type { ErrorLog } from './guard';
import { type CableSettings, normaliseSettings } from './settings';

/** Debounce of validation after an edit; `validationDelay` in initializationOptions overrides it. */
export const defaultValidationDelayMs = 175;

export interface InitializationOptions {
  validationDelayMs: number;
  /** The raw `cable` settings section, if the client sent one. */
  settings: unknown;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** Reads `{ validationDelay?: number, cable?: { diagnostics: … } }`, ignoring anything else. */
export function readInitializationOptions(raw: unknown): InitializationOptions {
  const options = asRecord(raw);
  const delay = options?.validationDelay;
  return {
    validationDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? delay : defaultValidationDelayMs,
    settings: options?.cable,
  };
}

/** Fetches the `cable` section for one document from the client. */
export type PullSettings = (uri: string) => Promise<unknown>;

export class ClientSettings {
  private readonly perDocument = new Map<string, Promise<CableSettings>>();

  constructor(
    private readonly pull: PullSettings | undefined,
    private pushed: unknown,
    private readonly log: ErrorLog,
  ) {}

  forDocument(uri: string): Promise<CableSettings> {
    if (!this.pull) return Promise.resolve(normaliseSettings(this.pushed));
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.pull(uri).then(
        (pulled) => normaliseSettings(pulled ?? this.pushed),
        (error: unknown) => {
          this.log(`workspace/configuration failed for ${uri}: ${String(error)}`);
          return normaliseSettings(this.pushed);
        },
      );
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** Takes the params of workspace/didChangeConfiguration; pulled settings are fetched anew. */
  changed(didChangeSettings: unknown): void {
    const section = asRecord(didChangeSettings)?.cable;
    if (section !== undefined) this.pushed = section;
    this.perDocument.clear();
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
