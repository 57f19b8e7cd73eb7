import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, organisations, type AccountRole } from "@/db/schema";

/**
 * The signed-in member of staff on whose behalf the data layer acts. Every function of the
 * signed-in area takes one and decides from it what may be read or changed (lib/auth/access.ts).
 */
export type Actor = {
  accountId: number;
  name: string;
  email: string;
  role: AccountRole;
  organisationId: number;
  organisationName: string;
};

/** The account behind a session, if it may still act: active, same session version, active organisation. */
export async function loadActor(accountId: number, sessionVersion: number): Promise<Actor | null> {
  const [row] = await db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      email: accounts.email,
      role: accounts.role,
      active: accounts.active,
      sessionVersion: accounts.sessionVersion,
      organisationId: accounts.organisationId,
      organisationName: organisations.name,
      organisationActive: organisations.active,
    })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.id, accountId));
  if (!row || !row.active || !row.organisationActive || row.sessionVersion !== sessionVersion) return null;
  const { active: _a, sessionVersion: _s, organisationActive: _o, ...actor } = row;
  void [_a, _s, _o];
  return actor;
}
