/**
 * The triggers that raise public_data_version (db/schema/cache.ts) on every write that can change a
 * public page, the feed or the public API. Migration 0016 holds this text verbatim
 * (tests/public-data-cache.test.ts checks it); to change it, write a new migration.
 */

/** Row 1 counts changes of content (events and the lists), row 2 changes of seats taken (registrations). */
const bump = (row: 1 | 2) => `update public_data_version set version = version + 1 where id = ${row};`;

/** Tables whose every insert, update and delete can change public output. */
const WATCHED = ["events", "event_sessions", "event_topics", "event_languages", "event_questions", "formats", "topics", "organisations", "venues", "initiatives"];

const trigger = (name: string, when: string, row: 1 | 2 = 1) => `CREATE TRIGGER \`${name}\` ${when} BEGIN
  ${bump(row)}
END;`;

export const publicDataVersionTriggers: string[] = [
  ...WATCHED.flatMap((table) =>
    (["insert", "update", "delete"] as const).map((kind) => trigger(`${table}_public_version_${kind}`, `AFTER ${kind.toUpperCase()} ON ${table}`)),
  ),
  // Registrations change public output only through the seats taken: new, removed, or another status.
  trigger("registrations_public_version_insert", "AFTER INSERT ON registrations", 2),
  trigger("registrations_public_version_update", "AFTER UPDATE OF status, event_id ON registrations WHEN OLD.status IS NOT NEW.status OR OLD.event_id IS NOT NEW.event_id", 2),
  trigger("registrations_public_version_delete", "AFTER DELETE ON registrations", 2),
];

/** The text appended to migration 0016: the two rows, then the triggers. */
export const publicDataVersionMigrationSql = ["insert into public_data_version (id, version) values (1, 0), (2, 0);", ...publicDataVersionTriggers].join(
  "\n--> statement-breakpoint\n",
);
