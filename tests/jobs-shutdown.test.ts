import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { expect, it } from "vitest";

/**
 * `npm run jobs` stopped by SIGTERM while its mail sender waits on an SMTP server that never
 * answers: it ends after SHUTDOWN_GRACE_MS with exit code 0, and the mails it had claimed are back
 * in the outbox without a lease (so another sender takes them at once, not after 5 minutes).
 */
const root = path.resolve(__dirname, "..");

it("SIGTERM ends npm run jobs with 0 and gives its leased mails back", async () => {
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "jobs-shutdown-")), "test.db")}`;
  const { connect } = await import("@/db/connect");
  const { applyMigrations } = await import("@/db/migrate");
  const setup = connect(url);
  await applyMigrations(setup.db, setup.client, url);
  setup.client.close();
  const client = createClient({ url, timeout: 10_000 });
  const now = Date.now();
  for (let i = 0; i < 3; i++) {
    await client.execute({
      sql: "insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, status, attempts, next_attempt_at, created_at) values ('test', ?, 'Test', 'Text', 'Text', '[]', 'pending', 0, ?, ?)",
      args: [`jobs-${i}@example.org`, now, now],
    });
  }
  const sockets = new Set<net.Socket>();
  const silent = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const smtpPort = (silent.address() as net.AddressInfo).port;
  // As `npm run jobs` runs it: one Node process with tsx as a loader, no relaying parent process.
  const child = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/jobs.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_SENDER_INTERVAL_MS: "50", SHUTDOWN_GRACE_MS: "1000", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += String(d)));
  child.stderr.on("data", (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const leased = async () => Number((await client.execute("select count(*) as n from mail_outbox where lease_owner is not null")).rows[0].n);
    const deadline = Date.now() + 20_000;
    while ((await leased()) < 3) {
      if (Date.now() > deadline) throw new Error(`the jobs process claimed no mails:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGTERM");
    expect(await exited, output).toBe(0);
    const rows = (await client.execute("select status, lease_owner from mail_outbox order by id")).rows.map((r) => [r.status, r.lease_owner]);
    expect(rows).toEqual([
      ["pending", null],
      ["pending", null],
      ["pending", null],
    ]);
    expect(output).toContain('"event":"mail.released","count":3');
  } finally {
    child.kill("SIGKILL");
    for (const s of sockets) s.destroy();
    silent.close();
    client.close();
  }
}, 40_000);
