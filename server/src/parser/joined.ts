// Text that spans several lines (a wrapped SUBJECT, REF list or Classified By line), joined
// with spaces, with a way back from an index in the joined string to a source position.
import type { Position, Range, Token } from './model';

interface Piece {
  line: number;
  /** Character offset of the piece in its line. */
  character: number;
  /** Offset of the piece in the joined text. */
  offset: number;
  length: number;
}

export class JoinedText {
  text = '';
  private readonly pieces: Piece[] = [];

  append(line: number, character: number, text: string): void {
    if (this.pieces.length) this.text += ' ';
    this.pieces.push({ line, character, offset: this.text.length, length: text.length });
    this.text += text;
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  positionAt(offset: number): Position {
    // Pieces are few (a handful of lines); a linear scan from the end is enough.
    for (let i = this.pieces.length - 1; i >= 0; i--) {
      const piece = this.pieces[i];
      if (offset >= piece.offset) {
        return { line: piece.line, character: piece.character + Math.min(offset - piece.offset, piece.length) };
      }
    }
    return { line: this.pieces[0]?.line ?? 0, character: this.pieces[0]?.character ?? 0 };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  token(start: number, text: string): Token {
    return { text, range: this.rangeOf(start, start + text.length) };
  }

  get range(): Range {
    return this.rangeOf(0, this.text.length);
  }
}
