// The workspace's cables in memory: what a workspace-symbol search and the ID look-ups of
// hover and REF navigation need, and nothing more. Pure data structure: no LSP connection
// and no file system, so it can be tested and benchmarked in-process.
import type { WorkspaceCables } from '../features/workspaceCables';

/** One cable of a workspace file, as the index keeps it. */
export interface IndexedCable {
  /** Canonical cable ID (`08TASHKENT578`), when the parser could work it out. */
  readonly id?: string;
  readonly subject?: string;
  /** The date-time group as an ISO 8601 string (`2008-05-21T08:39Z`). */
  readonly dtg?: string;
  readonly tags: readonly string[];
  /** The FM line's originator (`AMEMBASSY TASHKENT`). */
  readonly origin?: string;
  readonly uri: string;
  /** The line to reveal (the banner, else the cable's first line) and the span on it. */
  readonly line: number;
  readonly startCharacter: number;
  readonly endCharacter: number;
}

/** The fields of a cable read from a file, before the index owns it. */
export type CableFields = Omit<IndexedCable, 'uri'>;

interface Entry extends IndexedCable {
  /** Lower-case ID, tags, subject and origin words, each word preceded by a space. */
  readonly search: string;
  /** Position in `CableIndex.entries`, for removal in constant time. */
  slot: number;
}

/**
 * How well one query word matches a cable; lower is better. A query of several words ranks
 * a cable by the sum over its words, so "tashkent iom" puts cables matching both well first.
 */
export const enum MatchTier {
  IdEqual = 0,
  IdPrefix = 1,
  TagEqual = 2,
  IdSubstring = 3,
  WordPrefix = 4,
  Substring = 5,
}

/** The most results a query returns unless the caller asks for fewer. */
export const defaultQueryLimit = 200;

export class CableIndex implements WorkspaceCables {
  private readonly entries: Entry[] = [];
  private readonly byUri = new Map<string, Entry[]>();
  /** Upper-case ID → the cables with that ID (a cable may be saved in several files). */
  private readonly byId = new Map<string, Entry[]>();
  /** One copy of each tag and originator string, shared by all cables that have it. */
  private readonly interned = new Map<string, string>();

  get cableCount(): number {
    return this.entries.length;
  }

  get fileCount(): number {
    return this.byUri.size;
  }

  /** Replaces what the index holds for a file; no cables removes the file. */
  setFile(uri: string, cables: readonly CableFields[]): void {
    this.removeFile(uri);
    if (cables.length === 0) return;
    const entries = cables.map((cable) => this.entry(uri, cable));
    this.byUri.set(uri, entries);
    for (const entry of entries) {
      entry.slot = this.entries.push(entry) - 1;
      if (!entry.id) continue;
      const key = entry.id.toUpperCase();
      const same = this.byId.get(key);
      if (same) same.push(entry);
      else this.byId.set(key, [entry]);
    }
  }

  removeFile(uri: string): void {
    const entries = this.byUri.get(uri);
    if (!entries) return;
    this.byUri.delete(uri);
    for (const entry of entries) {
      const last = this.entries.pop()!;
      if (last !== entry) {
        this.entries[entry.slot] = last;
        last.slot = entry.slot;
      }
      if (!entry.id) continue;
      const key = entry.id.toUpperCase();
      const rest = this.byId.get(key)!.filter((other) => other !== entry);
      if (rest.length) this.byId.set(key, rest);
      else this.byId.delete(key);
    }
  }

  /** Removes every file whose URI `drop` accepts (a deleted folder, a removed workspace folder). */
  removeFiles(drop: (uri: string) => boolean): void {
    for (const uri of [...this.byUri.keys()]) if (drop(uri)) this.removeFile(uri);
  }

  hasFile(uri: string): boolean {
    return this.byUri.has(uri);
  }

  files(): IterableIterator<string> {
    return this.byUri.keys();
  }

