import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { registrationTokens } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/env";
import type { Tx } from "@/lib/db/write-transaction";

/** SHA-256 of a token; only this is stored. Tokens carry 256 random bits, so no salt is needed. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new private manage link for a registration, inside the caller's transaction. */
export async function createManageLink(tx: Tx, registrationId: number): Promise<{ token: string; url: string }> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(registrationTokens).values({ tokenHash: hashToken(token), registrationId });
  return { token, url: absoluteUrl(`/anmeldung/${token}`) };
}

/** The registration a token belongs to, or null. Tokens that do not look like ours are refused early. */
export async function registrationIdForToken(tx: Pick<Tx, "select">, token: string): Promise<number | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await tx
    .select({ registrationId: registrationTokens.registrationId })
    .from(registrationTokens)
    .where(eq(registrationTokens.tokenHash, hashToken(token)))
    .limit(1);
  return row?.registrationId ?? null;
}
