import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gt } from "drizzle-orm";
import ICAL from "ical.js";
import { freshDemoDatabase } from "./support/test-db";
import type { PublicEvent } from "@/lib/events/public-queries";
import type { MailContent } from "@/lib/mail/outbox";
import { reloadSettingsForTests } from "@/lib/config/env";

/** The mail templates: facts, Berlin times, the manage link, escaping, and the calendar attachments. */

const now = new Date("2026-11-25T12:00:00Z");
const manageUrl = "https://fortbildung.mainz.example/anmeldung/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const hostile = `Deeskalation <script>alert("x")</script> & Co.`;

let templates: typeof import("@/lib/mail/templates");
let format: typeof import("@/lib/dates/format");
/** A published multi-session event in a venue, and one with a hostile title. */
let event: PublicEvent;
let hostileEvent: PublicEvent;

const berlinTime = (d: Date) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

beforeAll(async () => {
  const ctx = await freshDemoDatabase(now);
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example" });
  const schema = await import("@/db/schema");
  const queries = await import("@/lib/events/public-queries");
  templates = await import("@/lib/mail/templates");
  format = await import("@/lib/dates/format");
  // A multi-session event in person: every session date must appear.
  const rows = await ctx.db
    .select({ slug: schema.events.slug, id: schema.events.id })
    .from(schema.events)
    .where(and(eq(schema.events.status, "published"), eq(schema.events.attendanceMode, "in_person"), gt(schema.events.startsAt, now)))
    .orderBy(asc(schema.events.startsAt));
  for (const row of rows) {
    const e = await queries.getPublicEvent(row.slug);
    if (e && e.sessions.length > 1 && e.venue) {
      event = e;
      break;
    }
  }
  expect(event).toBeTruthy();
  hostileEvent = { ...event, event: { ...event.event, title: hostile } };
  ctx.client.close();
});

function allMails(e: PublicEvent): Record<string, MailContent> {
  const input = { firstName: "Amira", event: e, manageUrl };
  return {
    registrationConfirmed: templates.registrationConfirmedMail(input),
    waitlisted: templates.waitlistedMail({ ...input, position: 3 }),
    promoted: templates.promotedMail(input),
    cancellationConfirmed: templates.cancellationConfirmedMail(input),
    reminder: templates.reminderMail(input),
    duplicateRegistration: templates.duplicateRegistrationMail({ ...input, status: "confirmed" }),
    eventChanged: templates.eventChangedMail({
      ...input,
      previous: { ...e, sessions: e.sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt.getTime() - 3600_000) })) },
    }),
    eventCancelled: templates.eventCancelledMail({ ...input, reason: "Die Referentin ist krank." }),
    organiserMessage: templates.organiserMessageMail({ ...input, subject: "Bitte Stift mitbringen", message: "Liebe Teilnehmende,\nbitte bringen Sie <b>einen Stift</b> mit." }),
  };
}

function parseIcs(content: string) {
  return new ICAL.Component(ICAL.parse(content));
}

