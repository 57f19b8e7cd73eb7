import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loggablePath } from "@/lib/ops/loggable-path";
import { requestId } from "@/lib/ops/request-id";

/**
 * Operations: what the log may show of a request (path without secrets, request id), what the
 * logger keeps of an error, the readiness report of /api/health, and giving mail leases back.
 */

describe("loggablePath", () => {
  it("drops the query string and the fragment", () => {
    expect(loggablePath("/veranstaltungen?suche=Anna%20Beispiel&token=abc")).toBe("/veranstaltungen");
    expect(loggablePath("/?x=1#top")).toBe("/");
  });
  it("blanks the secret segments of manage, access, password and certificate links", () => {
    const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
    expect(loggablePath(`/anmeldung/${token}`)).toBe("/anmeldung/:token");
    expect(loggablePath(`/anmeldung/${token}/rueckmeldung?x=1`)).toBe("/anmeldung/:token/rueckmeldung");
    expect(loggablePath("/anmeldung/kurz")).toBe("/anmeldung/:token");
    expect(loggablePath("/meine-daten/zugang/abc")).toBe("/meine-daten/zugang/:token");
    expect(loggablePath("/intern/passwort-setzen/abc")).toBe("/intern/passwort-setzen/:token");
    expect(loggablePath("/bescheinigung/K7-2MX9")).toBe("/bescheinigung/:token");
  });
  it("keeps fixed pages and slugs, blanks token-like segments elsewhere", () => {
    expect(loggablePath("/anmeldung/eingegangen")).toBe("/anmeldung/eingegangen");
    expect(loggablePath("/bescheinigung")).toBe("/bescheinigung");
    expect(loggablePath("/veranstaltungen/deutsch-als-zweitsprache-grundkurs-2026-herbst")).toBe("/veranstaltungen/deutsch-als-zweitsprache-grundkurs-2026-herbst");
    expect(loggablePath("/api/x/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")).toBe("/api/x/:token");
  });
  it("cuts very long paths", () => {
    expect(loggablePath(`/${"a".repeat(1000)}`).length).toBeLessThanOrEqual(301);
  });
});

describe("requestId", () => {
  it("keeps an incoming id of the expected shape", () => {
    expect(requestId("a1b2c3d4e5f6")).toBe("a1b2c3d4e5f6");
    expect(requestId("0f8fad5b-d9cb-469f-a165-70867728950e")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
  });
  it("replaces anything else with a fresh UUID", () => {
    for (const hostile of [undefined, "", "short", "anna@example.org", "x".repeat(65), "a b c d e f g h", "id\nwith-newline", ["a1b2c3d4e5", "b"]]) {
      const id = requestId(hostile as string | string[] | undefined);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("health report and mail leases", () => {
  let url = "";
  beforeAll(async () => {
    url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "operations-test-")), "test.db")}`;
    process.env.DATABASE_URL = url;
    const { connect } = await import("@/db/connect");
    const { applyMigrations } = await import("@/db/migrate");
    const { db, client } = connect(url);
    await applyMigrations(db, client, url);
    client.close();
  });

  const insertMail = async (status: string, createdAt: number, leaseOwner: string | null = null) => {
    const { db } = await import("@/db/client");
    await db.$client.execute({
      sql: "insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, status, attempts, next_attempt_at, lease_owner, lease_until, created_at) values ('test', 'jemand@example.org', 'Betreff', 'Text', 'Text', '[]', ?, 0, ?, ?, ?, ?)",
      args: [status, createdAt, leaseOwner, leaseOwner ? createdAt + 300_000 : null, createdAt],
    });
  };

  it("reports a current database with its outbox and jobs, without personal data", async () => {
    const { healthReport } = await import("@/lib/ops/health");
    const { recordJobRun } = await import("@/lib/ops/job-runs");
    const now = new Date("2026-11-25T12:00:00Z");
    expect((await healthReport(now)).outbox).toEqual({ pending: 0, oldestPendingAgeSeconds: null, failed: 0 });
    await insertMail("pending", now.getTime() - 90_000);
    await insertMail("pending", now.getTime() - 10_000);
    await insertMail("failed", now.getTime() - 5_000);
    await insertMail("sent", now.getTime() - 500_000);
    await recordJobRun("reminders", new Date("2026-11-25T11:59:00Z"));
    const report = await healthReport(now);
    expect(report).toMatchObject({
      status: "ok",
      database: "ok",
      migrations: { status: "current" },
      outbox: { pending: 2, oldestPendingAgeSeconds: 90, failed: 1 },
      jobs: { remindersLastRunAt: "2026-11-25T11:59:00.000Z", retentionLastRunAt: null },
    });
    expect(JSON.stringify(report)).not.toContain("example.org");
  });

  it("answers 503 problem+json when the database is behind the build's migrations", async () => {
    const { GET } = await import("@/app/api/health/route");
    expect((await GET()).status).toBe(200);
    const { db } = await import("@/db/client");
    const newest = await db.$client.execute("select hash, created_at from __drizzle_migrations order by created_at desc limit 1");
    const row = newest.rows[0];
    // (drizzle's id column is no rowid alias in SQLite: it stays null, so rows are told apart by time.)
    await db.$client.execute({ sql: "delete from __drizzle_migrations where created_at = ?", args: [row.created_at] });
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 503, database: "ok", migrations: { status: "behind" } });
    } finally {
      await db.$client.execute({ sql: "insert into __drizzle_migrations (hash, created_at) values (?, ?)", args: [row.hash, row.created_at] });
    }
  });

  it("gives back the mails one owner holds, and only those", async () => {
    const { releaseLeases } = await import("@/lib/mail/sender");
    const { db } = await import("@/db/client");
    const at = Date.now();
    await insertMail("pending", at, "stopping-process");
    await insertMail("pending", at, "stopping-process");
    await insertMail("pending", at, "other-process");
    expect(await releaseLeases("stopping-process")).toBe(2);
    const held = await db.$client.execute("select lease_owner as owner, count(*) as n from mail_outbox where lease_owner is not null group by lease_owner");
    expect(held.rows.map((r) => [r.owner, Number(r.n)])).toEqual([["other-process", 1]]);
  });
});

describe("errorFields", () => {
  it("keeps the driver's cause of a failed query, never its parameters", async () => {
    const { errorFields } = await import("@/lib/ops/logger");
    const cause = Object.assign(new Error("SQLITE_CONSTRAINT: UNIQUE constraint failed: registrations.email"), { code: "SQLITE_CONSTRAINT" });
    const wrapped = new Error("Failed query: insert into registrations values (?, ?)\nparams: Anna,anna@example.org", { cause });
    expect(errorFields(wrapped)).toEqual({ name: "Error", code: "SQLITE_CONSTRAINT", message: "SQLITE_CONSTRAINT: UNIQUE constraint failed: registrations.email" });
    expect(errorFields(new Error("550 rejected <anna@example.org>")).message).toBe("550 rejected [address]");
  });
});
