import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { createClient } from "@libsql/client";
import { connect } from "../db/connect";
import { applyMigrations } from "../db/migrate";

/**
 * A stop as systemd does it (SIGTERM) of the production build: a request that is still arriving
 * when the signal comes is answered, new connections are refused, the mails this process had
 * leased (stuck on an SMTP server that never answers) go back to the outbox, and the exit code is 0.
 * Its own server process, database and SMTP server (port E2E_PORT+3 and an ephemeral one).
 */
const port = Number(process.env.E2E_PORT ?? 3100) + 3;
const dbFile = `./data/shutdown-${process.pid}.db`;

/** An SMTP server that accepts connections and never says a word: the sender waits on it. */
function silentSmtpServer(): Promise<{ port: number; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () => {
          for (const s of sockets) s.destroy();
          server.close();
        },
      }),
    ),
  );
}

test("SIGTERM: the request in flight is answered, leased mails go back, exit code 0", async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  const url = `file:${dbFile}`;
  const { db, client: setup } = connect(url);
  await applyMigrations(db, setup, url);
  setup.close();
  const client = createClient({ url, timeout: 10_000 });
  const now = Date.now();
  for (let i = 0; i < 3; i++) {
    await client.execute({
      sql: "insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, status, attempts, next_attempt_at, created_at) values ('test', ?, 'Test', 'Text', '<p>Text</p>', '[]', 'pending', 0, ?, ?)",
      args: [`shutdown-${i}@example.org`, now, now],
    });
  }
  const smtp = await silentSmtpServer();
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      DEV_MAILBOX: "0",
      APP_SECRET: "shutdown-test-secret",
      PUBLIC_URL: `http://localhost:${port}`,
      MAIL_SENDER_INTERVAL_MS: "100",
      // Long enough for the slow request on a busy machine; the stuck mail round waits all of it.
      SHUTDOWN_GRACE_MS: "3000",
      LOG_LEVEL: "info",
    },
  });
  let output = "";
  server.stdout.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${base}/api/health/live`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
    // The sender has claimed the three mails and is stuck on the first one.
    await expect
      .poll(async () => Number((await client.execute("select count(*) as n from mail_outbox where lease_owner is not null")).rows[0].n), { timeout: 10_000 })
      .toBe(3);

    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ firstName: "x".repeat(2000) });
    let refused: boolean | undefined;
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(`${base}/api/v1/events/gibt-es-nicht/registrations`, { method: "POST", headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } }, (response) => {
        let text = "";
        response.on("data", (c: Buffer) => (text += c.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on("error", reject);
      request.write(body.slice(0, 100));
      setTimeout(() => {
        server.kill("SIGTERM");
        // New connections are refused while the old one is still being answered.
        setTimeout(async () => {
          refused = await fetch(`${base}/api/health/live`).then(() => false, () => true);
          request.end(body.slice(100));
        }, 300);
      }, 200);
    });
    const { status, text } = await answer;
    // Unknown event: a complete problem+json answer (which 4xx does not matter here).
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(JSON.parse(text).status).toBe(status);
    expect(refused, "a new connection after SIGTERM is refused").toBe(true);

    expect(await exited, output).toBe(0);
    const rows = (await client.execute("select status, lease_owner from mail_outbox")).rows;
    expect(rows.map((r) => [r.status, r.lease_owner])).toEqual([
      ["pending", null],
      ["pending", null],
      ["pending", null],
    ]);
    expect(output).toContain('"event":"mail.released"');
  } finally {
    server.kill("SIGKILL");
    smtp.close();
    client.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  }
});
