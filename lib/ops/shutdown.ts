import { subscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import { settings } from "@/lib/config/env";
import { releaseLeases } from "@/lib/mail/sender";
import { logger } from "./logger";

/**
 * Background work that must be stopped before the process ends: the loops' stop functions and the
 * lease owner name of this process's mail sender (null when the sender does not run here).
 */
export type BackgroundWork = { stops: (() => Promise<void>)[]; mailOwner: string | null };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Stops the loops (each finishes its running step; the mail sender hands the rest of its round
 * back), waiting at most `graceMs`, then gives back whatever mail this process still holds (a
 * send that did not finish in time goes out again later, from this or another process, with the
 * same Message-ID). Never throws: a stopping process has nobody to report to but the log.
 */
export async function stopBackgroundWork(work: BackgroundWork, graceMs: number): Promise<void> {
  const stopped = Promise.all(work.stops.map((stop) => stop())).then(() => true);
  const inTime = await Promise.race([stopped, sleep(graceMs).then(() => false)]).catch(() => false);
  if (!inTime) logger.warn({ event: "shutdown.background_timeout", graceMs }, "background work did not finish in time");
  if (!work.mailOwner) return;
  const released = await releaseLeases(work.mailOwner).catch((error: unknown) => {
    logger.error({ event: "shutdown.release_failed", code: (error as { code?: string })?.code }, "mail leases could not be given back; they expire by themselves");
    return 0;
  });
  if (released > 0) logger.info({ event: "mail.released", count: released }, "unsent mails handed back to the outbox");
}

/**
 * The HTTP servers of this process, as seen in their requests (Next.js does not hand its server
 * out). Needed for one thing at a stop: Node's server.close() closes the connections that are idle
 * at that moment, but a keep-alive connection whose request finishes later stays open until its
 * keep-alive timeout, and Next.js waits for it. Closing idle connections every 100 ms while
 * stopping lets the process end as soon as the last answer is out.
 */
const servers = new Set<Server>();
function trackServers() {
  subscribe("http.server.request.start", (message) => {
    const server = (message as { server?: Server }).server;
    if (server) servers.add(server);
  });
}

function closeIdleConnectionsUntilExit() {
  const close = () => {
    for (const server of servers) server.closeIdleConnections();
  };
  close();
  setInterval(close, 100).unref();
}

/**
 * The server's part of a stop (SIGTERM from systemd, SIGINT from a terminal). `next start` has its
 * own handler for both: it closes the listening socket (new connections are refused, so a reverse
 * proxy tries another process), waits for the requests in flight and then calls
 * process.exit(143/130), without a time limit and without waiting for anything of ours. This hook
 * runs beside it: it stops the background work, and it holds Next.js's exit back until that is done
 * and turns it into 0, because a requested stop that went well is a success (systemd counts exit
 * 143 as a failure). If the requests are still running after SHUTDOWN_GRACE_MS, it ends the
 * process itself with 1. With NEXT_MANUAL_SIG_HANDLE set, Next.js does nothing on the signals and
 * this hook ends the process after the background work (in-flight requests are then not awaited).
 */
export function installServerShutdown(work: BackgroundWork): void {
  const flag = globalThis as unknown as { __shutdownInstalled?: boolean };
  if (flag.__shutdownInstalled) return;
  flag.__shutdownInstalled = true;
  trackServers();
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const graceMs = settings().SHUTDOWN_GRACE_MS;
    logger.info({ event: "shutdown.start", signal, graceMs }, "stopping: no new connections, finishing running requests");
    const background = stopBackgroundWork(work, graceMs);
    // After Next.js's own handler has called server.close() (registered first, so it ran first).
    setImmediate(closeIdleConnectionsUntilExit);
    const realExit = process.exit.bind(process);
    let exiting = false;
    const timer: { requests?: NodeJS.Timeout } = {};
    const finish = (code: number) => {
      if (exiting) return;
      exiting = true;
      clearTimeout(timer.requests);
      void background.finally(() => {
        logger.info({ event: "shutdown.done", code }, "stopped");
        realExit(code);
      });
    };
    // Next.js calls this once its server has closed and the requests in flight have finished.
    process.exit = ((code?: number | string | null) => {
      const requested = code === 143 || code === 130 || code === undefined || code === null || code === 0;
      finish(requested ? 0 : Number(code) || 1);
    }) as typeof process.exit;
    if (process.env.NEXT_MANUAL_SIG_HANDLE) {
      finish(0);
      return;
    }
    timer.requests = setTimeout(() => {
      logger.warn({ event: "shutdown.requests_timeout", graceMs }, "requests still running after the grace period; ending anyway");
      finish(1);
    }, graceMs + 500);
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
