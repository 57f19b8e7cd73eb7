import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { othersCpuFromNow, roundShare, serverCpuMsFromNow } from "../machine";
import { errorText, startLoad, tally, type RequestSpec } from "../load";
import { connectionSplit, type ConnectionSplit } from "../first-answers";
import { latencySummary, type LatencySummary } from "../stats";

/** autocannon's per-connection context: reset before every request when there is one request. */
type RequestContext = { kind?: "registration" | "health"; email?: string };

/** autocannon's per-request timeout in seconds. */
const REQUEST_TIMEOUT_S = 30;

export type HttpRun = {
  eventSlug: string;
  /** Registrations sent, answered (any status), answered 202. */
  sent: number;
  answered: number;
  created: number;
  createdConfirmed: number;
  createdWaitlisted: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  errorMessages: Record<string, number>;
  /** Sent but neither answered nor failed when the run was stopped (0 unless the server hung). */
  unanswered: number;
  /** From the first request to the last registration's answer. */
  seconds: number;
  registrationsPerSecond: number;
  latencyMs: LatencySummary;
  /** The same registrations' times, split into each connection's first answer and the rest (see first-answers.ts). */
  byConnection: ReturnType<ConnectionSplit["summary"]>;
  /** autocannon's own HDR summary (it has no p95; in a run by seconds it also holds the /api/health/live requests of the tail). */
  autocannonLatencyMs: { p50: number; p90: number; p97_5: number; p99: number; max: number };
  othersCpuShare: number | null;
  /** CPU time of the server's processes during the run, in ms (Linux /proc; null elsewhere). */
  serverCpuMs: number | null;
};

let emailCounter = 0;

/** How long a run sends: a number of registrations in all, or seconds. */
export type HttpLoad = { registrations: number } | { seconds: number };

/**
 * One autocannon run of registrations. Every request carries a new e-mail address (setupRequest,
 * counter). The run ends without cutting off requests the server would still store, and every
 * latency of a registration is kept (exact nearest-rank percentiles, not autocannon's HDR summary,
 * which has no p95):
 *  - `{ registrations }` (the measured run): autocannon's `amount`, spread over the connections;
 *    each connection closes after its share is answered.
 *  - `{ seconds }` (the warm-up): after that time setupRequest hands out GET /api/health/live
 *    instead of a registration, and once every registration in flight is answered the run stops.
 *    Until 3 December 2026 the measured run did this too; but 50 connections asking for their
 *    health check as fast as it answers crowd out the last registrations (they took up to 10 s),
 *    and their answers set the end of the run, so the rate and p97.5 showed the tail, not the rush.
 */
export async function httpRun(base: string, eventSlug: string, connections: number, load: HttpLoad, label: string): Promise<HttpRun> {
  const registrationPath = `/api/v1/events/${encodeURIComponent(eventSlug)}/registrations`;
  const latencies: number[] = [];
  const split = connectionSplit();
  const statusCodes: Record<string, number> = {};
  const errorMessages: Record<string, number> = {};
  let sent = 0;
  let answered = 0;
  let created = 0;
  let createdConfirmed = 0;
  let createdWaitlisted = 0;
  let errors = 0;
  let timeouts = 0;
  let inFlight = 0;
  let lastAnswerAt = 0;
  /** Kind of the response being reported: onResponse runs right before autocannon's "response" event. */
  let answeredKind: RequestContext["kind"];
  const runId = randomUUID().slice(0, 6);
  const othersCpuUntilNow = othersCpuFromNow();
  const serverCpuMsUntilNow = serverCpuMsFromNow();
  const startedAt = performance.now();
  const sendUntil = "seconds" in load ? startedAt + load.seconds * 1000 : Infinity;
  let stopping = false;

  const { instance, result } = startLoad<RequestContext>({
    url: base,
    connections,
    ...("seconds" in load
      ? // Stopped by maybeStop(); this is only the hard limit should registrations never be answered.
        { duration: load.seconds + REQUEST_TIMEOUT_S + 10 }
      : { amount: load.registrations }),
    timeout: REQUEST_TIMEOUT_S,
    requests: [
      {
        method: "POST",
        path: registrationPath,
        headers: { "content-type": "application/json" },
        setupRequest: (request, context): RequestSpec => {
          if (performance.now() >= sendUntil) {
            context.kind = "health";
            return { ...request, method: "GET", path: "/api/health/live", headers: {}, body: "" };
          }
          const n = ++emailCounter;
          const email = `lasttest-${runId}-${n}@example.org`;
          context.kind = "registration";
          context.email = email;
          sent++;
          inFlight++;
          return {
            ...request,
            method: "POST",
            path: registrationPath,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ firstName: "Lasttest", lastName: "Lasttest", email, initiative: "keine", consent: true }),
          };
        },
        onResponse: (status, body, context) => {
          answeredKind = context.kind;
          if (context.kind !== "registration") return;
          inFlight--;
          answered++;
          lastAnswerAt = performance.now();
          tally(statusCodes, status);
          if (status === 202) {
            created++;
            try {
              const parsed = JSON.parse(body) as { status?: string };
              if (parsed.status === "confirmed") createdConfirmed++;
              else if (parsed.status === "waitlisted") createdWaitlisted++;
            } catch {
              // Counted as created; the database check shows what was stored.
            }
          } else if (Object.keys(errorMessages).length < 20) {
            tally(errorMessages, `HTTP ${status}: ${body.slice(0, 200)}`);
          }
        },
      },
    ],
  });
  // Called from autocannon's events only, never while autocannon() itself runs.
  function maybeStop() {
    if (stopping || !("seconds" in load) || performance.now() < sendUntil || inFlight > 0) return;
    stopping = true;
    instance.stop();
  }
  instance.on("response", (connection, _status, _bytes, responseTime) => {
    if (answeredKind === "registration") {
      latencies.push(responseTime);
      split.add(connection, responseTime);
    }
    answeredKind = undefined;
    maybeStop();
  });
  instance.on("reqError", (error) => {
    // A failed request gets no answer. autocannon does not say which request failed; after the
    // sending phase the connections also ask /api/health/live, so count it against registrations only
    // while some are in flight.
    if (inFlight > 0) inFlight--;
    errors++;
    const key = errorText(error);
    if (/timed out/.test(key)) timeouts++;
    tally(errorMessages, key);
    maybeStop();
  });
  const poll = setInterval(maybeStop, 100);
  console.log(`  ${label}: ${connections} connections, ${"seconds" in load ? `${load.seconds} s` : `${load.registrations} registrations`} …`);

  const outcome = await result.finally(() => clearInterval(poll));
  const othersCpu = roundShare(othersCpuUntilNow());
  const serverCpuMs = serverCpuMsUntilNow();
  const elapsed = ((lastAnswerAt || performance.now()) - startedAt) / 1000;
  const { latency } = outcome;
  return {
    eventSlug,
    sent,
    answered,
    created,
    createdConfirmed,
    createdWaitlisted,
    statusCodes,
    errors,
    timeouts,
    errorMessages,
    unanswered: Math.max(0, inFlight),
    seconds: Number(elapsed.toFixed(3)),
    registrationsPerSecond: created / elapsed,
    latencyMs: latencySummary(latencies),
    byConnection: split.summary(),
    autocannonLatencyMs: { p50: latency.p50, p90: latency.p90, p97_5: latency.p97_5, p99: latency.p99, max: latency.max },
    othersCpuShare: othersCpu,
    serverCpuMs,
  };
}
