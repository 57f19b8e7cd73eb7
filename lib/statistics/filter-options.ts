import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { formats, organisations, topics } from "@/db/schema";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

export type FilterOption = { id: number; name: string };

/**
 * The choices of the statistics' filter form, by id (lib/statistics/filter.ts reads ids): active
 * formats and topics for everyone, active organisations for the office only (a partner's scope is
 * its own organisation and it gets no list of the others).
 */
export async function statisticsFilterOptions(actor: Actor): Promise<{ formats: FilterOption[]; topics: FilterOption[]; organisations: FilterOption[] }> {
  const [formatRows, topicRows, organisationRows] = await Promise.all([
    db.select({ id: formats.id, name: formats.name }).from(formats).where(eq(formats.active, true)).orderBy(asc(formats.sortOrder), asc(formats.name)),
    db.select({ id: topics.id, name: topics.name }).from(topics).where(eq(topics.active, true)).orderBy(asc(topics.sortOrder), asc(topics.name)),
    isCoordinator(actor) ? db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.active, true)).orderBy(asc(organisations.name)) : Promise.resolve([]),
  ]);
  return { formats: formatRows, topics: topicRows, organisations: organisationRows };
}
