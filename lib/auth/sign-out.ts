import "server-only";
import { eq, sql } from "drizzle-orm";
import { accounts } from "@/db/schema";
import { writeTransaction } from "@/lib/db/write-transaction";
import type { Actor } from "./actor";

/**
 * Ends every session of the actor's account by raising its session version. Signing out also ends
 * a copied session cookie (a shared office computer), at the price of signing out other devices too.
 */
export async function endSessions(actor: Actor): Promise<void> {
  await writeTransaction((tx) => tx.update(accounts).set({ sessionVersion: sql`${accounts.sessionVersion} + 1` }).where(eq(accounts.id, actor.accountId)));
}
