import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { DEMO_PASSWORD } from "@/db/seed/accounts";

let c: AuthzContext;
let signIn: typeof import("@/lib/auth/sign-in");
let tickets: typeof import("@/lib/auth/sign-in-ticket");
let passwords: typeof import("@/lib/accounts/password-commands");
let accountCommands: typeof import("@/lib/accounts/account-commands");
let actor: typeof import("@/lib/auth/actor");

beforeAll(async () => {
  c = await authzContext();
  signIn = await import("@/lib/auth/sign-in");
  tickets = await import("@/lib/auth/sign-in-ticket");
  passwords = await import("@/lib/accounts/password-commands");
  accountCommands = await import("@/lib/accounts/account-commands");
  actor = await import("@/lib/auth/actor");
});

describe("sign-in", () => {
  it("accept the right password and issue a ticket that names the account", async () => {
    const result = await signIn.checkSignIn(" Omar.Okafor@vhs-am-rhein.example.org ", DEMO_PASSWORD, "10.0.0.1");
    if (!result.ok) throw new Error(result.reason);
    expect(tickets.readSignInTicket(result.ticket)).toEqual({ accountId: c.vhsOrganiser.accountId, sessionVersion: 1 });
    expect(tickets.readSignInTicket(result.ticket.replace(/.$/, (ch) => (ch === "A" ? "B" : "A")))).toBeNull();
    expect(tickets.readSignInTicket(result.ticket, Date.now() + 120_000)).toBeNull();
  });

  it("answer unknown addresses and wrong passwords alike, and delay a fourth try after three failures per address", async () => {
    const t0 = Date.now();
    expect(await signIn.checkSignIn("niemand@example.org", "irgendwas-langes", "10.0.0.2", t0)).toEqual({ ok: false, reason: "invalid" });
    const bea = "bea.berger@wohlfahrt-rheinhessen.example.org";
    for (let i = 0; i < 3; i++) expect(await signIn.checkSignIn(bea, `falsch-${i}-xxxxxxxx`, `10.0.1.${i}`, t0)).toEqual({ ok: false, reason: "invalid" });
    // Now even the right password must wait a second, from any IP …
    expect(await signIn.checkSignIn(bea, DEMO_PASSWORD, "10.0.9.9", t0 + 500)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    // … and an unknown address is delayed the same way, so the delay reveals nothing.
    for (let i = 0; i < 3; i++) await signIn.checkSignIn("gibt-es-nicht@example.org", "falsch-falsch-falsch", "10.0.2.1", t0);
    expect(await signIn.checkSignIn("gibt-es-nicht@example.org", "falsch-falsch-falsch", "10.0.2.1", t0 + 500)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    // Once the second has passed, the owner gets in.
    expect((await signIn.checkSignIn(bea, DEMO_PASSWORD, "10.0.9.9", t0 + 1000)).ok).toBe(true);
  });

  it("forget earlier typos after a successful sign-in", async () => {
    const email = "anna.adler@vhs-am-rhein.example.org";
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) expect((await signIn.checkSignIn(email, `vertippt-${i}-xxxxxx`, "10.0.4.1", t0)).ok).toBe(false);
    expect((await signIn.checkSignIn(email, DEMO_PASSWORD, "10.0.4.1", t0 + 1000)).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect(await signIn.checkSignIn(email, `vertippt-${i}-yyyyyy`, "10.0.4.1", t0 + 1000)).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn.checkSignIn(email, DEMO_PASSWORD, "10.0.4.1", t0 + 2000)).ok).toBe(true);
  });

  it("count tries sent at the same moment: no more than the free failures get through to the password check", async () => {
    const email = "kim.koch@mainz.example.org";
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn.checkSignIn(email, `raten-${i}-zzzzzz`, `10.0.5.${i}`, t0)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(17);
  });

  it("end every session when the password is reset or the account is deactivated", async () => {
    const before = c.vhsOrganiser;
    expect(await actor.loadActor(before.accountId, 1)).not.toBeNull();
    await passwords.requestPasswordReset("omar.okafor@vhs-am-rhein.example.org", "10.0.3.1");
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.kind, "password_reset"));
    const token = mail.textBody.match(/passwort-setzen\/([A-Za-z0-9_-]{43})/)![1];
    expect(await passwords.setPasswordWithToken(token, "kurz")).toBe("ok"); // length is the schema's job; the command takes what it gets
    expect(await passwords.setPasswordWithToken(token, "noch-ein-neues-passwort")).toBe("invalid"); // used up
    expect(await actor.loadActor(before.accountId, 1)).toBeNull();
    expect(await actor.loadActor(before.accountId, 2)).not.toBeNull();
    await accountCommands.setAccountActive(c.vhsAdmin, before.accountId, false);
    expect(await actor.loadActor(before.accountId, 2)).toBeNull();
    expect(await actor.loadActor(before.accountId, 3)).toBeNull();
    expect(await signIn.checkSignIn("omar.okafor@vhs-am-rhein.example.org", "kurz", "10.0.3.2")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("demo accounts", () => {
  it("are refused in production", async () => {
    const { seedDemoAccounts } = await import("@/db/seed/accounts");
    const accountsBefore = (await c.db.select().from(c.t.accounts)).length;
    const before = process.env.NODE_ENV;
    (process.env as Record<string, string>).NODE_ENV = "production";
    try {
      await expect(seedDemoAccounts(c.db, new Map())).rejects.toThrow(/Produktion/);
    } finally {
      (process.env as Record<string, string>).NODE_ENV = before ?? "test";
    }
    expect((await c.db.select().from(c.t.accounts)).length).toBe(accountsBefore);
  });
});
