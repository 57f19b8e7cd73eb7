import "server-only";
import { eq } from "drizzle-orm";
import { events, eventSeries } from "@/db/schema";
import { recordAudit, changedFields } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { afterEventSaved } from "./after-save";
import { eventForActor } from "./event-access";
import { keptSessions, type EventFormInput } from "./event-form-schema";
import { assertFormatChangeable, changeNeedsReview, currentRevisionValues, pendingRevisionOf, pendingRevisionValues } from "./event-revision";
import { notifyChangeSubmitted } from "./notify-review";
import { changedReviewedFields, revisionValuesOf } from "./revision-fields";
import { syncQuestions } from "./event-questions-sync";
import { auditView, checkCatalogChoices, editorColumns, eventSnapshot, resolveOrganisation, resolveVenue, uniqueSlug, writeSessions, writeTopicsAndLanguages, type SessionWrite } from "./event-write-parts";
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

/** The kept session rows as rows to store, each with its id (if any) and its row in the form. */
function sessionWrites(input: EventFormInput): SessionWrite[] {
  return input.sessions.flatMap((s, row) => (s ? [{ id: s.id, row, ...sessionInstants(s) }] : []));
}

/**
 * Writes the editor's input to an existing event in the caller's transaction, tells participants
 * of changes of time or place (afterEventSaved) and records the audit entry. Shared by saving the
 * editor and by approving a change that waited for review.
 */
export async function applyEditorInput(tx: Tx, actor: Actor, eventId: number, input: EventFormInput, now: Date): Promise<void> {
  const before = await eventSnapshot(tx, eventId);
  const organisationId = await resolveOrganisation(tx, actor, { organisationId: input.organisationId ?? before.organisationId });
  await checkCatalogChoices(tx, input);
  await assertFormatChangeable(tx, before, input.formatId);
  const venueId = await resolveVenue(tx, actor, input, organisationId);
  const window = { opensAt: optionalInstant(input.opensDate, input.opensTime), closesAt: optionalInstant(input.closesDate, input.closesTime) };
  await tx.update(events).set(editorColumns(input, organisationId, venueId, window)).where(eq(events.id, eventId));
  await writeSessions(tx, eventId, sessionWrites(input));
  await writeTopicsAndLanguages(tx, eventId, input.topicIds, input.languages);
  await syncQuestions(tx, eventId, input.questions);
  const after = await eventSnapshot(tx, eventId);
  await afterEventSaved(tx, actor, before, after, now);
  const diff = changedFields(auditView(before), auditView(await eventSnapshot(tx, eventId)));
  await recordAudit(tx, actor, { entityType: "event", entityId: eventId, organisationId, action: "event.updated", label: input.title, ...diff }, now);
}

/**
 * Saves the editor's input to an existing event. The status stays as it is (the workflow changes
 * it); participants are told about changes of time or place by afterEventSaved, in this same
 * transaction. A lowered capacity is saved as it is: nobody loses a seat.
 *
 * A published event of an organisation that is not trusted keeps its published title, texts and
 * the other reviewed fields (revision-fields.ts) when the organisation changes them: the proposal
 * is stored as the event's pending revision for the office to approve or reject, and only the
 * practical details are saved at once. Saving the published values again withdraws a proposal.
 * The office and trusted organisations publish every change directly (and so settle a proposal).
 */
export async function updateEvent(actor: Actor, eventId: number, input: EventFormInput, now = new Date()): Promise<{ waitsForReview: boolean }> {
  return writeTransaction(async (tx) => {
    const event = await eventForActor(actor, eventId, tx);
    await assertFormatChangeable(tx, event, input.formatId);
    const current = await currentRevisionValues(tx, eventId);
    const proposed = revisionValuesOf(input);
    const reviewed = await changeNeedsReview(tx, actor, event);
    const held = reviewed ? changedReviewedFields(current, proposed) : [];
    await applyEditorInput(tx, actor, eventId, held.length > 0 ? { ...input, ...current } : input, now);
    const pendingRevision = held.length > 0 ? pendingRevisionOf(proposed, actor, now) : null;
    if (pendingRevision || event.pendingRevision) await tx.update(events).set({ pendingRevision, ...(pendingRevision ? { reviewComment: null } : {}) }).where(eq(events.id, eventId));
    if (held.length > 0 && JSON.stringify(pendingRevisionValues(event)) !== JSON.stringify(proposed)) {
      const before = Object.fromEntries(held.map((f) => [f, current[f]]));
      const after = Object.fromEntries(held.map((f) => [f, proposed[f]]));
      await recordAudit(tx, actor, { entityType: "event", entityId: eventId, organisationId: event.organisationId, action: "event.change_submitted", label: event.title, before, after }, now);
      await notifyChangeSubmitted(tx, actor, event, now);
    }
    return { waitsForReview: held.length > 0 };
  });
}
