import type { PublicEvent } from "@/lib/events/public-queries";
import type { MailContent } from "@/lib/mail/outbox";
import * as templates from "@/lib/mail/templates";
import { applicationAcceptedMail } from "@/lib/mail/templates/application-accepted";
import { applicationDeclinedMail } from "@/lib/mail/templates/application-declined";
import { applicationAgainMail, applicationReceivedMail, applicationWithdrawnMail } from "@/lib/mail/templates/application-received";
import { applicationWaitlistedMail } from "@/lib/mail/templates/application-waitlisted";
import { seatConfirmedMail } from "@/lib/mail/templates/seat-confirmed";
import { selfServiceLinkMail } from "@/lib/mail/templates/self-service-link";
import { selfServiceLinksResendMail } from "@/lib/mail/templates/self-service-links-resend";
import { sessionReminderMail } from "@/lib/mail/templates/session-reminder";

/**
 * One sample of every mail template (lib/mail/templates), built from a made-up event with the
 * longest things a mail carries: a long title of German compounds, long links without a place to
 * break, a hybrid event with an online link. e2e/mail-width.spec.ts renders each at 320 px.
 * Fixed instants: nothing here depends on today's date.
 */

const at = (iso: string) => new Date(iso);
const stamp = at("2026-10-01T08:00:00Z");
const base = "https://fortbildung.mainz.example";
const longToken = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdeAbCdEfGhIjKlMnOpQrStUvWxYz";
const slug = "traumasensible-gespraechsfuehrung-mit-gefluechteten-menschen-in-der-ehrenamtlichen-begleitung-2026-11-26";

const sessions = [
  { startsAt: at("2026-11-26T17:00:00Z"), endsAt: at("2026-11-26T19:00:00Z") },
  { startsAt: at("2026-12-03T17:00:00Z"), endsAt: at("2026-12-03T19:00:00Z") },
  { startsAt: at("2026-12-10T17:00:00Z"), endsAt: at("2026-12-10T19:00:00Z") },
].map((s, i) => ({ id: i + 1, eventId: 1, note: null, ...s }));

export const sampleEvent: PublicEvent = {
  listed: true,
  event: {
    id: 1,
    slug,
    title: "Traumasensible Gesprächsführung mit geflüchteten Menschen in der ehrenamtlichen Begleitung (Grundlagenfortbildungsreihe)",
    summary: "Kurz",
    description: "Lang",
    titleEn: null,
    summaryEn: null,
    formatId: 1,
    organisationId: 1,
    seriesId: null,
    trainer: null,
    targetGroup: null,
    attendanceMode: "hybrid",
    venueId: 1,
    onlineUrl: `https://videokonferenz.example.org/raum/${longToken}?passwort=${longToken}`,
    capacity: 20,
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationClosed: false,
    status: "published",
    cancellationReason: null,
    reminderEnabled: true,
    openAfterStart: false,
    certificateThresholdPercent: 75,
    attendanceClosedAt: null,
    attendanceClosedByAccountId: null,
    sequence: 0,
    startsAt: sessions[0].startsAt,
    endsAt: sessions[2].endsAt,
    publishedAt: stamp,
    createdAt: stamp,
    updatedAt: stamp,
  },
  format: { name: "Fortbildung", slug: "fortbildung", isSupervision: false },
  organisation: {
    name: "Wohlfahrtsverband Rheinhessen – Fachdienst Migration und Integrationsbegleitung",
    slug: "wohlfahrtsverband-rheinhessen",
    email: "fachdienst.migration.integrationsbegleitung@wohlfahrt-rheinhessen.example.org",
    phone: null,
    website: null,
  },
  venue: {
    id: 1,
    name: "Bürgerhaus Mainz-Hechtsheim, Großer Saal im Erdgeschoss",
    street: "Ludwig-Schwamb-Straße 1",
    postalCode: "55129",
    city: "Mainz",
    room: "Seminarraum 2",
    stepFree: true,
    accessibilityNotes: null,
    directions: null,
    organisationId: null,
    createdAt: stamp,
    updatedAt: stamp,
  },
  sessions,
  topics: [],
  languages: ["de"],
  seatsTaken: 5,
};

const manageUrl = `${base}/anmeldung/${longToken}`;
const input = { firstName: "Amira", event: sampleEvent, manageUrl };
const staff = { name: "Kim Koch", author: "Anna Adler", organisation: "Volkshochschule am Rhein", title: sampleEvent.event.title, url: `${base}/intern/veranstaltungen/1234567/pruefung?ansicht=vergleich&rueckweg=${longToken}` };
const message = "Liebe Teilnehmende,\nbitte bringen Sie einen Stift mit. Die Unterlagen finden Sie unter " + `${base}/unterlagen/${longToken}`;

