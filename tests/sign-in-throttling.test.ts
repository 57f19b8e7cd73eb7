import { reloadSettingsForTests } from "@/lib/config/env";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { DEMO_PASSWORD } from "@/db/seed/accounts";

let c: AuthzContext;
let signIn: typeof import("@/lib/auth/sign-in");
let passwords: typeof import("@/lib/accounts/password-commands");
let clientIp: typeof import("@/lib/http/client-ip");

beforeAll(async () => {
  c = await authzContext();
  signIn = await import("@/lib/auth/sign-in");
  passwords = await import("@/lib/accounts/password-commands");
  clientIp = await import("@/lib/http/client-ip");
});

afterEach(() => {
  reloadSettingsForTests({ SIGNIN_RATE_LIMIT_PER_IP: undefined });
});

/** An attacker who tries a wrong password for `email` from a new address each time, as soon as the delay allows. */
async function guessFromRotatingAddresses(email: string, tries: number, start: number): Promise<number> {
  let at = start;
  for (let i = 0; i < tries; i++) {
    const result = await signIn.checkSignIn(email, `geraten-${i}-xxxxxxxx`, `198.51.100.${i}`, at);
    if (!result.ok && result.reason === "throttled") {
      at += result.retryAfterSeconds * 1000;
      i--;
      continue;
    }
    expect(result).toEqual({ ok: false, reason: "invalid" });
  }
  return at;
}

describe("sign-in throttling per account", () => {
  it("slows guessing from rotating addresses down, but never locks the owner out beyond the delay", async () => {
    const email = "omar.okafor@vhs-am-rhein.example.org";
    const t0 = Date.now();
    const lastGuess = await guessFromRotatingAddresses(email, 10, t0);
    // Ten failures: the seventh try after the free three waits 2^7 = 128 seconds …
    const refused = await signIn.checkSignIn(email, DEMO_PASSWORD, "192.0.2.1", lastGuess + 1000);
    expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 127 });
    // … a refused try does not lengthen it, and once it has passed the right password works.
    expect((await signIn.checkSignIn(email, DEMO_PASSWORD, "192.0.2.1", lastGuess + 128_000)).ok).toBe(true);
  });

  it("caps the delay (SIGNIN_RATE_LIMIT_MAX_DELAY_SECONDS, default 15 minutes)", async () => {
    const email = "anna.adler@vhs-am-rhein.example.org";
    const lastGuess = await guessFromRotatingAddresses(email, 16, Date.now());
    expect(await signIn.checkSignIn(email, DEMO_PASSWORD, "192.0.2.2", lastGuess)).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 900 });
    expect((await signIn.checkSignIn(email, DEMO_PASSWORD, "192.0.2.2", lastGuess + 900_000)).ok).toBe(true);
  });

  it("is lifted at once when the owner sets a new password through the reset link", async () => {
    const email = "bea.berger@wohlfahrt-rheinhessen.example.org";
    const t0 = Date.now();
    const lastGuess = await guessFromRotatingAddresses(email, 8, t0);
    expect(await signIn.checkSignIn(email, DEMO_PASSWORD, "192.0.2.3", lastGuess + 1)).toMatchObject({ ok: false, reason: "throttled" });
    await passwords.requestPasswordReset(email, "192.0.2.3", new Date(lastGuess + 2));
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, email));
    const token = mail.textBody.match(/passwort-setzen\/([A-Za-z0-9_-]{43})/)![1];
    expect(await passwords.setPasswordWithToken(token, "ein-ganz-neues-passwort", new Date(lastGuess + 3))).toBe("ok");
    expect((await signIn.checkSignIn(email, "ein-ganz-neues-passwort", "192.0.2.3", lastGuess + 4)).ok).toBe(true);
  });
});

describe("sign-in throttling per source", () => {
  it("refuses a source past SIGNIN_RATE_LIMIT_PER_IP failures, whatever address it tries", async () => {
    reloadSettingsForTests({ SIGNIN_RATE_LIMIT_PER_IP: "3" });
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) expect(await signIn.checkSignIn(`jemand-${i}@example.org`, "falsch-falsch-falsch", "ip-quelle-a", t0)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn.checkSignIn("kim.koch@mainz.example.org", DEMO_PASSWORD, "ip-quelle-a", t0)).toMatchObject({ ok: false, reason: "throttled" });
    // Another source is not affected.
    expect((await signIn.checkSignIn("kim.koch@mainz.example.org", DEMO_PASSWORD, "ip-quelle-b", t0)).ok).toBe(true);
  });

  it("does not apply to the unknown source, which all requests share without a trusted proxy", async () => {
    reloadSettingsForTests({ SIGNIN_RATE_LIMIT_PER_IP: "3" });
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await signIn.checkSignIn(`fremd-${i}@example.org`, "falsch-falsch-falsch", clientIp.UNKNOWN_SOURCE, t0);
    expect((await signIn.checkSignIn("kim.koch@mainz.example.org", DEMO_PASSWORD, clientIp.UNKNOWN_SOURCE, t0)).ok).toBe(true);
  });
});