  has(id: string): boolean {
    return this.byId.has(id.toUpperCase());
  }

  uriOf(id: string): string | undefined {
    return this.cablesWithId(id)[0]?.uri;
  }

  /** The cables with this ID, the earliest indexed first. */
  cablesWithId(id: string): readonly IndexedCable[] {
    return this.byId.get(id.toUpperCase()) ?? [];
  }

  /**
   * The cables matching every word of `query` (case-insensitive; a word matches the ID, a
   * tag, or a subject or origin word by prefix or substring), best first, at most `limit`.
   * An empty query lists cables in index order.
   */
  query(query: string, limit = defaultQueryLimit): IndexedCable[] {
    if (limit <= 0) return [];
    const words = searchWords(query);
    if (words.length === 0) return this.entries.slice(0, limit);
    // Buckets by total tier; each holds at most `limit`, so a broad query stays cheap.
    const buckets: Entry[][] = [];
    for (const entry of this.entries) {
      let score = 0;
      for (const word of words) {
        // Most cables fail the plain substring test, the cheapest one: rank only the rest.
        if (!entry.search.includes(word)) {
          score = -1;
          break;
        }
        score += tierOf(entry, word);
      }
      if (score < 0) continue;
      const bucket = (buckets[score] ??= []);
      if (bucket.length < limit) bucket.push(entry);
    }
    const results: IndexedCable[] = [];
    for (const bucket of buckets) {
      if (!bucket) continue;
      bucket.sort(byIdThenUri);
      for (const entry of bucket) {
        if (results.length === limit) return results;
        results.push(entry);
      }
    }
    return results;
  }

  private entry(uri: string, cable: CableFields): Entry {
    const tags = cable.tags.map((tag) => this.intern(tag));
    const origin = cable.origin === undefined ? undefined : this.intern(cable.origin);
    const search = ` ${[cable.id ?? '', ...tags, cable.subject ?? '', origin ?? ''].map(normaliseWords).join(' ')}`;
    return {
      id: cable.id === undefined ? undefined : ownCopy(cable.id),
      subject: cable.subject === undefined ? undefined : ownCopy(cable.subject),
      dtg: cable.dtg,
      tags,
      origin,
      uri,
      line: cable.line,
      startCharacter: cable.startCharacter,
      endCharacter: cable.endCharacter,
      search,
      slot: -1,
    };
  }

  private intern(text: string): string {
    let shared = this.interned.get(text);
    if (shared === undefined) {
      shared = ownCopy(text);
      this.interned.set(shared, shared);
    }
    return shared;
  }
}

function tierOf(entry: Entry, word: string): MatchTier {
  const id = entry.id?.toLowerCase();
  if (id === word) return MatchTier.IdEqual;
  if (id?.startsWith(word)) return MatchTier.IdPrefix;
  if (entry.tags.some((tag) => tag.length === word.length && tag.toLowerCase() === word)) return MatchTier.TagEqual;
  if (id?.includes(word)) return MatchTier.IdSubstring;
  if (entry.search.includes(` ${word}`)) return MatchTier.WordPrefix;
  return MatchTier.Substring;
}

/** Within a rank: by ID, cables without one last, then by file and line. */
function byIdThenUri(a: Entry, b: Entry): number {
  return compare(a.id ?? '\uffff', b.id ?? '\uffff') || compare(a.uri, b.uri) || a.line - b.line;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const nonWord = /[^\p{L}\p{N}]+/gu;

/** Lower case, with every run of punctuation and spaces made one space. */
function normaliseWords(text: string): string {
  return text.toLowerCase().replace(nonWord, ' ').trim();
}

/** The words of a query, normalised like the cables' search strings. */
export function searchWords(query: string): string[] {
  return normaliseWords(query).split(' ').filter(Boolean);
}

/**
 * A copy of a string that does not point into the text it was cut from: V8 keeps a whole
 * file's text alive behind a substring of it, and the index outlives the file text.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
