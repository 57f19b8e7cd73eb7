import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { selfServiceTokens } from "@/db/schema";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { hashToken } from "@/lib/registrations/tokens";

/**
 * The tokens of "Meine Daten": a link mailed to an address (60 minutes, single use) and the short
 * session it is exchanged for. Only SHA-256 hashes are stored (the tokens carry 256 random bits).
 */

export const LINK_LIFETIME_MS = 60 * 60_000;
export const SESSION_LIFETIME_MS = 60 * 60_000;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function isTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A new link token for the address, inside the caller's transaction. */
export async function createLinkToken(tx: Tx, emailNormalized: string, now: Date): Promise<string> {
  const token = newToken();
  await tx.insert(selfServiceTokens).values({ tokenHash: hashToken(token), kind: "link", emailNormalized, expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS), createdAt: now });
  return token;
}

export type LinkExchange = { kind: "session"; sessionToken: string; expiresAt: Date } | { kind: "invalid" };

/**
 * Exchanges a mailed link for a session: the link is marked used and a session token for the same
 * address is created, in one transaction (two tabs opening one link get one session between them).
 * A link that is unknown, used or past its 60 minutes gives "invalid".
 */
export async function exchangeLinkForSession(token: string, now = new Date()): Promise<LinkExchange> {
  if (!isTokenShape(token)) return { kind: "invalid" };
  return writeTransaction(async (tx) => {
    const [used] = await tx
      .update(selfServiceTokens)
      .set({ usedAt: now })
      .where(and(eq(selfServiceTokens.tokenHash, hashToken(token)), eq(selfServiceTokens.kind, "link"), isNull(selfServiceTokens.usedAt), gt(selfServiceTokens.expiresAt, now)))
      .returning({ emailNormalized: selfServiceTokens.emailNormalized });
    if (!used) return { kind: "invalid" } as const;
    const sessionToken = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await tx.insert(selfServiceTokens).values({ tokenHash: hashToken(sessionToken), kind: "session", emailNormalized: used.emailNormalized, expiresAt, createdAt: now });
    return { kind: "session", sessionToken, expiresAt } as const;
  });
}

/** The address a still valid session token belongs to, or null. */
export async function emailForSessionToken(token: string, now = new Date()): Promise<string | null> {
  if (!isTokenShape(token)) return null;
  const [row] = await db
    .select({ emailNormalized: selfServiceTokens.emailNormalized })
    .from(selfServiceTokens)
    .where(and(eq(selfServiceTokens.tokenHash, hashToken(token)), eq(selfServiceTokens.kind, "session"), gt(selfServiceTokens.expiresAt, now)))
    .limit(1);
  return row?.emailNormalized ?? null;
}

/** Ends a session (signing out): its row goes, so a copied cookie is worthless too. */
export async function endSessionToken(token: string): Promise<void> {
  if (!isTokenShape(token)) return;
  await writeTransaction((tx) => tx.delete(selfServiceTokens).where(and(eq(selfServiceTokens.tokenHash, hashToken(token)), eq(selfServiceTokens.kind, "session"))));
}

/** Removes every link and session of an address, in the caller's transaction (after "Meine Daten löschen"). */
export async function deleteTokensOf(tx: Tx, emailNormalized: string): Promise<void> {
  await tx.delete(selfServiceTokens).where(eq(selfServiceTokens.emailNormalized, emailNormalized));
}
