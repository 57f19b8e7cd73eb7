import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, organisations } from "@/db/schema";
import { ownOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

/** The accounts an actor may see: the office sees all, everyone else the own organisation's. */
export async function listAccounts(actor: Actor, filter: { organisationId?: number } = {}) {
  return db
    .select({
      id: accounts.id,
      name: accounts.name,
      email: accounts.email,
      role: accounts.role,
      active: accounts.active,
      invited: accounts.passwordHash,
      lastSignInAt: accounts.lastSignInAt,
      organisationId: accounts.organisationId,
      organisationName: organisations.name,
    })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(and(ownOrganisation(actor, accounts.organisationId), filter.organisationId ? eq(accounts.organisationId, filter.organisationId) : undefined))
    .orderBy(asc(organisations.name), asc(accounts.name))
    .then((rows) => rows.map(({ invited, ...r }) => ({ ...r, passwordSet: invited !== null })));
}
