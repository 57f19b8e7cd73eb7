import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

let c: AuthzContext;
let commands: typeof import("@/lib/accounts/account-commands");
let queries: typeof import("@/lib/accounts/account-queries");
let access: typeof import("@/lib/auth/access");

beforeAll(async () => {
  c = await authzContext();
  commands = await import("@/lib/accounts/account-commands");
  queries = await import("@/lib/accounts/account-queries");
  access = await import("@/lib/auth/access");
});

describe("accounts: who may do what", () => {
  it("show partners only their own organisation's accounts, the office all", async () => {
    const own = await queries.listAccounts(c.vhsAdmin);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.organisationId === c.vhsAdmin.organisationId)).toBe(true);
    expect(await queries.listAccounts(c.vhsAdmin, { organisationId: c.foreign.organisationId })).toEqual([]);
    const all = await queries.listAccounts(c.coordinator);
    expect(new Set(all.map((a) => a.organisationId)).size).toBeGreaterThanOrEqual(3);
  });

  it("refuse invitations, role changes and deactivation across organisations", async () => {
    await expect(commands.inviteAccount(c.vhsAdmin, { email: "x@example.org", name: "X", role: "organiser", organisationId: c.foreign.organisationId })).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(commands.setAccountActive(c.vhsAdmin, c.foreign.accountId, false)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(commands.changeAccountRole(c.vhsAdmin, c.foreign.accountId, "organiser")).rejects.toBeInstanceOf(access.AccessDenied);
    const [bea] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.id, c.foreign.accountId));
    expect(bea.active).toBe(true);
    expect(bea.role).toBe("org_admin");
  });

  it("let an organiser without admin rights invite nobody, and nobody make themselves coordinator", async () => {
    await expect(commands.inviteAccount(c.vhsOrganiser, { email: "y@example.org", name: "Y", role: "organiser", organisationId: c.vhsOrganiser.organisationId })).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(commands.inviteAccount(c.vhsAdmin, { email: "z@example.org", name: "Z", role: "coordinator", organisationId: c.vhsAdmin.organisationId })).rejects.toBeInstanceOf(access.AccessDenied);
  });

  it("invite a colleague: account without password, a hashed 7-day link, a mail and an audit entry", async () => {
    const result = await commands.inviteAccount(c.vhsAdmin, { email: "Neu.Kollegin@VHS-am-Rhein.example.org", name: "Nina Neu", role: "organiser", organisationId: c.vhsAdmin.organisationId });
    expect(result.kind).toBe("invited");
    const [account] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.email, "neu.kollegin@vhs-am-rhein.example.org"));
    expect(account.passwordHash).toBeNull();
    const [token] = await c.db.select().from(c.t.accountTokens).where(eq(c.t.accountTokens.accountId, account.id));
    expect(token.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBe(7 * 24 * 3600_000);
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, account.email));
    expect(mail.textBody).toMatch(/\/intern\/passwort-setzen\/[A-Za-z0-9_-]{43}/);
    expect(mail.textBody).not.toContain(token.tokenHash);
    const [entry] = await c.db.select().from(c.t.auditLog).where(eq(c.t.auditLog.entityId, account.id));
    expect(entry.action).toBe("account.invited");
    expect(entry.actorName).toBe("Anna Adler");
    expect(await commands.inviteAccount(c.vhsAdmin, { email: "anna.adler@vhs-am-rhein.example.org", name: "A", role: "organiser", organisationId: c.vhsAdmin.organisationId })).toEqual({ kind: "exists" });
  });
});
