import "server-only";
import { and, asc, eq, inArray, like } from "drizzle-orm";
import { eventLanguages, events, eventSessions, eventTopics, formats, organisations, sessionAttendance, topics, venues, type Event } from "@/db/schema";
import { assertOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { localIsoDate } from "@/lib/dates/berlin";
import { slugify } from "@/lib/util/slug";
import { translator } from "@/lib/i18n/translator";
import type { EventSnapshot } from "./after-save";
import type { EventFormInput } from "./event-form-schema";
import { venueUsableBy } from "./event-form-options";
import { EventInputError } from "./event-input-error";

/** Pieces the editor's commands share (create, update, series, duplicate), each in the caller's transaction. */
const t = translator("de", "internEvents");

/** The organisation the event belongs to: the office chooses, everyone else gets their own. */
export async function resolveOrganisation(tx: Tx, actor: Actor, input: Pick<EventFormInput, "organisationId">): Promise<number> {
  const organisationId = input.organisationId ?? actor.organisationId;
  assertOrganisation(actor, organisationId);
  const [row] = await tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, organisationId), eq(organisations.active, true)));
  if (!row) throw new EventInputError("organisationId", t("form.errors.unknownChoice"));
  return organisationId;
}

/** The venue id to store: none online, a new venue of the event's organisation, or a picked one the actor may use. */
export async function resolveVenue(tx: Tx, actor: Actor, input: EventFormInput, organisationId: number): Promise<number | null> {
  if (input.attendanceMode === "online") return null;
  if (input.venueId === "neu") {
    const v = input.newVenue;
    const [row] = await tx
      .insert(venues)
      .values({ name: v.name!, street: v.street!, postalCode: v.postalCode!, city: v.city!, room: v.room, accessibilityNotes: v.accessibilityNotes, stepFree: v.stepFree, organisationId })
      .returning({ id: venues.id });
    return row.id;
  }
  const venueId = Number(input.venueId);
  if (!(await venueUsableBy(actor, venueId, tx))) throw new EventInputError("venueId", t("form.errors.unknownChoice"));
  return venueId;
}

/** The format and topics must still be on the office's lists. */
export async function checkCatalogChoices(tx: Tx, input: Pick<EventFormInput, "formatId" | "topicIds">): Promise<void> {
  const [format] = await tx.select({ id: formats.id }).from(formats).where(and(eq(formats.id, input.formatId), eq(formats.active, true)));
  if (!format) throw new EventInputError("formatId", t("form.errors.unknownChoice"));
  if (input.topicIds.length === 0) return;
  const found = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, input.topicIds));
  if (found.length !== new Set(input.topicIds).size) throw new EventInputError("topicIds", t("form.errors.unknownChoice"));
}

