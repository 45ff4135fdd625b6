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
  /**
   * Lower-case words, each after a space: ` id tag tag subject words origin words `. The ID
   * ends at `idEnd`, the tags at `tagsEnd` (both the offset of the space that follows).
   */
  readonly search: string;
  readonly idEnd: number;
  readonly tagsEnd: number;
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

/**
 * The search strings of a run of consecutive entries, joined into one string: one native
 * `indexOf` over it is much faster than a call per cable. Rebuilt when its entries change.
 */
interface Segment {
  text: string;
  /** Offset of each entry's search string in `text`. */
  starts: Int32Array;
  dirty: boolean;
}

const segmentBits = 10;
const segmentSize = 1 << segmentBits;

/** A query word with the needles used to rank it, made once per query. */
interface QueryWord {
  word: string;
  /** ` word`: a word (or the ID) starting with it. */
  spaced: string;
  /** ` word `: a whole word (the ID, a tag). */
  bounded: string;
  /** Some cable has a tag (word) equal to it; if none has, no cable needs the tag check. */
  mayBeTag: boolean;
}

/** The best `limit` entries by score (lower is better); among equal scores, the first come stay. */
class TopByScore {
  private readonly buckets: Entry[][] = [];
  /** Entries scoring this or more can no longer get in. */
  cutoff = Infinity;

  constructor(private readonly limit: number) {}

  add(entry: Entry, score: number): void {
    if (score >= this.cutoff) return;
    (this.buckets[score] ??= []).push(entry);
    let count = 0;
    for (let s = 0; s < this.cutoff && s < this.buckets.length; s++) {
      count += this.buckets[s]?.length ?? 0;
      if (count >= this.limit) this.cutoff = s;
    }
  }

  /** Best first; within a score by ID. */
  results(): IndexedCable[] {
    const results: IndexedCable[] = [];
    for (const bucket of this.buckets) {
      if (!bucket) continue;
      bucket.sort(byIdThenUri);
      for (const entry of bucket) {
        if (results.length === this.limit) return results;
        results.push(entry);
      }
    }
    return results;
  }
}

export class CableIndex implements WorkspaceCables {
  private readonly entries: Entry[] = [];
  private readonly segments: Segment[] = [];
  private readonly byUri = new Map<string, Entry[]>();
  /** Upper-case ID → the cables with that ID (a cable may be saved in several files). */
  private readonly byId = new Map<string, Entry[]>();
  /** One copy of each tag and originator string, shared by all cables that have it. */
  private readonly interned = new Map<string, string>();
  /** Lower-case words of tags → how many cables have them. */
  private readonly tagWords = new Map<string, number>();

  get cableCount(): number {
    return this.entries.length;
  }

  get fileCount(): number {
    return this.byUri.size;
  }

  /** Replaces what the index holds for a file; no cables removes the file. */
  setFile(uri: string, cables: readonly CableFields[]): void {
    // The same cables again (an open document edited below its caption block, a save): the
    // entries, their order and the search segments stay as they are.
    if (sameCables(this.byUri.get(uri) ?? [], cables)) return;
    this.removeFile(uri);
    if (cables.length === 0) return;
    const entries = cables.map((cable) => this.entry(uri, cable));
    this.byUri.set(uri, entries);
    for (const entry of entries) {
      entry.slot = this.entries.push(entry) - 1;
      this.changed(entry.slot);
      for (const word of tagWordsOf(entry)) this.tagWords.set(word, (this.tagWords.get(word) ?? 0) + 1);
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
      this.changed(this.entries.length);
      if (last !== entry) {
        this.entries[entry.slot] = last;
        last.slot = entry.slot;
        this.changed(entry.slot);
      }
      for (const word of tagWordsOf(entry)) {
        const count = this.tagWords.get(word)! - 1;
        if (count > 0) this.tagWords.set(word, count);
        else this.tagWords.delete(word);
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
    const words = searchWords(query).map((word): QueryWord => ({ word, spaced: ` ${word}`, bounded: ` ${word} `, mayBeTag: this.tagWords.has(word) }));
    if (words.length === 0) return this.entries.slice(0, limit);
    // The longest word is the rarest, most likely: it picks the candidates, the others filter them.
    const scanned = words.reduce((longest, word) => (word.word.length > longest.word.length ? word : longest));
    const others = words.filter((word) => word !== scanned);
    const top = new TopByScore(limit);
    this.forEachContaining(scanned.word, (entry, at) => {
      // A broad query fills the results early: most later candidates are out at a glance.
      if (lowestTierAt(entry, scanned, at) >= top.cutoff) return;
      let score = tierAt(entry, scanned, at);
      for (const other of others) {
        const otherAt = entry.search.indexOf(other.word);
        if (otherAt < 0 || score >= top.cutoff) return;
        score += tierAt(entry, other, otherAt);
      }
      top.add(entry, score);
    });
    return top.results();
  }

  /** Calls `visit` once for each entry whose search string contains `word`, with the offset of its first occurrence. */
  private forEachContaining(word: string, visit: (entry: Entry, at: number) => void): void {
    for (let base = 0; base < this.entries.length; base += segmentSize) {
      const { text, starts } = this.segmentAt(base);
      let next = 0;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, starts[next] ?? text.length)) {
        // The entry holding offset `at`: the last one starting at or before it.
        while (next < starts.length && starts[next] <= at) next++;
        visit(this.entries[base + next - 1], at - starts[next - 1]);
        if (next === starts.length) break;
      }
    }
  }

