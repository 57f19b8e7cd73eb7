import type { EventEmitter } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";

// ---------------------------------------------------------------------------------------------
// autocannon has no type declarations; this is the part of its API the benchmarks use.

type HistogramSummary = {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  total: number;
  p2_5: number;
  p50: number;
  p75: number;
  p90: number;
  p97_5: number;
  p99: number;
};

export type AutocannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  latency: HistogramSummary;
  requests: HistogramSummary & { sent: number };
  throughput: HistogramSummary;
};

export type RequestSpec = { method?: string; path?: string; headers?: Record<string, string>; body?: string };

/** A request whose method, path and body are set per request; `context` is autocannon's per-connection object. */
export type ScriptedRequest<Context> = RequestSpec & {
  setupRequest: (request: RequestSpec, context: Context) => RequestSpec;
  onResponse: (status: number, body: string, context: Context) => void;
};

export type LoadOptions<Context> = {
  url: string;
  /** For every request (default GET). */
  method?: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  /** Requests in all, spread evenly over the connections; each connection closes after its share. */
  amount?: number;
  /** Per request, in seconds. */
  timeout?: number;
  headers?: Record<string, string>;
  requests?: ScriptedRequest<Context>[];
};

export type LoadInstance = EventEmitter & {
  stop(): void;
  on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): LoadInstance;
  on(event: "reqError", listener: (error: Error) => void): LoadInstance;
};

type Autocannon = <Context>(opts: LoadOptions<Context>, cb: (err: Error | null, result: AutocannonResult) => void) => LoadInstance;

// Resolved from the project's node_modules (the benchmarks always run from the repository root).
const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));

// ---------------------------------------------------------------------------------------------

let currentRun: LoadInstance | null = null;

/**
 * Starts one autocannon run. `result` settles when autocannon ends it (after `duration`, or
 * `instance.stop()`). Only one run at a time: stopLoad() (on Ctrl+C) stops it.
 */
export function startLoad<Context>(opts: LoadOptions<Context>): { instance: LoadInstance; result: Promise<AutocannonResult> } {
  const autocannon = requireFromRoot("autocannon") as Autocannon;
  let instance!: LoadInstance;
  const result = new Promise<AutocannonResult>((resolve, reject) => {
    instance = autocannon(opts, (err, outcome) => {
      currentRun = null;
      if (err) reject(err);
      else resolve(outcome);
    });
  });
  currentRun = instance;
  return { instance, result };
}

/** Stops the autocannon run in progress, if any. */
export function stopLoad() {
  currentRun?.stop();
}

/** Counts one more occurrence of `key` (error messages, status codes). */
export function tally(counts: Record<string, number>, key: string | number) {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The text of a request error as autocannon reports it. */
export function errorText(error: Error) {
  return error?.message || String(error);
}
