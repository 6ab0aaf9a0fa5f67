// A first-come, first-served lock: one SQLite file has one writer, and every write of this process waits its turn
// here instead of spinning on SQLite's busy handler (which would block the event loop).
export class WriteQueue {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function when every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => once(release));
    this.#tail = this.#tail.then(() => turn);
    return ready;
  }

  async run<T>(work: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

const once = (fn: () => void): (() => void) => {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
};