  private segmentAt(base: number): Segment {
    const index = base >> segmentBits;
    const segment = (this.segments[index] ??= { text: '', starts: new Int32Array(0), dirty: true });
    if (!segment.dirty) return segment;
    const end = Math.min(base + segmentSize, this.entries.length);
    const starts = new Int32Array(end - base);
    let offset = 0;
    const parts: string[] = [];
    for (let slot = base; slot < end; slot++) {
      starts[slot - base] = offset;
      parts.push(this.entries[slot].search);
      // Search strings hold no line feed: a word cannot match across two entries.
      offset += this.entries[slot].search.length + 1;
    }
    segment.text = parts.join('\n');
    segment.starts = starts;
    segment.dirty = false;
    return segment;
  }

  /** The segment holding `slot` must be rebuilt before the next query. */
  private changed(slot: number): void {
    const segment = this.segments[slot >> segmentBits];
    if (segment) segment.dirty = true;
  }

  private entry(uri: string, cable: CableFields): Entry {
    const tags = cable.tags.map((tag) => this.intern(tag));
    const origin = cable.origin === undefined ? undefined : this.intern(cable.origin);
    const id = ` ${normaliseWords(cable.id ?? '')}`;
    const withTags = `${id} ${tags.map(normaliseWords).join(' ')}`;
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
      search: `${withTags} ${normaliseWords(cable.subject ?? '')} ${normaliseWords(origin ?? '')} `,
      idEnd: id.length,
      tagsEnd: withTags.length,
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

const space = 32;

/**
 * The tier of a word whose first occurrence in the entry's search string is at `at`. Runs
 * for every candidate, so it allocates nothing and mostly decides from `at` alone.
 */
function tierAt(entry: Entry, { word, spaced, bounded, mayBeTag }: QueryWord, at: number): MatchTier {
  const { search, idEnd, tagsEnd } = entry;
  // The ID holds no space: an occurrence at offset 1 starts it.
  if (at === 1) return search.charCodeAt(1 + word.length) === space ? MatchTier.IdEqual : MatchTier.IdPrefix;
  // A whole tag: ` word ` starting at the space before a tag, which is before `tagsEnd`.
  if (mayBeTag && tagsEnd > idEnd + 1 && search.lastIndexOf(bounded, tagsEnd - 1) >= idEnd) return MatchTier.TagEqual;
  if (at < idEnd) return MatchTier.IdSubstring;
  if (search.charCodeAt(at - 1) === space || search.includes(spaced, at)) return MatchTier.WordPrefix;
  return MatchTier.Substring;
}

/** The best tier `tierAt` could give, from `at` alone. */
function lowestTierAt(entry: Entry, { mayBeTag }: QueryWord, at: number): MatchTier {
  if (at === 1) return MatchTier.IdEqual;
  if (mayBeTag && entry.tagsEnd > entry.idEnd + 1) return MatchTier.TagEqual;
  return at < entry.idEnd ? MatchTier.IdSubstring : MatchTier.WordPrefix;
}

function sameCables(held: readonly IndexedCable[], cables: readonly CableFields[]): boolean {
  return held.length === cables.length && cables.every((cable, i) => sameCable(held[i], cable));
}

/** Field by field: a field added to `CableFields` must be compared here too. */
function sameCable(held: IndexedCable, cable: CableFields): boolean {
  return (
    held.id === cable.id &&
    held.subject === cable.subject &&
    held.dtg === cable.dtg &&
    held.origin === cable.origin &&
    held.line === cable.line &&
    held.startCharacter === cable.startCharacter &&
    held.endCharacter === cable.endCharacter &&
    held.tags.length === cable.tags.length &&
    held.tags.every((tag, i) => tag === cable.tags[i])
  );
}

function tagWordsOf(entry: Entry): string[] {
  return entry.search.slice(entry.idEnd + 1, entry.tagsEnd).split(' ').filter(Boolean);
}

/** Within a rank: by ID, cables without one last, then by file and line. */
function byIdThenUri(a: Entry, b: Entry): number {
  return compare(a.id ?? '\uffff', b.id ?? '\uffff') || compare(a.uri, b.uri) || a.line - b.line;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const nonWord = /[^\p{L}\p{N}]+/gu;
// The same for ASCII text, most cables: much faster than the Unicode classes.
const nonAsciiWord = /[^a-z0-9]+/g;
const nonAscii = /[^\x00-\x7f]/;

/** Lower case, with every run of punctuation and spaces made one space. */
function normaliseWords(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(nonAscii.test(lower) ? nonWord : nonAsciiWord, ' ').trim();
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
