/**
 * Slows password guessing: after `maxFailures` failed sign-ins for one username from one address
 * within `windowMs`, further attempts are refused (429) until the oldest failure ages out. In
 * memory: with several server processes each keeps its own count (a shared store is a later step).
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly maxFailures = 5,
    private readonly windowMs = 60_000,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    if (this.failures.size > 10_000) this.prune();
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
  }
}
