import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appMeta } from "@/db/schema";
import { writeTransaction } from "@/lib/db/write-transaction";

/**
 * When a background job last finished a round, kept in app_meta (`job.<name>.last_run`, an ISO
 * time) for the readiness report (/api/health). Only the reminders use it: the retention job
 * already leaves an audit entry per run (lib/privacy/retention-schedule.ts).
 */
export type RecordedJob = "reminders";

const key = (job: RecordedJob) => `job.${job}.last_run`;

export async function recordJobRun(job: RecordedJob, at = new Date()): Promise<void> {
  const value = at.toISOString();
  await writeTransaction((tx) => tx.insert(appMeta).values({ key: key(job), value }).onConflictDoUpdate({ target: appMeta.key, set: { value } }));
}

export async function lastJobRun(job: RecordedJob): Promise<Date | null> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key(job)));
  const at = row ? new Date(row.value) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
}
