import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, eventQuestions, initiatives, registrations, seatHoldingStatuses, type RegistrationStatus } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { eventForActor } from "@/lib/event-admin/event-access";
import { waitlistPositions } from "@/lib/registrations/rules";
import { answerKey } from "@/lib/registrations/schemas";
import { answerText } from "./answers";
import { matchesSearch, type ParticipantFilter } from "./filter";

/** Order of the groups on lists: people with a seat, then the waiting list, then cancellations. */
const statusOrder: Record<RegistrationStatus, number> = { confirmed: 0, attended: 0, no_show: 0, applied: 1, waitlisted: 1, declined: 2, cancelled: 2 };
const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, "de") || a.firstName.localeCompare(b.firstName, "de");

/**
 * Everyone registered for an event the actor may manage, with the facts staff need: status and
 * waiting-list place, contact, initiative, answers, registration time and source. Also the seat
 * counts for the heading. A foreign or missing event throws AccessDenied.
 */
export async function listParticipants(actor: Actor, eventId: number, filter: Partial<ParticipantFilter> = {}) {
  const event = await eventForActor(actor, eventId);
  const [rows, questions] = await Promise.all([
    db
      .select({ r: registrations, initiativeName: initiatives.name, enteredBy: accounts.name })
      .from(registrations)
      .leftJoin(initiatives, eq(initiatives.id, registrations.initiativeId))
      .leftJoin(accounts, eq(accounts.id, registrations.enteredByAccountId))
      .where(eq(registrations.eventId, event.id))
      .orderBy(asc(registrations.createdAt), asc(registrations.id)),
    db
      .select({ id: eventQuestions.id, label: eventQuestions.label, kind: eventQuestions.kind })
      .from(eventQuestions)
      .where(eq(eventQuestions.eventId, event.id))
      .orderBy(asc(eventQuestions.position), asc(eventQuestions.id)),
  ]);
  // Rows come in registration order, the order of the waiting list.
  const places = waitlistPositions(rows.map(({ r }) => r.status));
  const all = rows.map(({ r, initiativeName, enteredBy }, i) => ({
    id: r.id,
    status: r.status,
    position: places[i],
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    initiative: initiativeName ?? r.initiativeOther,
    accessibilityNeeds: r.accessibilityNeeds,
    answers: questions.map((q) => ({ questionId: q.id, label: q.label, text: answerText(r.answers[answerKey(q.id)]) })),
    note: r.officeNote,
    createdAt: r.createdAt,
    source: r.source,
    enteredBy,
    checkedInAt: r.checkedInAt,
  }));
  const taken = all.filter((p) => (seatHoldingStatuses as readonly string[]).includes(p.status)).length;
  const waiting = all.filter((p) => p.status === "waitlisted").length;
  const participants = all
    .filter((p) => (!filter.status || p.status === filter.status) && matchesSearch(p, filter.q ?? ""))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || (a.position ?? 0) - (b.position ?? 0) || byName(a, b));
  return {
    event: { id: event.id, slug: event.slug, title: event.title, capacity: event.capacity, status: event.status, startsAt: event.startsAt, endsAt: event.endsAt, attendanceClosedAt: event.attendanceClosedAt },
    seats: { taken, capacity: event.capacity, waiting, attended: all.filter((p) => p.status === "attended").length },
    questions,
    participants,
  };
}

export type ParticipantList = Awaited<ReturnType<typeof listParticipants>>;
export type Participant = ParticipantList["participants"][number];

/** The people with a seat (confirmed, attended, no-show) by name, for the check-in and the sign-in sheet. */
export async function listSeatHolders(actor: Actor, eventId: number, q = "") {
  const list = await listParticipants(actor, eventId, { q });
  return { ...list, participants: list.participants.filter((p) => (seatHoldingStatuses as readonly string[]).includes(p.status)).sort(byName) };
}
