import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { formats, initiatives, topics, venues } from "@/db/schema";
import { AccessDenied, assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { CatalogKind } from "./catalog-schemas";

/** One entry of a list as the office's pages show it. */
export type CatalogRow = { id: number; name: string; detail: string | null; active: boolean | null };

/** All entries of one list, active and inactive (office only). */
export async function listCatalog(actor: Actor, kind: CatalogKind): Promise<CatalogRow[]> {
  assertCoordinator(actor);
  switch (kind) {
    case "format":
      return db.select({ id: formats.id, name: formats.name, detail: formats.description, active: formats.active }).from(formats).orderBy(asc(formats.sortOrder), asc(formats.name));
    case "topic":
      return (await db.select({ id: topics.id, name: topics.name, active: topics.active }).from(topics).orderBy(asc(topics.sortOrder), asc(topics.name))).map((r) => ({ ...r, detail: null }));
    case "initiative":
      return db.select({ id: initiatives.id, name: initiatives.name, detail: initiatives.district, active: initiatives.active }).from(initiatives).orderBy(asc(initiatives.name));
    case "venue":
      return (await db.select().from(venues).orderBy(asc(venues.name))).map((v) => ({ id: v.id, name: v.name, detail: `${v.street}, ${v.postalCode} ${v.city}`, active: null }));
  }
}

/** One entry with the fields its form edits (office only); a missing id is refused like a forbidden one. */
export async function getCatalogItem(actor: Actor, kind: CatalogKind, id: number): Promise<Record<string, unknown>> {
  assertCoordinator(actor);
  const [row] =
    kind === "format"
      ? await db.select({ name: formats.name, description: formats.description, active: formats.active }).from(formats).where(eq(formats.id, id))
      : kind === "topic"
        ? await db.select({ name: topics.name, active: topics.active }).from(topics).where(eq(topics.id, id))
        : kind === "initiative"
          ? await db.select({ name: initiatives.name, district: initiatives.district, active: initiatives.active }).from(initiatives).where(eq(initiatives.id, id))
          : await db.select({ name: venues.name, street: venues.street, postalCode: venues.postalCode, city: venues.city, room: venues.room, stepFree: venues.stepFree, accessibilityNotes: venues.accessibilityNotes, directions: venues.directions }).from(venues).where(eq(venues.id, id));
  if (!row) throw new AccessDenied();
  return row;
}
