import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, ne } from "drizzle-orm";
import ICAL from "ical.js";
import { authzContext, type AuthzContext } from "./authz/context";

let c: AuthzContext;
let workflow: typeof import("@/lib/event-admin/workflow");
let cancel: typeof import("@/lib/event-admin/cancel");
let afterSave: typeof import("@/lib/event-admin/after-save");
let queue: typeof import("@/lib/event-admin/review-queue");
let detail: typeof import("@/lib/event-admin/detail");
let access: typeof import("@/lib/auth/access");
let tx: typeof import("@/lib/db/write-transaction");

const DAY = 24 * 3600_000;
let counter = 0;

beforeAll(async () => {
  c = await authzContext();
  workflow = await import("@/lib/event-admin/workflow");
  cancel = await import("@/lib/event-admin/cancel");
  afterSave = await import("@/lib/event-admin/after-save");
  queue = await import("@/lib/event-admin/review-queue");
  detail = await import("@/lib/event-admin/detail");
  access = await import("@/lib/auth/access");
  tx = await import("@/lib/db/write-transaction");
});

type Status = "draft" | "in_review" | "published" | "cancelled";

/** An event of an organisation, two weeks ahead, with people in the given registration statuses. */
async function makeEvent(organisationId: number, status: Status, options: { capacity?: number; people?: ("confirmed" | "waitlisted" | "cancelled")[] } = {}) {
  const n = ++counter;
  const start = new Date(Math.floor((Date.now() + 14 * DAY) / 3600_000) * 3600_000);
  const end = new Date(start.getTime() + 2 * 3600_000);
  const [format] = await c.db.select().from(c.t.formats).limit(1);
  const [venue] = await c.db.select().from(c.t.venues).limit(1);
  const [event] = await c.db
    .insert(c.t.events)
    .values({ slug: `workflow-test-${n}`, title: `Workflow-Test ${n}`, summary: "Kurz", description: "Lang", formatId: format.id, organisationId, venueId: venue.id, capacity: options.capacity ?? 10, status, startsAt: start, endsAt: end, publishedAt: status === "published" ? new Date() : null })
    .returning();
  await c.db.insert(c.t.eventSessions).values({ eventId: event.id, startsAt: start, endsAt: end });
  const people = options.people ?? [];
  for (const [i, s] of people.entries()) {
    const email = `person${i}.event${event.id}@example.org`;
    await c.db.insert(c.t.registrations).values({ eventId: event.id, status: s, firstName: `Person${i}`, lastName: "Test", email, emailNormalized: email, createdAt: new Date(Date.now() - (100 - i) * 60_000) });
  }
  return event;
}

const eventRow = async (id: number) => (await c.db.select().from(c.t.events).where(eq(c.t.events.id, id)))[0];
const mailsOf = (eventId: number, kind: string) => c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, eventId), eq(c.t.mailOutbox.kind, kind)));
const auditOf = (eventId: number) => c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "event"), eq(c.t.auditLog.entityId, eventId)));

function icsEvents(content: string) {
  const root = new ICAL.Component(ICAL.parse(content));
  return root.getAllSubcomponents("vevent");
}

