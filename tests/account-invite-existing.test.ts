import { beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

let c: AuthzContext;
let commands: typeof import("@/lib/accounts/account-commands");
let audit: typeof import("@/lib/audit/audit-queries");

beforeAll(async () => {
  c = await authzContext();
  commands = await import("@/lib/accounts/account-commands");
  audit = await import("@/lib/audit/audit-queries");
});

const bea = "bea.berger@wohlfahrt-rheinhessen.example.org";

describe("inviting an address that has an account in another organisation", () => {
  it("answers and logs towards the inviter as for a new address, attaches nothing and tells the owner by mail", async () => {
    const [before] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.email, bea));
    const fresh = await commands.inviteAccount(c.vhsAdmin, { email: "ganz.neu@example.org", name: "Gina Neu", role: "organiser", organisationId: c.vhsAdmin.organisationId });
    const existing = await commands.inviteAccount(c.vhsAdmin, { email: ` ${bea.toUpperCase()} `, name: "Bea Berger", role: "org_admin", organisationId: c.vhsAdmin.organisationId });
    expect(existing).toEqual(fresh);

    // The account stays where it is, as it was, without a new link.
    const [after] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.email, bea));
    expect(after).toEqual(before);
    expect(await c.db.select().from(c.t.accountTokens).where(eq(c.t.accountTokens.accountId, before.id))).toEqual([]);

    // The inviter's audit log reads the same for both.
    const { entries } = await audit.listAuditEntries(c.vhsAdmin, { typ: "account" });
    const shape = (label: string) => {
      const e = entries.find((x) => x.label === label)!;
      return { action: e.action, actorName: e.actorName, before: e.before, afterKeys: Object.keys(e.after ?? {}) };
    };
    expect(shape("Bea Berger")).toEqual(shape("Gina Neu"));

    // The owner learns of it; the mail holds no link to set a password.
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, bea)).orderBy(desc(c.t.mailOutbox.id));
    expect(mail.kind).toBe("account_invite_existing");
    expect(mail.textBody).toContain("Anna Adler");
    expect(mail.textBody).toContain("schon ein Konto");
    expect(mail.textBody).not.toMatch(/passwort-setzen/);
  });

  it("still says 'exists' to whom may see the account anyway: the office, and colleagues of the same organisation", async () => {
    expect(await commands.inviteAccount(c.coordinator, { email: bea, name: "Bea", role: "organiser", organisationId: c.vhsAdmin.organisationId })).toEqual({ kind: "exists" });
    expect(await commands.inviteAccount(c.foreignAdmin, { email: bea, name: "Bea", role: "organiser", organisationId: c.foreignAdmin.organisationId })).toEqual({ kind: "exists" });
  });
});
