import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A fresh database file with the migrations applied and the Mainz demo seeded, anchored at `now`.
 * Sets DATABASE_URL before the app's db client is first imported, so import app modules after
 * calling this (dynamic import).
 */
export async function freshDemoDatabase(now: Date) {
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "calendar-test-")), "test.db")}`;
  process.env.DATABASE_URL = url;
  const { connect } = await import("@/db/connect");
  const { applyMigrations } = await import("@/db/migrate");
  const { seedDemo } = await import("@/db/seed/demo");
  const { db, client } = connect(url);
  await applyMigrations(db, client, url);
  await seedDemo(db, { now });
  return { db, client, url };
}
