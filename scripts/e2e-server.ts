import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import { E2E_SERVER_LOG, worthShowing } from "../e2e/support/server-log";
import { startSmtpSink } from "../e2e/support/smtp-sink";

/**
 * What the end-to-end tests run against: a production build on a freshly seeded database
 * (data/e2e.db), served by TWO server processes on the same file (E2E_PORT and E2E_PORT+1, so that
 * tests can prove that seats hold across processes), and a real SMTP server that keeps the mails
 * (SMTP on E2E_SMTP_PORT, read back over HTTP on E2E_SMTP_PORT+1). E2E_SKIP_BUILD=1 reuses the last
 * build when only tests changed. The servers' output (JSON log lines) also goes to
 * data/e2e-server.log (e2e/support/server-log.ts), which e2e/log-privacy.spec.ts searches for
 * personal data; the test run's output shows only what is not routine (see worthShowing).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);
const env = {
  ...process.env,
  DATABASE_URL: "file:./data/e2e.db",
  NEXT_TELEMETRY_DISABLED: "1",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: "Fortbildungsprogramm <noreply@example.org>",
  MAIL_SENDER_INTERVAL_MS: "250",
  DEV_MAILBOX: "1",
  APP_SECRET: "e2e-secret",
  // Load tests fire hundreds of registrations from one address; the limits are unit-tested.
  REGISTRATION_RATE_LIMIT_PER_IP: "0",
  REGISTRATION_RATE_LIMIT_PER_EMAIL: "0",
  REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "0",
  REGISTRATION_MIN_FILL_SECONDS: "1",
  // Every browser of the suite signs in from 127.0.0.1; the per-address limit stays on (tested).
  SIGNIN_RATE_LIMIT_PER_IP: "0",
};

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`./data/e2e.db${suffix}`, { force: true });
  run("npx", ["tsx", "scripts/seed.ts"]);
  if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
  const sink = await startSmtpSink(smtpPort, smtpPort + 1);
  mkdirSync("./data", { recursive: true });
  const log = createWriteStream(E2E_SERVER_LOG, { flags: "w" });
  const servers: ChildProcess[] = [port, port + 1].map((p) => {
    const server = spawn("npx", ["next", "start", "-p", String(p)], { stdio: ["ignore", "pipe", "pipe"], env: { ...env, PORT: String(p), PUBLIC_URL: `http://localhost:${port}` } });
    for (const [from, to] of [[server.stdout, process.stdout], [server.stderr, process.stderr]] as const) {
      let rest = "";
      from?.on("data", (chunk: Buffer) => {
        log.write(chunk);
        const lines = (rest + chunk.toString()).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) if (worthShowing(line)) to.write(`${line}\n`);
      });
    }
    return server;
  });
  const stop = async (code: number) => {
    for (const s of servers) s.kill("SIGTERM");
    await sink.close();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  for (const s of servers) s.on("exit", (code) => void stop(code ?? 0));
}

void main();
