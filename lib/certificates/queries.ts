import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, eventSessions, eventTopics, events, formats, organisations, registrations, topics, type Certificate } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { eventForActor } from "@/lib/event-admin/event-access";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { registrationIdForToken } from "@/lib/registrations/tokens";
import { codeFromSeed, formatCode, hashCode, normalizeCode } from "./code";
import type { CertificateFacts } from "./facts";
import { sessionMinutes } from "./hours";
import { verifyUrl } from "./paths";

/**
 * The facts of valid certificates, as the PDF, the verification page and the mail state them. Drawn
 * from the current data (names, titles, session times), so a corrected name shows at once; which
 * sessions count is fixed by the certificate row.
 */
export async function certificateFacts(rows: Certificate[]): Promise<CertificateFacts[]> {
  if (rows.length === 0) return [];
  const people = await db
    .select({ id: registrations.id, firstName: registrations.firstName, lastName: registrations.lastName })
    .from(registrations)
    .where(inArray(registrations.id, rows.map((r) => r.registrationId)));
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const eventRows = await db
    .select({ id: events.id, title: events.title, formatName: formats.name, isSupervision: formats.isSupervision, providerName: organisations.name })
    .from(events)
    .innerJoin(formats, eq(formats.id, events.formatId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .where(inArray(events.id, eventIds));
  const topicRows = await db
    .select({ eventId: eventTopics.eventId, name: topics.name })
    .from(eventTopics)
    .innerJoin(topics, eq(topics.id, eventTopics.topicId))
    .where(inArray(eventTopics.eventId, eventIds))
    .orderBy(asc(topics.name));
  const sessionRows = await db.select().from(eventSessions).where(inArray(eventSessions.eventId, eventIds)).orderBy(asc(eventSessions.startsAt), asc(eventSessions.id));
  const personOf = new Map(people.map((p) => [p.id, p]));
  const eventOf = new Map(eventRows.map((e) => [e.id, e]));
  return rows.flatMap((row) => {
    const person = personOf.get(row.registrationId);
    const event = eventOf.get(row.eventId);
    if (!person || !event) return [];
    const eventSessionsOf = sessionRows.filter((s) => s.eventId === row.eventId);
    const covered = eventSessionsOf.filter((s) => row.sessionIds.includes(s.id));
    const code = codeFromSeed(row.codeSeed);
    return [
      {
        personName: `${person.firstName} ${person.lastName}`,
        eventTitle: event.title,
        formatName: event.formatName,
        isSupervision: event.isSupervision,
        topics: topicRows.filter((t) => t.eventId === row.eventId).map((t) => t.name),
        sessions: covered.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
        sessionsTotal: eventSessionsOf.length,
        minutesAttended: covered.reduce((sum, s) => sum + sessionMinutes(s), 0),
        providerName: event.providerName,
        issuedAt: row.issuedAt,
        code: formatCode(code),
        verifyUrl: verifyUrl(code),
      },
    ];
  });
}

const byName = (a: CertificateFacts, b: CertificateFacts) => a.personName.localeCompare(b.personName, "de");

/** The person's own valid certificate, reached through a manage link; null for anything else. */
export async function certificateForToken(token: string): Promise<{ facts: CertificateFacts; eventId: number; locale: Locale } | null> {
  const registrationId = await registrationIdForToken(db, token);
  if (registrationId === null) return null;
  const rows = await db.select().from(certificates).where(and(eq(certificates.registrationId, registrationId), eq(certificates.status, "valid")));
  const [facts] = await certificateFacts(rows);
  if (!facts) return null;
  // The PDF speaks the language the person registered in.
  const [registration] = await db.select({ locale: registrations.locale }).from(registrations).where(eq(registrations.id, registrationId));
  return { facts, eventId: rows[0].eventId, locale: toLocale(registration?.locale) };
}

/**
 * The valid certificates of an event the actor manages (one person's, when asked), by name. A
 * foreign event throws AccessDenied; a registration of another event simply has none here.
 */
export async function eventCertificatesForActor(actor: Actor, eventId: number, registrationId?: number): Promise<{ slug: string; facts: CertificateFacts[] }> {
  const event = await eventForActor(actor, eventId);
  const where = [eq(certificates.eventId, event.id), eq(certificates.status, "valid")];
  if (registrationId !== undefined) where.push(eq(certificates.registrationId, registrationId));
  const rows = await db.select().from(certificates).where(and(...where));
  return { slug: event.slug, facts: (await certificateFacts(rows)).sort(byName) };
}

/** What the verification page shows for a code: the printed facts of a valid certificate, or null. */
export async function verifyCertificate(input: string): Promise<CertificateFacts | null> {
  const code = normalizeCode(input);
  if (!code) return null;
  const rows = await db.select().from(certificates).where(and(eq(certificates.codeHash, hashCode(code)), eq(certificates.status, "valid")));
  const [facts] = await certificateFacts(rows);
  return facts ?? null;
}

/** The registration's valid certificate, for its manage page (which was opened with a token). */
export async function certificateOfRegistration(registrationId: number): Promise<CertificateFacts | null> {
  const rows = await db.select().from(certificates).where(and(eq(certificates.registrationId, registrationId), eq(certificates.status, "valid")));
  const [facts] = await certificateFacts(rows);
  return facts ?? null;
}