/** Every exported template function by name, with its sample mail. */
export function allMailSamples(): Record<string, MailContent> {
  return {
    registrationConfirmedMail: templates.registrationConfirmedMail(input),
    waitlistedMail: templates.waitlistedMail({ ...input, position: 3 }),
    promotedMail: templates.promotedMail(input),
    cancellationConfirmedMail: templates.cancellationConfirmedMail(input),
    reminderMail: templates.reminderMail(input),
    duplicateRegistrationMail: templates.duplicateRegistrationMail({ ...input, status: "confirmed" }),
    eventChangedMail: templates.eventChangedMail({ ...input, previous: { ...sampleEvent, sessions: sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt.getTime() - 3600_000) })) } }),
    eventCancelledMail: templates.eventCancelledMail({ ...input, reason: "Die Referentin ist krank." }),
    organiserMessageMail: templates.organiserMessageMail({ ...input, subject: "Bitte Stift mitbringen", message }),
    accountInviteMail: templates.accountInviteMail({ name: "Omar Okafor", inviter: "Anna Adler", organisation: "Volkshochschule am Rhein", url: `${base}/intern/passwort-setzen/${longToken}` }),
    accountInviteExistingMail: templates.accountInviteExistingMail({ name: "Omar Okafor", inviter: "Anna Adler", organisation: "Volkshochschule am Rhein" }),
    passwordResetMail: templates.passwordResetMail({ name: "Omar Okafor", url: `${base}/intern/passwort-setzen/${longToken}` }),
    reviewSubmittedMail: templates.reviewSubmittedMail(staff),
    reviewPublishedMail: templates.reviewPublishedMail(staff),
    reviewReturnedMail: templates.reviewReturnedMail({ ...staff, comment: "Bitte den Titel kürzen." }),
    changeSubmittedMail: templates.changeSubmittedMail(staff),
    changeApprovedMail: templates.changeApprovedMail(staff),
    changeRejectedMail: templates.changeRejectedMail({ ...staff, comment: "Bitte die Uhrzeit prüfen." }),
    certificateIssuedMail: templates.certificateIssuedMail({
      ...input,
      hours: "6 Zeitstunden",
      code: "K7QM-3XRT-9PLA-22HV",
      verifyUrl: `${base}/bescheinigung/K7QM3XRT9PLA22HV`,
      pdfUrl: `${base}/anmeldung/${longToken}/bescheinigung.pdf`,
      feedbackUrl: `${base}/anmeldung/${longToken}/rueckmeldung`,
      corrected: false,
    }),
    applicationAcceptedMail: applicationAcceptedMail(input),
    applicationDeclinedMail: applicationDeclinedMail({ ...input, message }),
    applicationReceivedMail: applicationReceivedMail(input),
    applicationAgainMail: applicationAgainMail(input),
    applicationWithdrawnMail: applicationWithdrawnMail(input),
    applicationWaitlistedMail: applicationWaitlistedMail({ ...input, position: 2 }),
    seatConfirmedMail: seatConfirmedMail("registrationConfirmed", input),
    selfServiceLinkMail: selfServiceLinkMail({ url: `${base}/meine-daten/${longToken}` }),
    selfServiceLinksResendMail: selfServiceLinksResendMail({ firstName: "Amira", links: [{ title: sampleEvent.event.title, when: "Do., 26. Nov. 2026", url: manageUrl }] }),
    sessionReminderMail: sessionReminderMail({ ...input, session: sessions[1], number: 2 }),
  };
}

/**
 * English samples (registrations made on the /en pages): the longest English mail with the event's
 * English title, to check that English wording also fits 320 px.
 */
export function englishMailSamples(): Record<string, MailContent> {
  const event: PublicEvent = {
    ...sampleEvent,
    event: { ...sampleEvent.event, titleEn: "Trauma-sensitive conversations with refugees in volunteer support (foundation course series)" },
  };
  const english = { ...input, event, locale: "en" as const };
  return {
    "registrationConfirmedMail (en)": templates.registrationConfirmedMail(english),
    "eventChangedMail (en)": templates.eventChangedMail({ ...english, previous: { ...event, sessions: sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt.getTime() - 3600_000) })) } }),
  };
}
