import { eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import type { AuthzContext } from "./context";

/**
 * "Meine Daten" (no account): a session is bound to the address that opened the mailed link. Each
 * probe holds a session of its own address and tries to reach somebody else's registration (the
 * other partner's, from the demo data); it must get nothing and change nothing.
 */
const dir = "app/(public)/meine-daten";
let counter = 0;

/** A fresh address with one registration, and a session for it (through the mailed link). */
async function sessionOfNewAddress(c: AuthzContext) {
  const email = `probe-meine-daten-${++counter}@example.org`;
  const at = new Date();
  await c.db.insert(c.t.registrations).values({ eventId: c.own.eventId, status: "cancelled", firstName: "Probe", lastName: "Person", email, emailNormalized: email, answers: {}, source: "online", createdAt: at, updatedAt: at });
  const { requestSelfServiceLink } = await import("@/lib/privacy/self-service-request");
  const { exchangeLinkForSession } = await import("@/lib/privacy/self-service-tokens");
  const { subjectForSessionToken } = await import("@/lib/privacy/self-service-subject");
  expect(await requestSelfServiceLink(email, "direct", at)).toBe("mailed");
  const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, email));
  const exchanged = await exchangeLinkForSession(mail.textBody.match(/\/meine-daten\/zugang\/([A-Za-z0-9_-]{43})/)![1], at);
  if (exchanged.kind !== "session") throw new Error("link refused");
  return { email, subject: (await subjectForSessionToken(exchanged.sessionToken, at))! };
}

async function foreignRegistration(c: AuthzContext) {
  const [row] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, c.foreign.registrationId!));
  return row;
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  [`${dir}/actions.ts#requestLinkAction`]: async (c) => {
    // Asking with somebody else's address sends the link to that address only, never to the asker;
    // asking with an unknown address sends nothing.
    const { requestSelfServiceLink } = await import("@/lib/privacy/self-service-request");
    expect(await requestSelfServiceLink("niemand-meine-daten@example.org", "direct")).toBe("unknown");
    const mails = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, "niemand-meine-daten@example.org"));
    expect(mails).toHaveLength(0);
  },
  [`${dir}/actions.ts#openLinkAction`]: async (c) => {
    // A session comes only from a link mailed to the address: a guessed, reused or session token opens nothing.
    const { exchangeLinkForSession } = await import("@/lib/privacy/self-service-tokens");
    const { email } = await sessionOfNewAddress(c);
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, email));
    const token = mail.textBody.match(/\/meine-daten\/zugang\/([A-Za-z0-9_-]{43})/)![1];
    expect(await exchangeLinkForSession(token)).toEqual({ kind: "invalid" });
    expect(await exchangeLinkForSession("A".repeat(43))).toEqual({ kind: "invalid" });
  },
  [`${dir}/actions.ts#signOutAction`]: async () => {
    // Ends the caller's own session only (the cookie's); takes no ids.
  },
  [`${dir}/actions.ts#openManageAction`]: async (c) => {
    const { manageTokenFor, certificateForSubject } = await import("@/lib/privacy/self-service-registration");
    const { subject } = await sessionOfNewAddress(c);
    const [{ n: before }] = await c.db.select({ n: sql<number>`count(*)` }).from(c.t.registrationTokens);
    expect(await manageTokenFor(subject, c.foreign.registrationId!)).toBeNull();
    expect(await certificateForSubject(subject, c.foreign.registrationId!)).toBeNull();
    const [{ n: after }] = await c.db.select({ n: sql<number>`count(*)` }).from(c.t.registrationTokens);
    expect(after).toBe(before);
  },
  [`${dir}/actions.ts#resendLinksAction`]: async (c) => {
    const { resendManageLinks } = await import("@/lib/privacy/self-service-resend");
    const { subject, email } = await sessionOfNewAddress(c);
    const foreign = await foreignRegistration(c);
    expect(await resendManageLinks(subject)).toBe("sent");
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.kind, "self_service_links"));
    expect(mail.recipient).toBe(email);
    expect(mail.textBody).not.toMatch(/\/anmeldung\//);
    expect(mail.textBody).not.toContain(foreign.lastName);
  },
  [`${dir}/actions.ts#deleteAction`]: async (c) => {
    const { deleteSelfServiceData } = await import("@/lib/privacy/self-service-delete");
    const { subject } = await sessionOfNewAddress(c);
    const before = await foreignRegistration(c);
    // Whatever the deletion of the own data does (in a branch without the real anonymisation it
    // fails and changes nothing), somebody else's registration stays as it was.
    await deleteSelfServiceData(subject).catch(() => undefined);
    expect(await foreignRegistration(c)).toEqual(before);
  },
};
