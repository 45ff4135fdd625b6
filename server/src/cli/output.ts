// Streams text with back-pressure (so piping the corpus's output never buffers it all)
// and shows `\r123/1301` progress on a terminal.
import { once } from 'node:events';

export interface TextStream extends NodeJS.EventEmitter {
  isTTY?: boolean;
  write(chunk: string): boolean;
}

export async function writeText(stream: TextStream, chunk: string): Promise<void> {
  if (chunk === '' || stream.write(chunk)) return;
  await once(stream, 'drain');
}

/** Progress is only worth showing for long runs on a terminal. */
export const progressThreshold = 200;

export class Progress {
  private readonly enabled: boolean;
  private shown = false;

  constructor(
    private readonly stream: TextStream,
    private readonly total: number,
  ) {
    this.enabled = stream.isTTY === true && total > progressThreshold;
  }

  update(done: number): void {
    if (!this.enabled) return;
    this.stream.write(`\r${done}/${this.total}`);
    this.shown = true;
  }

  /** Erases the progress line, before other output on the same terminal and at the end. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