describe("mail templates", () => {
  it("carry the title, every session date in Berlin time, the place, the organiser and the manage link, as text and HTML", () => {
    for (const [name, mail] of Object.entries(allMails(event))) {
      for (const body of [mail.text, mail.html]) {
        expect(body, name).toContain(event.event.title);
        for (const s of event.sessions) expect(body, name).toContain(format.formatTimeRange(s.startsAt, s.endsAt));
        expect(body, name).toContain(berlinTime(event.sessions[0].startsAt));
        expect(body, name).toContain(event.venue!.name);
        expect(body, name).toContain(event.organisation.name);
        expect(body, name).toContain(manageUrl);
        expect(body, name).toContain("Guten Tag Amira,");
      }
      expect(mail.subject, name).toBeTruthy();
      expect(mail.html, name).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
      // Self-contained: no images, fonts or styles from elsewhere.
      expect(mail.html, name).not.toMatch(/<img|<link|@import|url\(/i);
    }
  });

  it("show times in Berlin, not in UTC", () => {
    const first = event.sessions[0].startsAt;
    const utc = new Intl.DateTimeFormat("de-DE", { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(first);
    expect(berlinTime(first)).not.toBe(utc); // winter and summer time both differ from UTC
    const mail = templates.reminderMail({ firstName: "Amira", event, manageUrl });
    expect(mail.text).toContain(`${berlinTime(first)} Uhr`);
    expect(mail.subject).toContain(format.formatDay(first));
  });

  it("escape HTML in titles and messages, and keep the text part as written", () => {
    for (const [name, mail] of Object.entries(allMails(hostileEvent))) {
      expect(mail.html, name).not.toContain("<script>");
      expect(mail.html, name).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co.");
      expect(mail.text, name).toContain(hostile);
    }
    const message = allMails(event).organiserMessage;
    expect(message.html).toContain("&lt;b&gt;einen Stift&lt;/b&gt;");
    expect(message.html).toContain("Liebe Teilnehmende,<br>bitte");
    expect(message.text).toContain("Liebe Teilnehmende,\nbitte bringen Sie <b>einen Stift</b> mit.");
    expect(message.subject).toBe(`Bitte Stift mitbringen – ${event.event.title}`);
  });

  it("say what is special about each mail", () => {
    const mails = allMails(event);
    expect(mails.waitlisted.text).toContain("Platz 3");
    expect(mails.duplicateRegistration.text).toMatch(/schon .*angemeldet/);
    expect(mails.duplicateRegistration.text).toContain("Link noch einmal");
    expect(mails.eventCancelled.text).toContain("Grund: Die Referentin ist krank.");
    expect(mails.eventChanged.text).toContain("Neue Zeit:");
    expect(mails.cancellationConfirmed.text).toContain(`https://fortbildung.mainz.example/veranstaltungen/${event.event.slug}`);
  });

  it("attach the .ics to confirmed, promoted, changed and cancelled mails", () => {
    const mails = allMails(event);
    for (const name of ["registrationConfirmed", "promoted", "eventChanged", "eventCancelled"]) {
      const attachments = mails[name].attachments ?? [];
      expect(attachments, name).toHaveLength(1);
      expect(attachments[0]).toMatchObject({ filename: `${event.event.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH" });
      const calendar = parseIcs(attachments[0].content);
      expect(calendar.getFirstPropertyValue("method"), name).toBe("PUBLISH");
      expect(calendar.getAllSubcomponents("vevent"), name).toHaveLength(event.sessions.length);
    }
    for (const name of ["waitlisted", "cancellationConfirmed", "reminder", "duplicateRegistration", "organiserMessage"]) {
      expect(mails[name].attachments ?? [], name).toHaveLength(0);
    }
    const sequence = (name: string) =>
      parseIcs(mails[name].attachments![0].content)
        .getAllSubcomponents("vevent")
        .map((v) => Number(v.getFirstPropertyValue("sequence")));
    expect(sequence("eventChanged").every((s) => s > event.event.sequence)).toBe(true);
    const cancelled = parseIcs(mails.eventCancelled.attachments![0].content).getAllSubcomponents("vevent");
    expect(cancelled.every((v) => v.getFirstPropertyValue("status") === "CANCELLED")).toBe(true);
    expect(sequence("eventCancelled").every((s) => s > event.event.sequence)).toBe(true);
  });

  it("list what changed", () => {
    const moved = { ...event, venue: { ...event.venue!, name: "Rathaus Mainz", street: "Jockel-Fuchs-Platz 1" } };
    const changes = templates.describeEventChanges(event, { ...moved, event: { ...moved.event, title: "Neuer Titel" } });
    expect(changes).toEqual([
      `Neuer Titel: Neuer Titel (vorher: ${event.event.title})`,
      expect.stringMatching(/^Neuer Ort: Rathaus Mainz.*Jockel-Fuchs-Platz 1.*\(vorher: /),
    ]);
    expect(templates.describeEventChanges(event, event)).toEqual([]);
  });
});
