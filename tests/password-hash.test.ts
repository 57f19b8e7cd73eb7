import { beforeAll, describe, expect, it } from "vitest";
import { freshDemoDatabase } from "./support/test-db";

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let password: typeof import("@/lib/auth/password");
let t: typeof import("@/db/schema");

beforeAll(async () => {
  ctx = await freshDemoDatabase(new Date());
  password = await import("@/lib/auth/password");
  t = await import("@/db/schema");
});

/** Algorithm, version and parameters of a PHC string ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"). */
function parameters(phc: string) {
  const [, algorithm, version, params] = phc.split("$");
  return { algorithm, version, params: Object.fromEntries(params.split(",").map((p) => p.split("="))) };
}

describe("password hashes", () => {
  it("use one parameter set for real passwords, the decoy of unknown addresses and the demo accounts", async () => {
    const real = parameters(await password.hashPassword("ein-echtes-passwort"));
    expect(real).toEqual({ algorithm: "argon2id", version: "v=19", params: { m: "19456", t: "2", p: "1" } });
    expect(parameters(await password.decoyHash())).toEqual(real);
    const seeded = await ctx.db.select({ hash: t.accounts.passwordHash }).from(t.accounts);
    expect(seeded.length).toBeGreaterThan(0);
    for (const { hash } of seeded) expect(parameters(hash!)).toEqual(real);
  });
});
