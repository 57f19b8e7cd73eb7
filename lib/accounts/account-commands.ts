import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountTokens, accounts, organisations, type AccountRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { AccessDenied, canManageAccountsOf, isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { createAccountToken } from "@/lib/auth/account-tokens";
import { writeTransaction } from "@/lib/db/write-transaction";
import { enqueueMail } from "@/lib/mail/outbox";
import { accountInviteExistingMail, accountInviteMail } from "@/lib/mail/templates";

export type InviteInput = { email: string; name: string; role: AccountRole; organisationId: number };

/** Which roles the actor may give within an organisation. */
export function assignableRoles(actor: Actor, organisation: { id: number; kind: "office" | "partner" }): AccountRole[] {
  if (!canManageAccountsOf(actor, organisation.id)) return [];
  if (isCoordinator(actor)) return organisation.kind === "office" ? ["coordinator", "organiser", "org_admin"] : ["organiser", "org_admin"];
  return ["organiser", "org_admin"];
}

async function organisationFor(actor: Actor, organisationId: number) {
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation || !canManageAccountsOf(actor, organisation.id)) throw new AccessDenied();
  return organisation;
}

/**
 * Invites a person: creates the account (without a password) and mails a link valid 7 days.
 * Re-inviting someone of the organisation who never set a password sends a fresh link; an address
 * with a password in the organisation is refused with "exists" (the inviter sees those accounts
 * anyway).
 *
 * An address that has an account in an organisation the actor cannot manage is never attached to
 * this one, and the actor must not learn that it exists: the answer and the audit entry read as for
 * a new address, and the owner of the address is told by mail instead.
 */
export async function inviteAccount(actor: Actor, input: InviteInput, now = new Date()): Promise<{ kind: "invited" } | { kind: "exists" }> {
  const organisation = await organisationFor(actor, input.organisationId);
  if (!assignableRoles(actor, organisation).includes(input.role)) throw new AccessDenied();
  const email = input.email.trim().toLowerCase();
  return writeTransaction(async (tx) => {
    const [existing] = await tx.select().from(accounts).where(eq(accounts.email, email));
    const invitedAudit = (accountId: number, before: Record<string, unknown> | null) =>
      recordAudit(tx, actor, { entityType: "account", entityId: accountId, organisationId: organisation.id, action: "account.invited", label: input.name, before, after: { email, name: input.name, role: input.role, active: true } }, now);
    if (existing && existing.organisationId !== organisation.id && !canManageAccountsOf(actor, existing.organisationId)) {
      await enqueueMail(tx, { kind: "account_invite_existing", recipient: existing.email, ...accountInviteExistingMail({ name: existing.name, inviter: actor.name, organisation: organisation.name }) }, now);
      await invitedAudit(existing.id, null);
      return { kind: "invited" as const };
    }
    if (existing && (existing.passwordHash || existing.organisationId !== organisation.id)) return { kind: "exists" as const };
    // A re-invitation must not do what deactivating and changing roles would refuse.
    if (existing && existing.role === "coordinator" && !isCoordinator(actor)) throw new AccessDenied();
    if (existing) {
      // Earlier links of this account stop working: only the newest invitation counts.
      await tx.update(accountTokens).set({ usedAt: now }).where(and(eq(accountTokens.accountId, existing.id), isNull(accountTokens.usedAt)));
    }
    const [account] = existing
      ? await tx.update(accounts).set({ name: input.name, role: input.role, active: true, updatedAt: now }).where(eq(accounts.id, existing.id)).returning()
      : await tx.insert(accounts).values({ email, name: input.name, role: input.role, organisationId: organisation.id, createdAt: now, updatedAt: now }).returning();
    const link = await createAccountToken(tx, account.id, "invite", now);
    await enqueueMail(tx, { kind: "account_invite", recipient: email, ...accountInviteMail({ name: account.name, inviter: actor.name, organisation: organisation.name, url: link.url }) }, now);
    await invitedAudit(account.id, existing ? { name: existing.name, role: existing.role, active: existing.active } : null);
    return { kind: "invited" as const };
  });
}

async function targetAccount(actor: Actor, accountId: number) {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account || !canManageAccountsOf(actor, account.organisationId)) throw new AccessDenied();
  return account;
}

/** Deactivates (or reactivates) an account. Deactivating ends its sessions at their next request. */
export async function setAccountActive(actor: Actor, accountId: number, active: boolean, now = new Date()): Promise<void> {
  const account = await targetAccount(actor, accountId);
  if (account.id === actor.accountId) throw new AccessDenied("Das eigene Konto kann nicht deaktiviert werden.");
  if (account.role === "coordinator" && !isCoordinator(actor)) throw new AccessDenied();
  if (account.active === active) return;
  await writeTransaction(async (tx) => {
    await tx.update(accounts).set({ active, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: now }).where(eq(accounts.id, account.id));
    await recordAudit(tx, actor, { entityType: "account", entityId: account.id, organisationId: account.organisationId, action: active ? "account.reactivated" : "account.deactivated", label: account.name, before: { active: account.active }, after: { active } }, now);
  });
}

/** Changes an account's role within what the actor may give. */
export async function changeAccountRole(actor: Actor, accountId: number, role: AccountRole, now = new Date()): Promise<void> {
  const account = await targetAccount(actor, accountId);
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, account.organisationId));
  if (account.id === actor.accountId || !assignableRoles(actor, organisation).includes(role)) throw new AccessDenied();
  if (account.role === "coordinator" && !isCoordinator(actor)) throw new AccessDenied();
  if (account.role === role) return;
  await writeTransaction(async (tx) => {
    await tx.update(accounts).set({ role, updatedAt: now }).where(eq(accounts.id, account.id));
    await recordAudit(tx, actor, { entityType: "account", entityId: account.id, organisationId: account.organisationId, action: "account.role_changed", label: account.name, before: { role: account.role }, after: { role } }, now);
  });
}

/**
 * Sends a fresh invitation link to someone who has not set a password yet (the old links stay
 * valid until they expire). Refused for accounts that already have a password.
 */
export async function resendInvitation(actor: Actor, accountId: number, now = new Date()): Promise<void> {
  const account = await targetAccount(actor, accountId);
  if (account.passwordHash) throw new AccessDenied();
  await inviteAccount(actor, { email: account.email, name: account.name, role: account.role, organisationId: account.organisationId }, now);
}
