import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";
import { createdAt, instant, updatedAt } from "./columns";
import { organisations } from "./organisations";

/**
 * coordinator: the city's coordination office, may do everything for every organisation.
 * organiser: runs the events of its own organisation.
 * org_admin: an organiser who may also invite and deactivate colleagues of the same organisation.
 */
export const accountRoles = ["coordinator", "organiser", "org_admin"] as const;
export type AccountRole = (typeof accountRoles)[number];

/** A member of staff who signs in to /intern. There is no public sign-up: people are invited. */
export const accounts = sqliteTable(
  "accounts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** Stored lower-cased; the sign-in compares lower-cased. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: accountRoles }).notNull().default("organiser"),
    /** argon2id; null until the invited person has chosen a password. */
    passwordHash: text("password_hash"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /**
     * Part of every session. Raised when the password changes or the account is deactivated, which
     * ends every session signed in before.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    lastSignInAt: instant("last_sign_in_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("accounts_organisation_idx").on(t.organisationId)],
);

export type Account = typeof accounts.$inferSelect;

export const accountTokenPurposes = ["invite", "reset"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

/** Links sent by e-mail to set a password: an invitation (7 days) or a reset (2 hours). Stored hashed. */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    accountId: integer("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: accountTokenPurposes }).notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_account_idx").on(t.accountId)],
);
