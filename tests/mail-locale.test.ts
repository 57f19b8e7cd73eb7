import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import ICAL from "ical.js";
import { authzContext, type AuthzContext } from "./authz/context";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * Mails to volunteers speak the language they registered in (registrations.locale): the English
 * confirmation with its English .ics through a real SMTP server, promotions from the waiting list
 * in each person's language, and the .ics address under /en in English. Fixed instants only.
 */

const now = new Date("2026-11-25T12:00:00Z");
const received: ParsedMail[] = [];
let server: SMTPServer;
let c: AuthzContext;

async function freePort() {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  c = await authzContext(now);
  reloadSettingsForTests({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Test <noreply@example.org>", PUBLIC_URL: "https://fortbildung.mainz.example" });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let counter = 0;
/** A published event of the Volkshochschule ten days ahead, with an English title and summary. */
async function englishTitledEvent(capacity: number) {
  const [format] = await c.db.select().from(c.t.formats).where(eq(c.t.formats.isSupervision, false)).limit(1);
  const startsAt = new Date(now.getTime() + 10 * 24 * 3600 * 1000);
  const endsAt = new Date(startsAt.getTime() + 7200 * 1000);
  const n = ++counter;
  const [event] = await c.db
    .insert(c.t.events)
    .values({
      slug: `sprache-test-${n}`,
      title: `Sprachprobe ${n}`,
      summary: "Kurz gesagt auf Deutsch",
      titleEn: `Language sample ${n}`,
      summaryEn: "In short, in English",
      description: "d",
      formatId: format.id,
      organisationId: c.vhsAdmin.organisationId,
      capacity,
      status: "published",
      startsAt,
      endsAt,
    })
    .returning();
  await c.db.insert(c.t.eventSessions).values({ eventId: event.id, startsAt, endsAt });
  return event;
}

async function person(eventId: number, name: string, status: "confirmed" | "waitlisted", locale: "de" | "en", minute: number) {
  const createdAt = new Date(now.getTime() - 60 * 60_000 + minute * 60_000);
  const email = `${name.toLowerCase()}.${eventId}@example.org`;
  const [row] = await c.db
    .insert(c.t.registrations)
    .values({ eventId, status, firstName: name, lastName: "Probe", email, emailNormalized: email, locale, createdAt, updatedAt: createdAt })
    .returning();
  return row;
}

function icsEvents(content: string) {
  return new ICAL.Component(ICAL.parse(content)).getAllSubcomponents("vevent");
}

describe("mails in the registration's language", () => {
  it("sends the confirmation of an English registration in English, with an English .ics, through SMTP", async () => {
    const { getEventFactsById } = await import("@/lib/events/public-queries");
    const { registrationConfirmedMail } = await import("@/lib/mail/templates");
    const { enqueueMail } = await import("@/lib/mail/outbox");
    const { deliverDueMails } = await import("@/lib/mail/sender");
    const { writeTransaction } = await import("@/lib/db/write-transaction");
    const event = await englishTitledEvent(5);
    const erin = await person(event.id, "Erin", "confirmed", "en", 0);
    const facts = (await getEventFactsById(event.id))!;
    await c.db.delete(c.t.mailOutbox);
    const manageUrl = "https://fortbildung.mainz.example/anmeldung/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
    await writeTransaction((tx) =>
      enqueueMail(tx, { kind: "registration_confirmed", recipient: erin.email!, registrationId: erin.id, eventId: event.id, ...registrationConfirmedMail({ firstName: erin.firstName, event: facts, manageUrl, locale: erin.locale }) }, now),
    );
    expect(await deliverDueMails({ now })).toMatchObject({ sent: 1 });

    const mail = received.find((m) => m.subject?.includes(`Language sample ${counter}`));
    expect(mail?.subject).toBe(`Registration confirmed: Language sample ${counter}`);
    expect(mail?.text).toContain("Hello Erin,");
    expect(mail?.text).toContain("You have a place at this event.");
    expect(mail?.text).toContain("Your registration");
    expect(mail?.text).not.toMatch(/Guten Tag|Anmeldung|Uhr/);
    // British dates, links to the English pages.
    expect(mail?.text).toMatch(/\w{3} \d{1,2} Dec 2026, \d{2}:\d{2}–\d{2}:\d{2}/);
    expect(mail?.text).toContain(`https://fortbildung.mainz.example/en/veranstaltungen/${event.slug}`);
    expect(mail?.text).toContain("https://fortbildung.mainz.example/en/anmeldung/");
    expect(mail?.html).toContain('<html lang="en">');

    const ics = mail?.attachments.find((a) => a.filename?.endsWith(".ics"));
    const [vevent] = icsEvents(ics!.content.toString("utf8"));
    expect(vevent.getFirstPropertyValue("summary")).toBe(`Language sample ${counter}`);
    expect(vevent.getFirstPropertyValue("description")).toBe(`In short, in English\n\nhttps://fortbildung.mainz.example/en/veranstaltungen/${event.slug}`);
  });

  it("promotes from the waiting list after a cancellation: English for the English registration, German for the German one", async () => {
    const waitlist = await import("@/lib/participants/waitlist-commands");
    const event = await englishTitledEvent(2);
    const seated = [await person(event.id, "Sam", "confirmed", "de", 0), await person(event.id, "Sina", "confirmed", "de", 1)];
    const english = await person(event.id, "Emma", "waitlisted", "en", 2);
    const german = await person(event.id, "Greta", "waitlisted", "de", 3);
    for (const r of seated) expect(await waitlist.cancelOnBehalf(c.vhsOrganiser, { eventId: event.id, registrationId: r.id }, now)).toBe("cancelled");

    const promotedOf = async (registrationId: number) =>
      (await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.registrationId, registrationId))).find((m) => m.kind === "promoted");
    const toEmma = await promotedOf(english.id);
    expect(toEmma?.subject).toBe(`A place is free: Language sample ${counter}`);
    expect(toEmma?.textBody).toContain("Hello Emma,");
    expect(toEmma?.htmlBody).toContain('<html lang="en">');
    const toGreta = await promotedOf(german.id);
    expect(toGreta?.subject).toBe(`Ein Platz ist frei: Sprachprobe ${counter}`);
    expect(toGreta?.textBody).toContain("Guten Tag Greta,");
    expect(toGreta?.htmlBody).toContain('<html lang="de">');
    // The cancellations went to German registrations: German.
    const cancelled = (await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.registrationId, seated[0].id))).find((m) => m.kind === "cancellation_confirmed");
    expect(cancelled?.subject).toBe(`Abmeldung bestätigt: Sprachprobe ${counter}`);
  });
});

