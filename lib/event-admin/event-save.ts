import "server-only";
import { eq } from "drizzle-orm";
import { events, eventSeries } from "@/db/schema";
import { recordAudit, changedFields } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { afterEventSaved } from "./after-save";
import { eventForActor } from "./event-access";
import { keptSessions, type EventFormInput } from "./event-form-schema";
import { syncQuestions } from "./event-questions-sync";
import { auditView, checkCatalogChoices, editorColumns, eventSnapshot, resolveOrganisation, resolveVenue, uniqueSlug, writeSessions, writeTopicsAndLanguages } from "./event-write-parts";
import { daysBetween, optionalInstant, sessionInstants, shiftInstant, shiftSessions } from "./local-times";
import { seriesFirstDates } from "./series-dates";

/**
 * The event editor's commands. Each runs as one write transaction with its audit entry; the
 * actor's rights are checked inside it (own organisation, or any for the office).
 */

type Placed = { organisationId: number; venueId: number | null };

/** Inserts one draft event from the input, with its sessions moved to `firstDate`. */
async function insertDraft(tx: Tx, actor: Actor, input: EventFormInput, placed: Placed, firstDate: string, seriesId: number | null, now: Date): Promise<number> {
  const local = keptSessions(input);
  const shift = daysBetween(local[0].date, firstDate);
  const sessions = shiftSessions(local, firstDate).map(sessionInstants);
  const window = {
    opensAt: shiftInstant(optionalInstant(input.opensDate, input.opensTime), shift),
    closesAt: shiftInstant(optionalInstant(input.closesDate, input.closesTime), shift),
  };
  const [row] = await tx
    .insert(events)
    .values({
      ...editorColumns(input, placed.organisationId, placed.venueId, window),
      title: input.title,
      summary: input.summary,
      description: input.description,
      formatId: input.formatId,
      organisationId: placed.organisationId,
      capacity: input.capacity,
      slug: await uniqueSlug(tx, input.title, sessions[0].startsAt),
      seriesId,
      status: "draft",
      startsAt: sessions[0].startsAt,
      endsAt: sessions[sessions.length - 1].endsAt,
    })
    .returning({ id: events.id });
  await writeSessions(tx, row.id, sessions);
  await writeTopicsAndLanguages(tx, row.id, input.topicIds, input.languages);
  await syncQuestions(tx, row.id, input.questions);
  const after = auditView(await eventSnapshot(tx, row.id));
  await recordAudit(tx, actor, { entityType: "event", entityId: row.id, organisationId: placed.organisationId, action: "event.created", label: input.title, after }, now);
  return row.id;
}

/**
 * Creates a draft event, or a series of linked drafts (weekly, monthly or on picked days) that share
 * an event_series row. Returns the ids in date order.
 */
export async function createEvents(actor: Actor, input: EventFormInput, now = new Date()): Promise<{ ids: number[]; seriesId: number | null }> {
  return writeTransaction(async (tx) => {
    const organisationId = await resolveOrganisation(tx, actor, input);
    await checkCatalogChoices(tx, input);
    const placed = { organisationId, venueId: await resolveVenue(tx, actor, input, organisationId) };
    const first = keptSessions(input)[0].date;
    const dates = seriesFirstDates(first, input.repeat, Number(input.repeatCount), input.repeatDates);
    let seriesId: number | null = null;
    if (dates.length > 1 && input.repeat !== "none") {
      const [series] = await tx.insert(eventSeries).values({ organisationId, title: input.title, recurrence: input.repeat }).returning({ id: eventSeries.id });
      seriesId = series.id;
    }
    const ids: number[] = [];
    for (const date of dates) ids.push(await insertDraft(tx, actor, input, placed, date, seriesId, now));
    return { ids, seriesId };
  });
}

/**
 * Saves the editor's input to an existing event. The status stays as it is (the workflow changes
 * it); participants are told about changes of time or place by afterEventSaved, in this same
 * transaction. A lowered capacity is saved as it is: nobody loses a seat.
 */
export async function updateEvent(actor: Actor, eventId: number, input: EventFormInput, now = new Date()): Promise<void> {
  await writeTransaction(async (tx) => {
    await eventForActor(actor, eventId, tx);
    const before = await eventSnapshot(tx, eventId);
    const organisationId = await resolveOrganisation(tx, actor, { organisationId: input.organisationId ?? before.organisationId });
    await checkCatalogChoices(tx, input);
    const venueId = await resolveVenue(tx, actor, input, organisationId);
    const sessions = keptSessions(input).map(sessionInstants);
    const window = { opensAt: optionalInstant(input.opensDate, input.opensTime), closesAt: optionalInstant(input.closesDate, input.closesTime) };
    await tx.update(events).set(editorColumns(input, organisationId, venueId, window)).where(eq(events.id, eventId));
    await writeSessions(tx, eventId, sessions);
    await writeTopicsAndLanguages(tx, eventId, input.topicIds, input.languages);
    await syncQuestions(tx, eventId, input.questions);
    const after = await eventSnapshot(tx, eventId);
    await afterEventSaved(tx, actor, before, after, now);
    const diff = changedFields(auditView(before), auditView(await eventSnapshot(tx, eventId)));
    await recordAudit(tx, actor, { entityType: "event", entityId: eventId, organisationId, action: "event.updated", label: input.title, ...diff }, now);
  });
}
