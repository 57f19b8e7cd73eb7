import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { min, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { lastRetentionRun } from "@/lib/privacy/retention-schedule";
import { lastJobRun } from "./job-runs";

/**
 * The readiness report of /api/health: is the database answering, is its schema the one this
 * build expects, and how the background work is doing. Only counts, ages and times: nothing about
 * a person. Ready means: the database answered and its newest applied migration is the newest one
 * in db/migrations (the folder this build was made with).
 */

type Journal = { entries: { when: number; tag: string }[] };

let expected: { when: number; tag: string } | undefined;

/** The newest migration of db/migrations, read once per process (the folder does not change while it runs). */
export function expectedMigration(): { when: number; tag: string } {
  if (!expected) {
    const journal = JSON.parse(readFileSync(path.join(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as Journal;
    const last = journal.entries.at(-1);
    if (!last) throw new Error("db/migrations/meta/_journal.json lists no migration");
    expected = { when: last.when, tag: last.tag };
  }
  return expected;
}

/** The creation time drizzle's migrator recorded for the newest migration it applied (null: none). */
async function newestAppliedMigration(): Promise<number | null> {
  // An empty database (never migrated) answers, but has no migrations table.
  const table = await db.$client.execute("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'");
  if (table.rows.length === 0) return null;
  const result = await db.$client.execute("select max(created_at) as newest from __drizzle_migrations");
  const value = result.rows[0]?.newest;
  return value === null || value === undefined ? null : Number(value);
}

export type HealthReport = {
  status: "ok" | "unavailable";
  checkedAt: string;
  database: "ok" | "error";
  migrations: { status: "current" | "behind" | "ahead" | "unknown"; expected: string };
  outbox?: { pending: number; oldestPendingAgeSeconds: number | null; failed: number };
  jobs?: { remindersLastRunAt: string | null; retentionLastRunAt: string | null };
};

export async function healthReport(now = new Date()): Promise<HealthReport> {
  const want = expectedMigration();
  let applied: number | null;
  try {
    applied = await newestAppliedMigration();
  } catch {
    // No answer from the database: not ready.
    return { status: "unavailable", checkedAt: now.toISOString(), database: "error", migrations: { status: "unknown", expected: want.tag } };
  }
  const migrationStatus = applied === want.when ? "current" : applied !== null && applied > want.when ? "ahead" : "behind";
  // Another schema than this build's: its tables may not hold what the queries below expect.
  if (migrationStatus !== "current") return { status: "unavailable", checkedAt: now.toISOString(), database: "ok", migrations: { status: migrationStatus, expected: want.tag } };
  const [[outbox], reminders, retention] = await Promise.all([
    db
      .select({
        pending: sql<number>`coalesce(sum(case when ${mailOutbox.status} = 'pending' then 1 else 0 end), 0)`,
        failed: sql<number>`coalesce(sum(case when ${mailOutbox.status} = 'failed' then 1 else 0 end), 0)`,
        oldestPending: min(sql`case when ${mailOutbox.status} = 'pending' then ${mailOutbox.createdAt} end`),
      })
      .from(mailOutbox)
      .where(sql`${mailOutbox.status} in ('pending', 'failed')`),
    lastJobRun("reminders"),
    lastRetentionRun(db),
  ]);
  const oldest = outbox.oldestPending === null || outbox.oldestPending === undefined ? null : Number(outbox.oldestPending);
  return {
    status: "ok",
    checkedAt: now.toISOString(),
    database: "ok",
    migrations: { status: migrationStatus, expected: want.tag },
    outbox: {
      pending: Number(outbox.pending),
      // created_at is stored in milliseconds (integer timestamp_ms); the age is never negative.
      oldestPendingAgeSeconds: oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest) / 1000)),
      failed: Number(outbox.failed),
    },
    jobs: { remindersLastRunAt: reminders?.toISOString() ?? null, retentionLastRunAt: retention?.at.toISOString() ?? null },
  };
}