describe("review workflow: submit, return, publish", () => {
  it("let an untrusted organiser submit but not publish or return; the office returns with a comment, then publishes", async () => {
    const event = await makeEvent(c.vhsOrganiser.organisationId, "draft");
    await expect(workflow.publishEvent(c.vhsOrganiser, event.id)).rejects.toBeInstanceOf(access.AccessDenied);

    await workflow.submitEvent(c.vhsOrganiser, event.id);
    let row = await eventRow(event.id);
    expect(row.status).toBe("in_review");
    expect(row.submittedAt).toBeInstanceOf(Date);
    const submitted = await mailsOf(event.id, "review_submitted");
    expect(submitted.map((m) => m.recipient)).toEqual(["kim.koch@mainz.example.org"]);
    expect((await queue.listReviewQueue(c.coordinator)).map((e) => e.id)).toContain(event.id);

    await expect(workflow.returnEvent(c.vhsOrganiser, event.id, "Selbst zurückgeben")).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(workflow.publishEvent(c.vhsAdmin, event.id)).rejects.toBeInstanceOf(access.AccessDenied);

    await workflow.returnEvent(c.coordinator, event.id, "Bitte den Ort ergänzen.");
    row = await eventRow(event.id);
    expect(row.status).toBe("draft");
    expect(row.reviewComment).toBe("Bitte den Ort ergänzen.");
    const returned = await mailsOf(event.id, "review_returned");
    expect(returned.map((m) => m.recipient).sort()).toEqual(["anna.adler@vhs-am-rhein.example.org", "omar.okafor@vhs-am-rhein.example.org"]);
    expect(returned[0].textBody).toContain("Bitte den Ort ergänzen.");
    expect((await detail.getEventDetail(c.vhsOrganiser, event.id)).event.reviewComment).toBe("Bitte den Ort ergänzen.");

    await workflow.submitEvent(c.vhsOrganiser, event.id);
    expect((await eventRow(event.id)).reviewComment).toBeNull();
    await workflow.publishEvent(c.coordinator, event.id);
    row = await eventRow(event.id);
    expect(row.status).toBe("published");
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect((await mailsOf(event.id, "review_published")).length).toBe(2);
    expect((await queue.listReviewQueue(c.coordinator)).map((e) => e.id)).not.toContain(event.id);

    const actions = (await auditOf(event.id)).map((a) => a.action);
    expect(actions).toEqual(["event.submitted", "event.returned", "event.submitted", "event.published"]);
    const published = (await auditOf(event.id)).at(-1)!;
    expect(published.before).toMatchObject({ status: "in_review" });
    expect(published.after).toMatchObject({ status: "published" });
  });

  it("let a trusted organisation publish its draft directly, and an organiser withdraw from review", async () => {
    const trusted = await makeEvent(c.foreignAdmin.organisationId, "draft");
    expect((await detail.getEventDetail(c.foreignAdmin, trusted.id)).actions).toEqual(["publish", "submit"]);
    await workflow.publishEvent(c.foreignAdmin, trusted.id);
    expect((await eventRow(trusted.id)).status).toBe("published");

    const vhs = await makeEvent(c.vhsOrganiser.organisationId, "in_review");
    expect((await detail.getEventDetail(c.vhsOrganiser, vhs.id)).actions).toEqual(["withdraw"]);
    expect((await detail.getEventDetail(c.coordinator, vhs.id)).actions).toEqual(["publish", "return"]);
    await workflow.withdrawEvent(c.vhsOrganiser, vhs.id);
    expect((await eventRow(vhs.id)).status).toBe("draft");
    await expect(workflow.withdrawEvent(c.vhsOrganiser, vhs.id)).rejects.toBeInstanceOf(access.AccessDenied);
  });

  it("refuse every step on another organisation's event, and the review queue to partners", async () => {
    const foreign = await makeEvent(c.foreignAdmin.organisationId, "in_review");
    await expect(workflow.submitEvent(c.vhsAdmin, foreign.id)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(workflow.withdrawEvent(c.vhsAdmin, foreign.id)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(detail.getEventDetail(c.vhsAdmin, foreign.id)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(queue.listReviewQueue(c.vhsAdmin)).rejects.toBeInstanceOf(access.AccessDenied);
    expect((await eventRow(foreign.id)).status).toBe("in_review");
  });

  it("close and reopen registration of a published event, with audit entries", async () => {
    const event = await makeEvent(c.vhsAdmin.organisationId, "published");
    await workflow.setRegistrationClosed(c.vhsAdmin, event.id, true);
    expect((await eventRow(event.id)).registrationClosed).toBe(true);
    await expect(workflow.setRegistrationClosed(c.vhsAdmin, event.id, true)).rejects.toBeInstanceOf(access.AccessDenied);
    await workflow.setRegistrationClosed(c.vhsOrganiser, event.id, false);
    expect((await eventRow(event.id)).registrationClosed).toBe(false);
    expect((await auditOf(event.id)).map((a) => a.action)).toEqual(["event.registration_closed", "event.registration_reopened"]);
  });
});

describe("cancelling a published event", () => {
  it("mail every confirmed and waiting participant exactly once with a CANCELLED .ics, and withdraw their reminders", async () => {
    const event = await makeEvent(c.vhsAdmin.organisationId, "published", { capacity: 2, people: ["confirmed", "confirmed", "waitlisted", "cancelled"] });
    const regs = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, event.id));
    const first = regs.find((r) => r.firstName === "Person0")!;
    await c.db.insert(c.t.mailOutbox).values({ kind: "reminder", recipient: first.email!, subject: "Erinnerung", textBody: "x", htmlBody: "x", registrationId: first.id, eventId: event.id, nextAttemptAt: new Date(Date.now() + DAY) });

    await expect(cancel.cancelEvent(c.vhsAdmin, event.id, "")).resolves.toBeDefined(); // reason required by the form, not here
    const mails = await mailsOf(event.id, "event_cancelled");
    expect(mails.map((m) => m.recipient).sort()).toEqual([0, 1, 2].map((i) => `person${i}.event${event.id}@example.org`));
    for (const mail of mails) {
      const [vevent] = icsEvents(mail.attachments[0].content);
      expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(vevent.getFirstPropertyValue("sequence")).toBe(1);
    }
    const [reminder] = await mailsOf(event.id, "reminder");
    expect(reminder.status).toBe("withdrawn");
    const row = await eventRow(event.id);
    expect(row.status).toBe("cancelled");
    expect(row.sequence).toBe(1);
    const after = await c.db.select().from(c.t.registrations).where(and(eq(c.t.registrations.eventId, event.id), inArray(c.t.registrations.status, ["confirmed", "waitlisted"])));
    expect(after).toEqual([]);
    expect((await auditOf(event.id)).map((a) => a.action)).toEqual(["event.cancelled"]);

    // A second cancel is refused and mails nobody again.
    await expect(cancel.cancelEvent(c.vhsAdmin, event.id, "Nochmal")).rejects.toBeInstanceOf(access.AccessDenied);
    expect((await mailsOf(event.id, "event_cancelled")).length).toBe(3);
  });

  it("store the reason and refuse foreign organisations", async () => {
    const event = await makeEvent(c.foreignAdmin.organisationId, "published", { people: ["confirmed"] });
    await expect(cancel.cancelEvent(c.vhsAdmin, event.id, "Fremd")).rejects.toBeInstanceOf(access.AccessDenied);
    expect((await eventRow(event.id)).status).toBe("published");
    await cancel.cancelEvent(c.coordinator, event.id, "Die Referentin ist krank.");
    const [mail] = await mailsOf(event.id, "event_cancelled");
    expect(mail.textBody).toContain("Die Referentin ist krank.");
    expect((await eventRow(event.id)).cancellationReason).toBe("Die Referentin ist krank.");
  });
});

describe("afterEventSaved: what participants hear when a saved event changed", () => {
  /** Saves a change the way the event editor does: row and sessions in one transaction, then the hook. */
  async function save(eventId: number, change: { shiftMinutes?: number; capacity?: number; venueId?: number }) {
    return tx.writeTransaction(async (t) => {
      const [before] = await t.select().from(c.t.events).where(eq(c.t.events.id, eventId));
      const beforeSessions = await t.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, eventId));
      const shift = (change.shiftMinutes ?? 0) * 60_000;
      if (shift) {
        await t.delete(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, eventId));
        await t.insert(c.t.eventSessions).values(beforeSessions.map((s) => ({ eventId, startsAt: new Date(s.startsAt.getTime() + shift), endsAt: new Date(s.endsAt.getTime() + shift) })));
      }
      const [after] = await t
        .update(c.t.events)
        .set({ capacity: change.capacity ?? before.capacity, venueId: change.venueId ?? before.venueId, startsAt: new Date(before.startsAt.getTime() + shift), endsAt: new Date(before.endsAt.getTime() + shift) })
        .where(eq(c.t.events.id, eventId))
        .returning();
      const afterSessions = await t.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, eventId));
      await afterSave.afterEventSaved(t, c.vhsAdmin, { ...before, sessions: beforeSessions }, { ...after, sessions: afterSessions });
    });
  }

  it("tell confirmed and waiting people of a time change with an .ics of SEQUENCE+1", async () => {
    const event = await makeEvent(c.vhsAdmin.organisationId, "published", { capacity: 2, people: ["confirmed", "confirmed", "waitlisted", "cancelled"] });
    await save(event.id, { shiftMinutes: 60 });
    const mails = await mailsOf(event.id, "event_changed");
    expect(mails.map((m) => m.recipient).sort()).toEqual([0, 1, 2].map((i) => `person${i}.event${event.id}@example.org`));
    expect((await eventRow(event.id)).sequence).toBe(1);
    const [vevent] = icsEvents(mails[0].attachments[0].content);
    expect(vevent.getFirstPropertyValue("sequence")).toBe(1);
    const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.toJSDate().getTime()).toBe(event.startsAt.getTime() + 3600_000);
    expect(mails[0].textBody).toMatch(/Termin|Zeit|Datum/);
  });

  it("promote from the waiting list when the capacity grew, and remove nobody when it shrank", async () => {
    const event = await makeEvent(c.vhsAdmin.organisationId, "published", { capacity: 2, people: ["confirmed", "confirmed", "waitlisted", "waitlisted"] });
    await save(event.id, { capacity: 3 });
    const statuses = async () => (await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, event.id))).map((r) => `${r.firstName}:${r.status}`).sort();
    expect(await statuses()).toEqual(["Person0:confirmed", "Person1:confirmed", "Person2:confirmed", "Person3:waitlisted"]);
    expect((await mailsOf(event.id, "promoted")).map((m) => m.recipient)).toEqual([`person2.event${event.id}@example.org`]);
    expect(await mailsOf(event.id, "event_changed")).toEqual([]);

    await save(event.id, { capacity: 1 });
    expect(await statuses()).toEqual(["Person0:confirmed", "Person1:confirmed", "Person2:confirmed", "Person3:waitlisted"]);
    expect((await mailsOf(event.id, "promoted")).length).toBe(1);
    expect((await eventRow(event.id)).sequence).toBe(0);
  });

  it("send nothing for a draft", async () => {
    const event = await makeEvent(c.vhsAdmin.organisationId, "draft");
    await save(event.id, { shiftMinutes: 30, capacity: 20 });
    const all = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.eventId, event.id));
    expect(all).toEqual([]);
    expect((await eventRow(event.id)).sequence).toBe(0);
  });

  it("tell participants of a new place, naming it", async () => {
    const event = await makeEvent(c.vhsAdmin.organisationId, "published", { people: ["confirmed"] });
    const [other] = await c.db.select().from(c.t.venues).where(ne(c.t.venues.id, event.venueId!)).limit(1);
    await save(event.id, { venueId: other.id });
    const [mail] = await mailsOf(event.id, "event_changed");
    expect(mail.textBody).toContain(other.name);
    expect((await eventRow(event.id)).sequence).toBe(1);
    expect((await auditOf(event.id)).map((a) => a.action)).toEqual(["event.participants_notified"]);
  });
});

describe("workflow rules", () => {
  it("offer nothing that would reach nobody: a past event cannot be cancelled or reopened", async () => {
    const { allowedWorkflowActions } = await import("@/lib/event-admin/workflow-rules");
    const past = { status: "published" as const, registrationClosed: false, endsAt: new Date(Date.now() - DAY) };
    expect(allowedWorkflowActions({ role: "coordinator", trusted: false }, past)).toEqual(["close"]);
    expect(allowedWorkflowActions({ role: "coordinator", trusted: false }, { ...past, registrationClosed: true })).toEqual([]);
    expect(allowedWorkflowActions({ role: "organiser", trusted: true }, { ...past, status: "cancelled" })).toEqual([]);
  });
});
