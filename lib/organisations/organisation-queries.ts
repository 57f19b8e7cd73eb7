import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, organisations } from "@/db/schema";
import { AccessDenied, assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

/** Every organisation with its number of accounts (office only). */
export async function listOrganisations(actor: Actor) {
  assertCoordinator(actor);
  const accountCounts = db.select({ organisationId: accounts.organisationId, n: count().as("n") }).from(accounts).groupBy(accounts.organisationId).as("account_counts");
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      kind: organisations.kind,
      active: organisations.active,
      trusted: organisations.trusted,
      email: organisations.email,
      accountCount: accountCounts.n,
    })
    .from(organisations)
    .leftJoin(accountCounts, eq(accountCounts.organisationId, organisations.id))
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, accountCount: r.accountCount ?? 0 }));
}

/** One organisation with all its fields (office only); a missing id is refused like a forbidden one. */
export async function getOrganisation(actor: Actor, organisationId: number) {
  assertCoordinator(actor);
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new AccessDenied();
  return organisation;
}

/**
 * The organisations the actor may invite people into: the office all active ones, an org_admin
 * only the own one, everyone else none.
 */
export async function invitableOrganisations(actor: Actor) {
  if (actor.role === "organiser") return [];
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(actor.role === "coordinator" ? eq(organisations.active, true) : eq(organisations.id, actor.organisationId))
    .orderBy(asc(organisations.name));
  return rows;
}
