// The corpus in memory, and larger inputs built from it for the scaling runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './paths.mjs';

/** All corpus cables, sorted by name: `{ name, text }`. */
export function readCorpus() {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));
}

export function largestCable(corpus) {
  return corpus.reduce((best, cable) => (cable.text.length > best.text.length ? cable : best));
}

/** Appends `pieces` (cycling) until `bytes` UTF-8 bytes; the last piece is cut at a line end. */
function fillTo(bytes, prefix, pieces) {
  const parts = [prefix];
  let size = Buffer.byteLength(prefix);
  for (let i = 0; size < bytes; i++) {
    const piece = pieces[i % pieces.length];
    const pieceBytes = Buffer.byteLength(piece);
    if (size + pieceBytes <= bytes) {
      parts.push(piece);
      size += pieceBytes;
      continue;
    }
    const cut = Buffer.from(piece).subarray(0, bytes - size).toString('utf8');
    parts.push(cut.slice(0, Math.max(0, cut.lastIndexOf('\n') + 1)));
    break;
  }
  return parts.join('');
}

/** Whole corpus cables one after another, as in a file holding many cables. */
export function concatenatedCables(corpus, bytes) {
  return fillTo(bytes, '', corpus.map((cable) => `${cable.text.replace(/\s*$/, '')}\n\n`));
}

/**
 * One cable's header and caption block, then its longest numbered paragraph repeated: a single
 * cable with thousands of paragraphs.
 */
export function repeatedParagraph(corpus, bytes, cableName = '08TASHKENT578.txt') {
  const text = (corpus.find((cable) => cable.name === cableName) ?? corpus[0]).text;
  const blocks = text.split(/\n\s*\n/);
  const firstParagraph = blocks.findIndex((block) => /^\s*(?:¶\s?)?\d{1,3}\./.test(block));
  const paragraphs = blocks.filter((block, index) => index >= firstParagraph && /^\s*(?:¶\s?)?\d{1,3}\./.test(block));
  const longest = paragraphs.reduce((best, block) => (block.length > best.length ? block : best), '');
  const head = blocks.slice(0, Math.max(0, firstParagraph)).join('\n\n');
  return fillTo(bytes, `${head}\n\n`, [`${longest}\n\n`]);
}

export const inputKinds = { cables: concatenatedCables, paragraph: repeatedParagraph };
