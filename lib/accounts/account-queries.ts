import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, organisations } from "@/db/schema";
import { AccessDenied, canManageAccountsOf, ownOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

/** What the accounts pages show of an account (never the password hash). */
const accountColumns = {
  id: accounts.id,
  name: accounts.name,
  email: accounts.email,
  role: accounts.role,
  active: accounts.active,
  lastSignInAt: accounts.lastSignInAt,
  organisationId: accounts.organisationId,
  organisationName: organisations.name,
};

/** The accounts an actor may see: the office sees all, everyone else the own organisation's. */
export async function listAccounts(actor: Actor, filter: { organisationId?: number } = {}) {
  return db
    .select({ ...accountColumns, invited: accounts.passwordHash })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(and(ownOrganisation(actor, accounts.organisationId), filter.organisationId ? eq(accounts.organisationId, filter.organisationId) : undefined))
    .orderBy(asc(organisations.name), asc(accounts.name))
    .then((rows) => rows.map(({ invited, ...r }) => ({ ...r, passwordSet: invited !== null })));
}

/** Refuses unless the actor may manage accounts at all: the office or an org_admin. */
function assertAccountManager(actor: Actor) {
  if (actor.role !== "coordinator" && actor.role !== "org_admin") throw new AccessDenied();
}

/** The accounts page: like listAccounts, but only for those who manage accounts (a plain organiser is refused). */
export async function listManagedAccounts(actor: Actor, filter: { organisationId?: number } = {}) {
  assertAccountManager(actor);
  return listAccounts(actor, filter);
}

/** One account the actor may manage, with its organisation's kind (for the roles it may get). */
export async function getManagedAccount(actor: Actor, accountId: number) {
  assertAccountManager(actor);
  const [account] = await db
    .select({ ...accountColumns, passwordHash: accounts.passwordHash, createdAt: accounts.createdAt, organisationKind: organisations.kind })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.id, accountId));
  if (!account || !canManageAccountsOf(actor, account.organisationId)) throw new AccessDenied();
  const { passwordHash, ...rest } = account;
  return { ...rest, passwordSet: passwordHash !== null, isSelf: account.id === actor.accountId };
}
