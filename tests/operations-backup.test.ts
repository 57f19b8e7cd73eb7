import { registrationTexts } from "./support/form-texts";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDemoDatabase, insertPublishedEvent } from "./support/test-db";

/**
 * npm run db:backup while the database is being written, then npm run db:restore's checks. The
 * backup runs as its own process (the real script), next to registrations through the app's own
 * command in this process, and the restored copy must be consistent at a transaction boundary.
 */
const now = new Date();
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let registerForEvent: typeof import("@/lib/registrations/commands").registerForEvent;
let registrationSchema: typeof import("@/lib/registrations/schemas").registrationSchema;
let restore: typeof import("@/lib/operations/restore");
const work = mkdtempSync(path.join(tmpdir(), "backup-test-"));
const databaseFile = () => ctx.url.slice("file:".length);

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  ({ registerForEvent } = await import("@/lib/registrations/commands"));
  ({ registrationSchema } = await import("@/lib/registrations/schemas"));
  restore = await import("@/lib/operations/restore");
});

const eventWithCapacity = (n: number, capacity: number) => insertPublishedEvent(ctx.db, now, { slug: `sicherung-${n}`, title: `Sicherung ${n}`, capacity });

const person = (i: number) => registrationSchema([], registrationTexts()).parse({ firstName: "Test", lastName: "Person", email: `backup-${i}@example.org`, initiative: "keine", consent: true });

function runScript(script: string, args: string[]) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), script, ...args], { env: { ...process.env, DATABASE_URL: ctx.url } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

describe("backup and restore", () => {
  it("takes a consistent backup while 200 registrations are made at once, and restores it", async () => {
    const events = await Promise.all([1, 2, 3, 4].map((n) => eventWithCapacity(n, 15)));
    const backupDir = path.join(work, "sicherungen");
    let backupDone = false;
    const backup = runScript("scripts/db-backup.ts", ["--to", backupDir]).finally(() => (backupDone = true));
    // Bunches of 50 simultaneous registrations until the backup has finished, at least 200.
    let made = 0;
    while (made < 200 || (!backupDone && made < 4000)) {
      const bunch = Array.from({ length: 50 }, (_, k) => made + k);
      made += bunch.length;
      const results = await Promise.all(bunch.map((i) => registerForEvent(events[i % events.length].slug, person(i))));
      expect(results.every((r) => r.kind === "registered")).toBe(true);
    }
    const { code, out } = await backup;
    expect(code, out).toBe(0);
    expect(out).toMatch(/^Sicherung geschrieben: .*\.db \(/);
    const [file] = readdirSync(backupDir).filter((f) => f.endsWith(".db"));
    expect(readdirSync(backupDir)).toContain(`${file}.sha256`);

    const target = path.join(work, "wiederhergestellt.db");
    const result = await restore.restoreDatabase({ backup: path.join(backupDir, file), target });
    expect(result.lines).toContain("Integritätsprüfung bestanden.");
    expect(result.lines.some((l) => l.startsWith("Migrationsstand: aktuell"))).toBe(true);

    const copy = createClient({ url: `file:${target}` });
    try {
      expect((await copy.execute("pragma integrity_check")).rows[0]).toMatchObject({ integrity_check: "ok" });
      // Every confirmed or waiting registration has its confirmation in the outbox (same transaction).
      // (The demo seed writes its registrations without mails: only this test's count.)
      const withoutMail = await copy.execute(`
        select r.id from registrations r where r.status in ('confirmed', 'waitlisted') and r.email like 'backup-%'
          and not exists (select 1 from mail_outbox m where m.registration_id = r.id and m.kind in ('registration_confirmed', 'waitlisted'))`);
      expect(withoutMail.rows).toEqual([]);
      const overbooked = await copy.execute(`
        select e.id from events e where e.capacity is not null
          and (select count(*) from registrations r where r.event_id = e.id and r.status in ('confirmed', 'attended', 'no_show')) > e.capacity`);
      expect(overbooked.rows).toEqual([]);
      const inCopy = Number((await copy.execute("select count(*) as n from registrations where email like 'backup-%'")).rows[0].n);
      console.info(`backup during registrations: ${made} made, ${inCopy} in the backup`);
    } finally {
      copy.close();
    }
  }, 90_000);

  it("refuses to overwrite a database that is open, a changed backup, and one without checksum", async () => {
    const backupDir = path.join(work, "sicherungen");
    const [file] = readdirSync(backupDir).filter((f) => f.endsWith(".db"));
    const good = path.join(backupDir, file);
    // This test process has the live database open, as a server would.
    await expect(restore.restoreDatabase({ backup: good, target: databaseFile() })).rejects.toThrow(/gerade geöffnet/);

    const changed = path.join(work, "veraendert.db");
    copyFileSync(good, changed);
    copyFileSync(`${good}.sha256`, `${changed}.sha256`);
    writeFileSync(changed, Buffer.from("x"), { flag: "a" });
    await expect(restore.restoreDatabase({ backup: changed, target: path.join(work, "neu.db") })).rejects.toThrow(/Prüfsumme stimmt nicht/);

    const bare = path.join(work, "ohne-summe.db");
    copyFileSync(good, bare);
    await expect(restore.restoreDatabase({ backup: bare, target: path.join(work, "neu.db") })).rejects.toThrow(/keine Prüfsummendatei/);
  });

  it("restores an older migrations level with a hint, and refuses a backup of a newer code version", async () => {
    const { writeChecksum } = await import("@/lib/operations/checksum");
    const backupDir = path.join(work, "sicherungen");
    const [file] = readdirSync(backupDir).filter((f) => f.endsWith(".db"));
    const variant = async (name: string, sql: string) => {
      const copy = path.join(work, name);
      copyFileSync(path.join(backupDir, file), copy);
      const client = createClient({ url: `file:${copy}` });
      await client.execute(sql);
      client.close();
      await writeChecksum(copy);
      return copy;
    };
    const older = await variant("aelter.db", "delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)");
    const result = await restore.restoreDatabase({ backup: older, target: path.join(work, "aelter-ziel.db") });
    expect(result.lines.find((l) => l.startsWith("Migrationsstand"))).toMatch(/es fehlen 1\. Führen Sie vor dem Start npm run db:migrate aus\.$/);
    const newer = await variant("neuer.db", "insert into __drizzle_migrations (hash, created_at) values ('zukunft', 99999999999999)");
    const target = path.join(work, "neuer-ziel.db");
    await expect(restore.restoreDatabase({ backup: newer, target })).rejects.toThrow(/Migrationen, die dieser Programmstand nicht kennt/);
    expect(readdirSync(work)).not.toContain("neuer-ziel.db");
  });

  it("keeps the newest BACKUP_KEEP backups and refuses a libSQL server", async () => {
    const { backupDatabase } = await import("@/lib/operations/backup");
    const dir = path.join(work, "rotation");
    for (let h = 0; h < 4; h++) await backupDatabase({ databaseFile: databaseFile(), dir, keep: 2, now: new Date(Date.UTC(2030, 0, 1, h)) });
    expect(readdirSync(dir).sort()).toEqual([
      "test-2030-01-01T02-00-00Z.db",
      "test-2030-01-01T02-00-00Z.db.sha256",
      "test-2030-01-01T03-00-00Z.db",
      "test-2030-01-01T03-00-00Z.db.sha256",
    ]);
    const { databaseFile: fileOf } = await import("@/lib/operations/database-file");
    expect(() => fileOf("libsql://stadt.turso.io")).toThrow(/libSQL-Server/);
  });
});