/** "titel-2026-12-03", with "-2", "-3" … when taken. The slug of an existing event never changes. */
export async function uniqueSlug(tx: Tx, title: string, firstStart: Date): Promise<string> {
  const base = `${slugify(title) || "veranstaltung"}-${localIsoDate(firstStart)}`;
  const taken = new Set((await tx.select({ slug: events.slug }).from(events).where(like(events.slug, `${base}%`))).map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A session to store: with the id of an existing one of this event, or without for a new one. `row` is its row in the form. */
export type SessionWrite = { id?: number; row?: number; startsAt: Date; endsAt: Date };

/**
 * Writes the sessions and keeps startsAt/endsAt equal to the first start and the last end. Sessions
 * are matched by id (the editor carries each one's id): those with an id are updated, those
 * without are added, and the event's sessions the input leaves out are removed. Keeping ids
 * matters twice: each session's calendar UID is built from its id (lib/events/ics.ts), and the
 * attendance of supervision groups is recorded per session id. An id of another event is refused;
 * so is removing a session whose attendance was recorded (certificates count from it: it is moved
 * by changing its date instead, and the database's foreign key refuses it too).
 */
export async function writeSessions(tx: Tx, eventId: number, sessions: SessionWrite[]): Promise<void> {
  const existing = new Set((await tx.select({ id: eventSessions.id }).from(eventSessions).where(eq(eventSessions.eventId, eventId))).map((s) => s.id));
  const kept = new Set<number>();
  for (const [i, s] of sessions.entries()) {
    if (s.id === undefined) continue;
    if (!existing.has(s.id) || kept.has(s.id)) throw new EventInputError(`sessions.${s.row ?? i}.date`, t("form.errors.sessionUnknown"));
    kept.add(s.id);
  }
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length > 0) {
    const [marked] = await tx.select({ id: sessionAttendance.sessionId }).from(sessionAttendance).where(inArray(sessionAttendance.sessionId, removed)).limit(1);
    if (marked) throw new EventInputError("sessions", t("form.errors.sessionHasAttendance"));
    await tx.delete(eventSessions).where(inArray(eventSessions.id, removed));
  }
  for (const s of sessions) {
    if (s.id !== undefined) await tx.update(eventSessions).set({ startsAt: s.startsAt, endsAt: s.endsAt }).where(eq(eventSessions.id, s.id));
    else await tx.insert(eventSessions).values({ eventId, startsAt: s.startsAt, endsAt: s.endsAt });
  }
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await tx
    .update(events)
    .set({ startsAt: ordered[0].startsAt, endsAt: ordered[ordered.length - 1].endsAt })
    .where(eq(events.id, eventId));
}

export async function writeTopicsAndLanguages(tx: Tx, eventId: number, topicIds: number[], languages: string[]): Promise<void> {
  await tx.delete(eventTopics).where(eq(eventTopics.eventId, eventId));
  await tx.delete(eventLanguages).where(eq(eventLanguages.eventId, eventId));
  const uniqueTopics = [...new Set(topicIds)];
  const uniqueLanguages = [...new Set(languages)];
  if (uniqueTopics.length) await tx.insert(eventTopics).values(uniqueTopics.map((topicId) => ({ eventId, topicId })));
  if (uniqueLanguages.length) await tx.insert(eventLanguages).values(uniqueLanguages.map((language) => ({ eventId, language })));
}

/** The event row with its sessions, as afterEventSaved and the audit log want it. */
export async function eventSnapshot(tx: Pick<Tx, "select">, eventId: number): Promise<Omit<EventSnapshot, "sessions"> & { sessions: { id: number; startsAt: Date; endsAt: Date }[]; topicIds: number[]; languages: string[] }> {
  const [row] = await tx.select().from(events).where(eq(events.id, eventId));
  const sessions = await tx.select({ id: eventSessions.id, startsAt: eventSessions.startsAt, endsAt: eventSessions.endsAt }).from(eventSessions).where(eq(eventSessions.eventId, eventId)).orderBy(asc(eventSessions.startsAt));
  const topicRows = await tx.select({ id: eventTopics.topicId }).from(eventTopics).where(eq(eventTopics.eventId, eventId));
  const languageRows = await tx.select({ language: eventLanguages.language }).from(eventLanguages).where(eq(eventLanguages.eventId, eventId));
  return { ...row, sessions, topicIds: topicRows.map((t) => t.id).sort((a, b) => a - b), languages: languageRows.map((l) => l.language).sort() };
}

/** A snapshot as a flat record for the audit log (sessions as readable ISO ranges). */
export function auditView(s: Awaited<ReturnType<typeof eventSnapshot>>): Record<string, unknown> {
  const { sessions, createdAt: _c, updatedAt: _u, pendingRevision: _p, ...rest } = s;
  void [_c, _u, _p];
  return { ...rest, sessions: sessions.map((x) => `${x.startsAt.toISOString()}/${x.endsAt.toISOString()}`) };
}

/** The columns the editor sets, from its input. */
export function editorColumns(input: EventFormInput, organisationId: number, venueId: number | null, window: { opensAt: Date | null; closesAt: Date | null }): Partial<Event> {
  return {
    title: input.title,
    titleEn: input.titleEn,
    summary: input.summary,
    summaryEn: input.summaryEn,
    description: input.description,
    formatId: input.formatId,
    organisationId,
    trainer: input.trainer,
    targetGroup: input.targetGroup,
    attendanceMode: input.attendanceMode,
    venueId,
    onlineUrl: input.attendanceMode === "in_person" ? null : input.onlineUrl,
    capacity: input.capacity,
    registrationOpensAt: window.opensAt,
    registrationClosesAt: window.closesAt,
    reminderEnabled: input.reminderEnabled,
    certificateThresholdPercent: input.certificateThresholdPercent,
    openAfterStart: input.openAfterStart,
  };
}
