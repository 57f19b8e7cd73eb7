import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { stopLoad } from "./load";

/**
 * The production server a benchmark measures (`next start`), stopped in every case: at the end, on
 * errors, on Ctrl+C (SIGINT/SIGTERM/SIGHUP) and, as a last line of defence, when the process exits.
 */

let server: ChildProcess | null = null;
let serverExited = false;
let serverExit = "";
const serverLog: string[] = [];
let interrupted = false;

function keepServerOutput(chunk: Buffer) {
  for (const line of chunk.toString().split("\n")) {
    if (!line.trim()) continue;
    serverLog.push(line);
    if (serverLog.length > 200) serverLog.shift();
  }
}

function signalServer(signal: NodeJS.Signals) {
  if (!server?.pid || serverExited) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function stopServer() {
  if (!server?.pid || serverExited) return;
  signalServer("SIGTERM");
  const deadline = Date.now() + 5000;
  while (!serverExited && Date.now() < deadline) await sleep(100);
  if (!serverExited) signalServer("SIGKILL");
}

// Last line of defence (uncaught errors, process.exit): synchronous kill of the whole group.
process.on("exit", () => signalServer("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the server …`);
    stopLoad();
    void stopServer().finally(() => process.exit(130));
  });
}

/** True once Ctrl+C (or SIGTERM/SIGHUP) was received: loops of the benchmark stop early. */
export function isInterrupted() {
  return interrupted;
}

/** The process group of the running server (its pid), or null when none runs. */
export function serverProcessGroup(): number | null {
  return server?.pid !== undefined && !serverExited ? server.pid : null;
}

/** The last lines the server wrote (stdout and stderr), for error reports. */
export function serverLogTail(lines = 40): string {
  return serverLog.slice(-lines).join("\n");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

export async function waitForHealth(base: string, timeoutMs = 90_000, requestTimeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error(`next start ended (${serverExit}) before /api/health answered.`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(requestTimeoutMs) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s.`);
}

/**
 * After a run the server still works through the requests that were in flight when autocannon
 * closed its connections. Wait until a health request gets through, so that this backlog does not
 * count against the next run. Returns the milliseconds it took.
 */
export async function drain(base: string) {
  const started = Date.now();
  await waitForHealth(base, 300_000, 60_000);
  await sleep(500);
  return Date.now() - started;
}

/**
 * `next start` on a free port (an ephemeral one the system hands out, never the e2e tests' fixed
 * ports), in its own process group so that npx and the Next.js process it starts are stopped
 * together; waits until /api/health answers 200. `envFor` gives the server's environment for the
 * port. Returns the base URL.
 */
export async function startServer(envFor: (port: number) => NodeJS.ProcessEnv): Promise<{ base: string; port: number }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_CPU_PROF=<dir>: the server runs under `node --cpu-prof` (not allowed in NODE_OPTIONS) and
  // writes a .cpuprofile there when it stops; `npx tsx scripts/bench/profile-top.ts <file>` sums it.
  const profileDir = process.env.BENCH_CPU_PROF;
  const command = profileDir
    ? ["node", ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "node_modules/next/dist/bin/next", "start", "-p", String(port)]] as const
    : ["npx", ["next", "start", "-p", String(port)]] as const;
  console.log(`\n> server: ${command[0]} ${command[1].join(" ")}`);
  const child = spawn(command[0], [...command[1]], { env: envFor(port), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  serverExited = false;
  serverExit = "";
  child.stdout?.on("data", keepServerOutput);
  child.stderr?.on("data", keepServerOutput);
  child.on("exit", (code, signal) => {
    serverExited = true;
    serverExit = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  server = child;
  const startedAt = Date.now();
  await waitForHealth(base);
  console.log(`  /api/health answered 200 after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return { base, port };
}

/** Runs a benchmark's main function; on an error prints it with the server's last lines, stops the server, exits 1. */
export function runBenchmark(main: () => Promise<void>) {
  main().catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    if (serverLog.length > 0) console.error(`\nLast lines of the server's output:\n${serverLogTail()}`);
    await stopServer();
    process.exit(1);
  });
}
