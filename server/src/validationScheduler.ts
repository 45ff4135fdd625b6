// Debounces validation per document. Every schedule() supersedes the earlier one for the
// same document, including a run that has already started and is awaiting settings.

/** Tells a running validation whether it is still the latest one wanted for its document. */
export type StillWanted = () => boolean;

export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latestTicket = new Map<string, number>();
  // Global so that a ticket is never reused for a document that was closed and reopened.
  private ticketCounter = 0;

  constructor(
    private readonly validate: (uri: string, stillWanted: StillWanted) => void | Promise<void>,
    public delayMs: number,
  ) {}

  /** Validates `uri` after `delayMs` (by default the debounce delay) unless superseded. */
  schedule(uri: string, delayMs = this.delayMs): void {
    this.clearTimer(uri);
    const ticket = ++this.ticketCounter;
    this.latestTicket.set(uri, ticket);
    const stillWanted = () => this.latestTicket.get(uri) === ticket;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri, stillWanted);
      }, delayMs),
    );
  }

  /** Drops the pending and any running validation of the document. */
  cancel(uri: string): void {
    this.clearTimer(uri);
    this.latestTicket.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
