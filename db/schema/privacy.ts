import { sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, instant } from "./columns";

export const selfServiceTokenKinds = ["link", "session"] as const;

/**
 * "Meine Daten" (/meine-daten): a person without an account proves an e-mail address by a link
 * mailed to it ("link", valid 60 minutes, single use) and then holds a short session ("session")
 * limited to that address. Only hashes of the tokens are stored.
 */
export const selfServiceTokens = sqliteTable(
  "self_service_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    kind: text("kind", { enum: selfServiceTokenKinds }).notNull(),
    emailNormalized: text("email_normalized").notNull(),
    expiresAt: instant("expires_at").notNull(),
    /** A link is used once: it is exchanged for a session. */
    usedAt: instant("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("self_service_tokens_expires_idx").on(t.expiresAt), index("self_service_tokens_email_idx").on(t.emailNormalized)],
);
