/**
 * Counts attempts per key in a sliding window: after `maxAttempts` within `windowMs`, further
 * ones are refused (429) until the oldest ages out. Slows password guessing (failed sign-ins per
 * username and address) and caps calendar feed fetches per address. In memory: with several
 * server processes each keeps its own count (a shared store is a later step).
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly maxAttempts = 5,
    private readonly windowMs = 60_000,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.attempts.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, kept);
    return kept;
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxAttempts) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.now()) / 1000));
  }

  record(key: string): void {
    if (this.attempts.size > 10_000) this.prune();
    this.attempts.set(key, [...this.recent(key), this.now()]);
  }

  clear(key: string): void {
    this.attempts.delete(key);
  }

  private prune(): void {
    for (const key of [...this.attempts.keys()]) this.recent(key);
  }
}
