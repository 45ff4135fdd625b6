// How often a crashed language server is restarted: at most `maxRestarts` times within
// `windowMs`, so a server that dies on start-up does not loop forever. Pure (no `vscode`).

export interface RestartDecision {
  restart: boolean;
  /** Crashes counted in the current window, this one included. */
  crashes: number;
  maxRestarts: number;
}

export class RestartBudget {
  private crashTimes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash and says whether the server should be started again. */
  recordCrash(): RestartDecision {
    const time = this.now();
    this.crashTimes = this.crashTimes.filter((t) => time - t < this.windowMs);
    this.crashTimes.push(time);
    const crashes = this.crashTimes.length;
    return { restart: crashes <= this.maxRestarts, crashes, maxRestarts: this.maxRestarts };
  }

  /** Forgets past crashes (after a restart the user asked for). */
  reset(): void {
    this.crashTimes = [];
  }
}
