// Recognises a cable in a plain-text document from its first lines, cheaply: it looks at
// most at `detectionLineCount` lines and the first `maxNonBlankLines` non-blank ones among them.
// Pure (no `vscode` import) so it can be unit-tested and run on every plain-text open.

/** How many lines from the top of a document are read for detection. */
export const detectionLineCount = 10;

/** A media-partner date line may come before the banner, so look a little past line one. */
const maxNonBlankLines = 3;

const months = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';

/** Letter-spaced classification words, the banner form used in almost every cable. */
const spacedLevel = ['CONFIDENTIAL', 'SECRET', 'TOP SECRET', 'UNCLASSIFIED']
  .map((word) => word.split(' ').map((w) => w.split('').join(' ')).join('\\s+'))
  .join('|');

/** Each pattern is specific to cables; any one of them on a leading line is enough. */
const cableOpeners: readonly RegExp[] = [
  // FL1 transmission identifier: VZCZCXYZ0000
  /^VZCZC[A-Z0-9]{0,12}$/,
  // FL5 precedence and date-time group (R 210839Z MAY 08), or a bare DTG of a partial extract
  new RegExp(`^(?:[ZOPR]\\s+){0,2}\\d{6}Z\\s+(?:${months})\\s+\\d{2}\\b`, 'i'),
  /^This record is a partial extract of the original cable\b/,
  // Old printout: distribution block (`ACTION AF-00`, `INFO  LOG-00   EEB-00 …`) or page line
  /^(?:ACTION|ORIGIN|INFO)\s+[A-Z]{1,6}-\d{2}\b/,
  /^PAGE\s+\d{2}\s+.*\b\d{6}Z$/,
  // Classification banner, letter-spaced (any case: media partners lower-cased some)
  new RegExp(`^(?:Telegram)?(?:${spacedLevel})\\b`, 'i'),
  // Classification banner in plain words; capitals and a station + serial keep prose out
  /^(?:Telegram)?(?:UNCLAS(?:SIFIED)?(?:\s+EFTO)?|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)\s+(?:SECTION\s+\d{1,2}\s+OF\s+\d{1,2}\s+)?[A-Z][A-Z .'-]*?\s+\d{3,8}\b/,
];

/** True when the leading lines of a document (line 0 first) open like a cable. */
export function looksLikeCable(leadingLines: readonly string[]): boolean {
  let nonBlankSeen = 0;
  for (const line of leadingLines.slice(0, detectionLineCount)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (cableOpeners.some((pattern) => pattern.test(trimmed))) return true;
    if (++nonBlankSeen >= maxNonBlankLines) return false;
  }
  return false;
}

export interface DocumentIdentity {
  languageId: string;
  /** URI scheme: `file`, `untitled`, … */
  scheme: string;
  /** URI path. */
  path: string;
}

/** Only plain-text `.txt` files and untitled plain-text buffers are candidates for detection. */
export function isDetectionCandidate(doc: DocumentIdentity): boolean {
  return doc.languageId === 'plaintext' && (doc.scheme === 'untitled' || doc.path.toLowerCase().endsWith('.txt'));
}
