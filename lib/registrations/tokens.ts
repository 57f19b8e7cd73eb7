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

/** A new manage token with its hash (stored) and its link (mailed), made outside any transaction. */
export function newManageToken(): { token: string; hash: string; url: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token), url: absoluteUrl(`/anmeldung/${token}`) };
}

/** A new private manage link for a registration, inside the caller's transaction. */
export async function createManageLink(tx: Tx, registrationId: number): Promise<{ token: string; url: string }> {
  const { token, hash, url } = newManageToken();
  await tx.insert(registrationTokens).values({ tokenHash: hash, registrationId });
  return { token, url };
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
