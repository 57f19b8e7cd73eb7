import { connect } from "@/db/connect";
import { databaseConfig } from "@/db/config";
import { applyMigrations } from "@/db/migrate";

async function main() {
  const { url } = databaseConfig();
  const { db, client } = connect();
  await applyMigrations(db, client, url);
  client.close();
  console.log(`Datenbank ist auf dem neuesten Stand (${url}).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
