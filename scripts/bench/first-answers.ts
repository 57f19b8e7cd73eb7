import { latencySummary, type LatencySummary } from "./stats";

/**
 * Response times split into each connection's first answer and the answers after it.
 *
 * Why: every autocannon run opens its connections anew, and the first request of each is written
 * before the connection is accepted. Node's libuv (1.45 and later, libuv/libuv#3696) accepts one
 * connection per turn of the event loop; on a server busy with the connections it already
 * accepted, a turn lasts tens of milliseconds, so the 50th connection is accepted a second or more
 * after the first. That wait counts in its first answer's time, on any Node server (the floor
 * route and a bare `http.createServer` show it too). Keeping the two apart shows the server's
 * steady answer times beside the cost of a cold start.
 */
export type ConnectionSplit = {
  /** One answer's time; `connection` is autocannon's client object of the "response" event. */
  add(connection: unknown, ms: number): void;
  summary(): { firstAnswers: LatencySummary & { count: number }; laterAnswers: LatencySummary & { count: number } };
};

export function connectionSplit(): ConnectionSplit {
  const seen = new WeakSet<object>();
  const first: number[] = [];
  const later: number[] = [];
  return {
    add(connection, ms) {
      if (typeof connection === "object" && connection !== null && !seen.has(connection)) {
        seen.add(connection);
        first.push(ms);
      } else {
        later.push(ms);
      }
    },
    summary() {
      return {
        firstAnswers: { count: first.length, ...latencySummary(first) },
        laterAnswers: { count: later.length, ...latencySummary(later) },
      };
    },
  };
}
