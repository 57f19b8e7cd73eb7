import { afterAll, beforeAll, expect, it } from "vitest";
import { registrationTexts } from "./support/form-texts";
import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { lateSmtpServer } from "./support/late-smtp-server";
import { reloadSettingsForTests } from "@/lib/config/env";

/** A registration made while the SMTP server is down: its mail arrives once the server is back, once. */

let smtp: Awaited<ReturnType<typeof lateSmtpServer>>;

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
beforeAll(async () => {
  smtp = await lateSmtpServer();
  reloadSettingsForTests({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: "Test <noreply@example.org>" });
  ctx = await freshDemoDatabase(new Date());
});
afterAll(() => smtp.close());

it("delivers a registration's mail exactly once after the SMTP server comes back", async () => {
  const t = await import("@/db/schema");
  const { registerForEvent } = await import("@/lib/registrations/commands");
  const { registrationSchema } = await import("@/lib/registrations/schemas");
  const { deliverDueMails } = await import("@/lib/mail/sender");
  const [event] = await ctx.db.select().from(t.events).where(eq(t.events.title, "Infoabend: Ehrenamt in Mainz – einfach anfangen")).orderBy(t.events.startsAt);
  const upcoming = (await ctx.db.select().from(t.events).where(eq(t.events.title, event.title))).find((e) => e.startsAt > new Date() && e.status === "published")!;
  await ctx.db.delete(t.mailOutbox);

  const input = registrationSchema([], registrationTexts()).parse({ firstName: "Olga", lastName: "Stein", email: "olga.stein@example.org", initiative: "keine", consent: true });
  const result = await registerForEvent(upcoming.slug, input);
  expect(result.kind).toBe("registered");

  // Server down: the attempt fails, the mail stays in the outbox with a later retry.
  const down = await deliverDueMails({ now: new Date() });
  expect(down).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
  const [pending] = await ctx.db.select().from(t.mailOutbox);
  expect(pending.status).toBe("pending");
  expect(pending.attempts).toBe(1);

  // Server up again: the retry is due later; then the mail goes out, and only once.
  await smtp.start();
  const later = new Date(Date.now() + 60 * 60_000);
  expect(await deliverDueMails({ now: later })).toMatchObject({ sent: 1 });
  expect(await deliverDueMails({ now: new Date(later.getTime() + 60 * 60_000) })).toMatchObject({ claimed: 0 });
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]).toMatch(new RegExp(`^(Anmeldung bestätigt|Warteliste): ${upcoming.title}$`));
  const [sent] = await ctx.db.select().from(t.mailOutbox);
  expect(sent.status).toBe("sent");
});
