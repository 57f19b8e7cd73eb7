// Prints the SQL of db/triggers/statistics.ts as it stands in migration 0014 (to write a new migration when it changes).
import { statisticsMigrationSql } from "../db/triggers/statistics";

console.log(statisticsMigrationSql);
