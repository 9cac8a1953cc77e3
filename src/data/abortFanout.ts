// One abort listener on a shared signal, however many requests hang off it. Every SDK call adds an
// 'abort' listener to the signal it is given and removes it when its socket closes; sixteen HeadObjects
// in flight on one scan's signal meant sixteen listeners at once (Node warns past ten:
// MaxListenersExceededWarning), and anything that forgot to remove its own would pile up for the life of
// the scan. Each request here gets a signal of its own, aborted from the one listener on the parent.
export class AbortFanout {
  private readonly children = new Set<AbortController>();
  private readonly onAbort = () => {
    for (const c of this.children) c.abort(this.parent.reason);
    this.children.clear();
  };

  constructor(private readonly parent: AbortSignal) {
    parent.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Runs `fn` with a signal of its own that the parent's abort also aborts; forgotten when it ends. */
  async run<R>(fn: (signal: AbortSignal) => Promise<R>): Promise<R> {
    const child = new AbortController();
    if (this.parent.aborted) child.abort(this.parent.reason);
    else this.children.add(child);
    try {
      return await fn(child.signal);
    } finally {
      this.children.delete(child);
    }
  }

  /** Takes the listener off the parent: call when the work on it is over. */
  close(): void {
    this.parent.removeEventListener('abort', this.onAbort);
    this.children.clear();
  }
}
