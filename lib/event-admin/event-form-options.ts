import "server-only";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db/client";
import { formats, organisations, topics, venues } from "@/db/schema";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { loadMessages } from "@/lib/i18n/messages";

/** The German names of languages (the signed-in area is German). */
const languageNames: Record<string, string> = loadMessages("de").event.languageNames;

/** Languages offered in the editor: those the catalogue has a German name for. */
export const editorLanguages = Object.keys(languageNames);

/** Venues an actor may pick: the shared ones and the own organisation's (the office: all). */
export function venuesVisibleTo(actor: Actor) {
  return isCoordinator(actor) ? undefined : or(isNull(venues.organisationId), eq(venues.organisationId, actor.organisationId));
}

/** The choices of the event editor for this actor. Organisations only for the office. */
export async function eventFormOptions(actor: Actor) {
  const [formatRows, topicRows, venueRows, organisationRows] = await Promise.all([
    db.select({ id: formats.id, name: formats.name }).from(formats).where(eq(formats.active, true)).orderBy(asc(formats.sortOrder)),
    db.select({ id: topics.id, name: topics.name }).from(topics).where(eq(topics.active, true)).orderBy(asc(topics.sortOrder)),
    db
      .select({ id: venues.id, name: venues.name, street: venues.street, city: venues.city })
      .from(venues)
      .where(venuesVisibleTo(actor))
      .orderBy(asc(venues.name)),
    isCoordinator(actor)
      ? db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.active, true)).orderBy(asc(organisations.name))
      : Promise.resolve([]),
  ]);
  return {
    formats: formatRows,
    topics: topicRows,
    venues: venueRows.map((v) => ({ id: v.id, name: `${v.name}, ${v.street}, ${v.city}` })),
    organisations: organisationRows,
    languages: editorLanguages.map((code) => ({ code, name: languageNames[code] })),
    chooseOrganisation: isCoordinator(actor),
  };
}

export type EventFormOptions = Awaited<ReturnType<typeof eventFormOptions>>;

/** Whether a venue id may be used by this actor (a foreign organisation's venue looks missing). */
export async function venueUsableBy(actor: Actor, venueId: number, tx: Pick<typeof db, "select"> = db): Promise<boolean> {
  const [row] = await tx.select({ id: venues.id }).from(venues).where(and(eq(venues.id, venueId), venuesVisibleTo(actor)));
  return !!row;
}
