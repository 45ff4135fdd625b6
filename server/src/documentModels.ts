// One parse per document version, shared by diagnostics, the outline and later features.
import type { CableFile } from './parser/model';
import { parseCableFile } from './parser/parse';

/** The part of a text document the cache needs (TextDocument fits). */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export class DocumentModels {
  private readonly cache = new Map<string, { version: number; model: CableFile }>();

  constructor(private readonly parse: (text: string) => CableFile = parseCableFile) {}

  /** The model of this version of the document, parsed on first use. */
  get(document: VersionedText): CableFile {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = this.parse(document.getText());
    this.cache.set(document.uri, { version: document.version, model });
    return model;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
