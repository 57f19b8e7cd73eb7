import { parseArgs } from "node:util";
import { connect } from "@/db/connect";
import { databaseConfig } from "@/db/config";
import { applyMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed/demo";
import { seedGeneratedEvents } from "@/db/seed/generated";
import { databaseState, wipeContent } from "@/db/seed/state";

/**
 * npm run db:seed [-- --events N] [--force]
 * Fills the database with the Mainz demo. Replaces earlier demo data; refuses to touch a database
 * with real data unless --force is given (which deletes that data).
 */
async function main() {
  const { values } = parseArgs({ options: { events: { type: "string" }, force: { type: "boolean", default: false } } });
  const extra = values.events ? Number(values.events) : 0;
  if (!Number.isInteger(extra) || extra < 0) throw new Error("--events braucht eine ganze Zahl ≥ 0.");
  const { url } = databaseConfig();
  const { db, client } = connect();
  await applyMigrations(db, client, url);
  const state = await databaseState(db);
  if (state === "real" && !values.force) {
    console.error("Die Datenbank enthält echte Daten. Demo-Daten werden nur mit --force eingespielt (das löscht alle Inhalte).");
    process.exit(2);
  }
  if (state !== "empty") await wipeContent(db);
  const started = Date.now();
  const result = await seedDemo(db);
  if (extra > 0) await seedGeneratedEvents(db, extra);
  client.close();
  console.log(`Demo-Daten eingespielt: ${result.events + extra} Veranstaltungen, ${result.registrations} Anmeldungen (${Date.now() - started} ms, ${url}).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
