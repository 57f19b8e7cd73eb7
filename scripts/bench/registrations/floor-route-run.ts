import { performance } from "node:perf_hooks";
import { othersCpuFromNow, roundShare, serverCpuMsFromNow } from "../machine";
import { errorText, startLoad, tally } from "../load";
import { connectionSplit, type ConnectionSplit } from "../first-answers";
import { latencySummary, type LatencySummary } from "../stats";

export type FloorRouteRun = {
  inserts: number;
  statusCodes: Record<string, number>;
  errors: number;
  errorMessages: Record<string, number>;
  seconds: number;
  insertsPerSecond: number;
  latencyMs: LatencySummary;
  /** The inserts' times, split into each connection's first answer and the rest (see first-answers.ts). */
  byConnection: ReturnType<ConnectionSplit["summary"]>;
  autocannonLatencyMs: { p50: number; p97_5: number; p99: number; max: number };
  othersCpuShare: number | null;
  /** CPU time of the server's processes during the run, in ms (Linux /proc; null elsewhere). */
  serverCpuMs: number | null;
};

/**
 * The floor: POST /api/bench/floor of the same server (app/api/bench/floor/route.ts, on with
 * BENCH_FLOOR=1), a bare route handler that does one insert per request. Measured over HTTP from
 * the same number of connections as the registrations, so the ratio shows what the registration
 * itself costs beyond the framework and one write.
 */
export async function floorRouteRun(base: string, connections: number, seconds: number, label: string): Promise<FloorRouteRun> {
  const latencies: number[] = [];
  const split = connectionSplit();
  const statusCodes: Record<string, number> = {};
  const errorMessages: Record<string, number> = {};
  let inserts = 0;
  let errors = 0;
  const othersCpuUntilNow = othersCpuFromNow();
  const serverCpuMsUntilNow = serverCpuMsFromNow();
  const startedAt = performance.now();
  console.log(`  ${label}: ${connections} connections, ${seconds} s …`);
  const { instance, result } = startLoad({ url: `${base}/api/bench/floor`, method: "POST", connections, duration: seconds, timeout: 30 });
  instance.on("response", (connection, status, _bytes, responseTime) => {
    tally(statusCodes, status);
    if (status === 201) {
      inserts++;
      latencies.push(responseTime);
      split.add(connection, responseTime);
    }
  });
  instance.on("reqError", (error) => {
    errors++;
    tally(errorMessages, errorText(error));
  });
  const outcome = await result;
  const elapsed = (performance.now() - startedAt) / 1000;
  const { latency } = outcome;
  return {
    inserts,
    statusCodes,
    errors,
    errorMessages,
    seconds: Number(elapsed.toFixed(3)),
    insertsPerSecond: inserts / elapsed,
    latencyMs: latencySummary(latencies),
    byConnection: split.summary(),
    autocannonLatencyMs: { p50: latency.p50, p97_5: latency.p97_5, p99: latency.p99, max: latency.max },
    othersCpuShare: roundShare(othersCpuUntilNow()),
    serverCpuMs: serverCpuMsUntilNow(),
  };
}
