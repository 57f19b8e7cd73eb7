// Prints the SQL of a migration that replaces the named triggers of db/triggers/statistics.ts by
// their current text: npx tsx scripts/print-statistics-triggers.ts registrations_after_insert …
import { replaceTriggersSql, statisticsTriggers, triggerName } from "../db/triggers/statistics";

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error(`usage: npx tsx scripts/print-statistics-triggers.ts NAME …\ntriggers: ${statisticsTriggers.map(triggerName).join(", ")}`);
  process.exit(2);
}
console.log(replaceTriggersSql(names));