describe("the .ics addresses under /en", () => {
  it("serve one event and the feed in the request's language, each cached per language", async () => {
    const { LOCALE_HEADER } = await import("@/lib/i18n/locale-routing");
    const single = await import("@/app/(public)/veranstaltungen/[slug]/kalender.ics/route");
    const feed = await import("@/app/kalender.ics/route");
    const { NextRequest } = await import("next/server");
    const event = await englishTitledEvent(5);
    await c.db.insert(c.t.eventSessions).values({ eventId: event.id, startsAt: new Date(event.startsAt.getTime() + 7 * 86_400_000), endsAt: new Date(event.endsAt.getTime() + 7 * 86_400_000) });
    const { clearPublicDataCache } = await import("@/lib/cache/public-data-cache");
    clearPublicDataCache();
    const get = async (locale: "de" | "en") => {
      const response = await single.GET(new Request("http://localhost/x", { headers: { [LOCALE_HEADER]: locale } }), { params: Promise.resolve({ slug: event.slug }) });
      return icsEvents(await response.text()).map((v) => v.getFirstPropertyValue("summary"));
    };
    // "Session 1 of 2" comes from the calendar catalogue (translated with the calendar pages).
    expect(await get("en")).toEqual([expect.stringMatching(`^Language sample ${counter} \\(`), expect.stringMatching(`^Language sample ${counter} \\(`)]);
    expect(await get("de")).toEqual([`Sprachprobe ${counter} (Termin 1 von 2)`, `Sprachprobe ${counter} (Termin 2 von 2)`]);

    // Unfolded (RFC 5545 folds lines at 75 octets), so that addresses can be searched for.
    const feedOf = async (locale: "de" | "en") =>
      (await (await feed.GET(new NextRequest("http://localhost/kalender.ics", { headers: { [LOCALE_HEADER]: locale } }))).text()).replace(/\r\n[ \t]/g, "");
    const [german, englishFeed, germanAgain] = [await feedOf("de"), await feedOf("en"), await feedOf("de")];
    expect(german).toContain(`SUMMARY:Sprachprobe ${counter}`);
    expect(german).not.toContain(`Language sample ${counter}`);
    // The feed's list (lib/events/public-queries) carries the English title once its query selects
    // title_en; the links to the pages are English in any case.
    expect(englishFeed).toMatch(new RegExp(`SUMMARY:(Language sample|Sprachprobe) ${counter}`));
    expect(englishFeed).toContain(`https://fortbildung.mainz.example/en/veranstaltungen/${event.slug}`);
    expect(german).toContain(`https://fortbildung.mainz.example/veranstaltungen/${event.slug}`);
    expect(germanAgain).toBe(german);
    // A header the proxy did not set (any other value) counts as German.
    expect(await feedOf("fr" as "de")).toBe(german);
  });
});

describe("certificates in English", () => {
  it("prints the certificate and the training record's words in English, with British dates and hours", async () => {
    const { certificateTexts } = await import("@/lib/certificates/pdf-texts");
    const { trainingRecordTexts } = await import("@/lib/certificates/training-record-texts");
    const { ordinaryCertificate } = await import("./support/certificate-samples");
    const cert = ordinaryCertificate({ minutesAttended: 390 });
    const texts = certificateTexts(cert, "en");
    expect(texts.heading).toBe("Certificate of attendance");
    expect(texts.rows.map((r) => r.label)).toContain("Duration");
    expect(texts.rows.find((r) => r.label === "Duration")?.value).toMatch(/^6\.5 /);
    expect(texts.verify.before).toBe("The authenticity of this certificate can be checked at ");
    expect(texts.verify.url).toBe(cert.verifyUrl);
    expect(texts.placeAndDate).toMatch(/^Mainz, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const record = trainingRecordTexts({ personName: "Erin Probe", period: { from: "2026-01-01", to: "2026-12-31" }, trainings: [cert], minutesTotal: 390, issuedAt: now }, "en");
    expect(record.heading).toBe("Training record");
    expect(record.intro).toContain("from 1 January 2026 to 31 December 2026");
    expect(record.verify.url).toBe("https://fortbildung.mainz.example/en/bescheinigung");
    // German stays as it was.
    expect(certificateTexts(cert).heading).toBe("Teilnahmebescheinigung");
  });
});
