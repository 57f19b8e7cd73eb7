import "server-only";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";

/**
 * Runs write transactions and remembers how long each held the write lock (from its first
 * statement to its commit), per step: the retention job reports the longest, since no transaction
 * of it should hold the lock for long (aim: 100 ms).
 */
export class TransactionTimer {
  longestMs = 0;
  transactions = 0;
  readonly bySteps = new Map<string, number[]>();

  async run<T>(step: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    let started = 0;
    const result = await writeTransaction(async (tx) => {
      started = performance.now();
      return work(tx);
    });
    const took = performance.now() - started;
    this.longestMs = Math.max(this.longestMs, took);
    this.transactions++;
    this.bySteps.set(step, [...(this.bySteps.get(step) ?? []), took]);
    return result;
  }
}
