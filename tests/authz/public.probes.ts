import { expect } from "vitest";
import { eq, inArray, not } from "drizzle-orm";
import type { AuthzContext } from "./context";

/**
 * Entry points that take no organisation's ids: signing in and the public API. Their probes show
 * that they give nobody anything that is not public or not their own.
 */

async function hiddenEvent(c: AuthzContext) {
  const [draft] = await c.db.select().from(c.t.events).where(not(inArray(c.t.events.status, ["published", "cancelled"]))).limit(1);
  return draft;
}

const routeContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

const guessedToken = "A".repeat(43);

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  // Public forms: a registration only for public events; manage actions only with the person's own token.
  "app/(public)/veranstaltungen/[slug]/actions.ts#registerAction": async (c) => {
    const { registerForEvent } = await import("@/lib/registrations/commands");
    const hidden = await hiddenEvent(c);
    const input = { firstName: "A", lastName: "B", email: "probe-form@example.org", phone: "", initiative: "keine", initiativeOther: "", accessibilityNeeds: "", answers: {}, consent: true } as never;
    expect(await registerForEvent(hidden.slug, input)).toEqual({ kind: "not_found" });
  },
  "app/(public)/anmeldung/[token]/actions.ts#cancelAction": async (c) => {
    const { cancelRegistrationByToken } = await import("@/lib/registrations/commands");
    const cancelled = () => c.db.select({ id: c.t.registrations.id }).from(c.t.registrations).where(eq(c.t.registrations.status, "cancelled"));
    const before = (await cancelled()).length;
    expect(await cancelRegistrationByToken(guessedToken)).toBe("not_found");
    expect((await cancelled()).length).toBe(before);
  },
  "app/(public)/anmeldung/[token]/actions.ts#updateAction": async () => {
    const { updateRegistrationByToken } = await import("@/lib/registrations/commands");
    expect(await updateRegistrationByToken(guessedToken, { phone: "0", answers: {} })).toBe("not_found");
  },
  "app/intern/anmelden/actions.ts#signInAction": async (c) => {
    const { checkSignIn } = await import("@/lib/auth/sign-in");
    const [bea] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.id, c.foreign.accountId));
    expect(await checkSignIn(bea.email, "nicht-das-passwort", "10.9.0.1")).toEqual({ ok: false, reason: "invalid" });
  },
  "app/intern/anmelden/actions.ts#signOutAction": async () => {
    // Ends the caller's own session only; takes no ids.
  },
  "app/intern/anmelden/actions.ts#requestResetAction": async (c) => {
    const { requestPasswordReset } = await import("@/lib/accounts/password-commands");
    const before = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.kind, "password_reset"));
    await requestPasswordReset("niemand@example.org", "10.9.0.2");
    const after = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.kind, "password_reset"));
    expect(after.length).toBe(before.length);
  },
  "app/intern/anmelden/actions.ts#setPasswordAction": async (c) => {
    const { setPasswordWithToken } = await import("@/lib/accounts/password-commands");
    expect(await setPasswordWithToken(guessedToken, "ein-neues-passwort")).toBe("invalid");
    const [bea] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.id, c.foreign.accountId));
    expect(bea.sessionVersion).toBe(1);
  },
  // Readiness and liveness: open to everyone, so they show counts and times only, never a person.
  "app/api/health/route.ts#GET": async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    const text = await response.text();
    expect(Object.keys(JSON.parse(text)).sort()).not.toContain("events");
    expect(text).not.toMatch(/@|firstName|lastName|recipient|subject/);
  },
  "app/api/health/live/route.ts#GET": async () => {
    const { GET } = await import("@/app/api/health/live/route");
    expect(Object.keys(await (await GET()).json()).sort()).toEqual(["formats", "ok"]);
  },
  // The benchmark's floor route is off unless BENCH_FLOOR is set: nobody can write through it.
  "app/api/bench/floor/route.ts#POST": async (c) => {
    const { POST } = await import("@/app/api/bench/floor/route");
    const before = await c.db.select().from(c.t.mailDedupeKeys);
    expect((await POST()).status).toBe(404);
    expect(await c.db.select().from(c.t.mailDedupeKeys)).toHaveLength(before.length);
  },
  "app/api/v1/openapi.json/route.ts#GET": async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    expect((await GET()).status).toBe(200);
  },
  "app/api/v1/events/route.ts#GET": async (c) => {
    const { GET } = await import("@/app/api/v1/events/route");
    const { NextRequest } = await import("next/server");
    const hidden = await hiddenEvent(c);
    const response = await GET(new NextRequest("http://localhost/api/v1/events?limit=500&past=1"));
    const text = await response.text();
    expect(text).not.toContain(hidden.slug);
  },
  "app/api/v1/events/[slug]/route.ts#GET": async (c) => {
    const { GET } = await import("@/app/api/v1/events/[slug]/route");
    const { NextRequest } = await import("next/server");
    const hidden = await hiddenEvent(c);
    const response = await GET(new NextRequest(`http://localhost/api/v1/events/${hidden.slug}`), routeContext(hidden.slug));
    expect(response.status).toBe(404);
  },
  "app/api/v1/events/[slug]/registrations/route.ts#POST": async (c) => {
    const { POST } = await import("@/app/api/v1/events/[slug]/registrations/route");
    const hidden = await hiddenEvent(c);
    const before = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, hidden.id));
    const body = JSON.stringify({ firstName: "A", lastName: "B", email: "probe@example.org", initiative: "keine", consent: true });
    const response = await POST(new Request(`http://localhost/api/v1/events/${hidden.slug}/registrations`, { method: "POST", body, headers: { "content-type": "application/json" } }), routeContext(hidden.slug));
    expect(response.status).toBe(404);
    const after = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, hidden.id));
    expect(after.length).toBe(before.length);
  },
  ...Object.fromEntries(
    ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `app/api/v1/[[...rest]]/route.ts#${method}`,
      async () => {
        const route = (await import("@/app/api/v1/[[...rest]]/route")) as unknown as Record<string, (r: Request) => Promise<Response>>;
        const { NextRequest } = await import("next/server");
        expect((await route[method](new NextRequest("http://localhost/api/v1/registrations/1", { method }))).status).toBe(404);
      },
    ]),
  ),
};
