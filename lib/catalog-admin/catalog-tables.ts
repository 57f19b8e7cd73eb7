import "server-only";
import { formats, initiatives, topics, venues } from "@/db/schema";
import type { CatalogKind } from "./catalog-schemas";

/** The table behind each of the office's lists. */
export const catalogTables = { format: formats, topic: topics, initiative: initiatives, venue: venues } as const satisfies Record<CatalogKind, unknown>;

/** Lists with a slug (derived from the name when an entry is added) and an active flag. */
export const sluggedKinds = ["format", "topic", "initiative"] as const;
export type SluggedKind = (typeof sluggedKinds)[number];
export const isSlugged = (kind: CatalogKind): kind is SluggedKind => (sluggedKinds as readonly string[]).includes(kind);

/** Lists whose order the public filter follows: new entries go to the end. */
export const sortedKinds = ["format", "topic"] as const;
