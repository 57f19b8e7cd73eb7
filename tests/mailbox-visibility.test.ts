import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * /dev/postfach in the demo (production build, DEV_MAILBOX=1): mails of supervision groups and
 * account mails only for a signed-in coordinator; everybody else sees only mails of normal events.
 */
let c: AuthzContext;
let mailbox: typeof import("@/lib/mail/mailbox-queries");
const ids = { normal: 0, supervision: 0, reset: 0 };

beforeAll(async () => {
  c = await authzContext(new Date("2026-06-15T10:00:00Z"));
  mailbox = await import("@/lib/mail/mailbox-queries");
  const { t, db } = c;
  const eventOf = async (isSupervision: boolean) =>
    (await db.select({ id: t.events.id }).from(t.events).innerJoin(t.formats, eq(t.formats.id, t.events.formatId)).where(eq(t.formats.isSupervision, isSupervision)).limit(1))[0].id;
  const add = async (kind: string, eventId: number | null) => {
    const [row] = await db
      .insert(t.mailOutbox)
      .values({ kind, recipient: `${kind}@example.org`, subject: kind, textBody: "Text", htmlBody: "<p>Text</p>", eventId, nextAttemptAt: new Date(), attachments: [{ filename: "a.ics", contentType: "text/calendar", content: "X" }] })
      .returning({ id: t.mailOutbox.id });
    return row.id;
  };
  ids.normal = await add("registration_confirmed", await eventOf(false));
  ids.supervision = await add("application_received", await eventOf(true));
  ids.reset = await add("password_reset", null);
  // Settings are read once per process (lib/config/env.ts): the demo's production settings are set
  // through the test hook, not the environment, which the seed may already have read.
  reloadSettingsForTests({ NODE_ENV: "production", DEV_MAILBOX: "1" });
});

afterAll(() => {
  reloadSettingsForTests();
});

describe("the demo mailbox shows each viewer only what they may read", () => {
  it("shows visitors and partners only mails of normal events", async () => {
    for (const viewer of [null, c.vhsAdmin, c.foreignAdmin]) {
      const listed = (await mailbox.listMailboxMails(viewer)).map((m) => m.id);
      expect(listed).toContain(ids.normal);
      expect(listed).not.toContain(ids.supervision);
      expect(listed).not.toContain(ids.reset);
      expect(await mailbox.getMailboxMail(viewer, ids.normal)).not.toBeNull();
      expect(await mailbox.getMailboxMail(viewer, ids.supervision)).toBeNull();
      expect(await mailbox.getMailboxMail(viewer, ids.reset)).toBeNull();
      expect(await mailbox.getMailboxAttachment(viewer, ids.supervision, 0)).toBeNull();
      expect(await mailbox.getMailboxAttachment(viewer, ids.normal, 0)).not.toBeNull();
    }
  });

  it("shows the signed-in coordinator all of them, links included", async () => {
    const listed = (await mailbox.listMailboxMails(c.coordinator)).map((m) => m.id);
    expect(listed).toEqual(expect.arrayContaining([ids.normal, ids.supervision, ids.reset]));
    expect((await mailbox.getMailboxMail(c.coordinator, ids.reset))?.textBody).toBe("Text");
    expect(await mailbox.getMailboxAttachment(c.coordinator, ids.supervision, 0)).not.toBeNull();
  });
});
