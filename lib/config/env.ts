import { z } from "zod";

/**
 * The installation's settings, read from the environment ONCE per process, checked against the
 * schema below, and frozen. Every setting is documented with its default in .env.example.
 *
 * Why not read `process.env.X` where it is needed: a missing setting would then be looked up on
 * Object.prototype (a polluted prototype could switch throttling off or send reset links to another
 * host), a typo would be noticed only when the code path runs, and every reader would parse and
 * default on its own. Here only the environment's own properties are read, a wrong value stops the
 * server at start-up (instrumentation.ts) with the setting's name, and the result cannot change.
 *
 * Adding a setting: one line in `settingsSchema` (and its documentation in .env.example), then read
 * it with `settings().NAME` (or a named accessor in the file of its domain).
 */

/** An unset or empty variable means "the default". */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A whole number from `min` on; unset or empty: `fallback`. */
const wholeNumber = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(blank, z.coerce.number({ error: "keine Zahl" }).int("keine ganze Zahl").min(min, `mindestens ${min}`).max(max, `höchstens ${max}`).default(fallback));

/** A positive number (fractions allowed); unset or empty: `fallback`. */
const positiveNumber = (fallback: number) => z.preprocess(blank, z.coerce.number({ error: "keine Zahl" }).positive("größer als 0").default(fallback));

/** "1" on, "0" off; unset or empty: `fallback`. */
const flag = (fallback: boolean) => z.preprocess(blank, z.enum(["0", "1"], { error: "0 oder 1 erwartet" }).default(fallback ? "1" : "0")).transform((v) => v === "1");

/** Free text, trimmed; unset: "". */
const text = () => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string());

/** An absolute URL with one of the given protocols, trimmed; unset or empty: "". */
const url = (protocols: string[]) =>
  text().refine((v) => {
    if (v === "") return true;
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `eine Adresse mit ${protocols.join(" oder ")} erwartet`);

export const settingsSchema = z.object({
  NODE_ENV: text(),
  PORT: wholeNumber(3000, 1, 65535),
  PUBLIC_URL: url(["http:", "https:"]),
  // Mail
  SMTP_URL: url(["smtp:", "smtps:"]),
  MAIL_FROM: text(),
  MAIL_SENDER_INTERVAL_MS: positiveNumber(2000),
  MAIL_SENDER_IN_SERVER: flag(true),
  DEV_MAILBOX: flag(false),
  REMINDER_HOURS_BEFORE: positiveNumber(48),
  REMINDER_INTERVAL_MS: positiveNumber(60_000),
  // Registration
  APP_SECRET: text(),
  ALLOW_DEV_SECRET: flag(false),
  REGISTRATION_RATE_LIMIT_PER_IP: wholeNumber(20),
  REGISTRATION_RATE_LIMIT_PER_EMAIL: wholeNumber(5),
  REGISTRATION_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(600, 1),
  REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: wholeNumber(5),
  REGISTRATION_MIN_FILL_SECONDS: wholeNumber(3),
  // Certificates: look-ups of verification codes per source and registration window (0 = off).
  CERTIFICATE_VERIFY_RATE_LIMIT_PER_IP: wholeNumber(60),
  // Data protection: months after an event's last session until its registrations are anonymised
  // (lib/privacy/retention.ts; the privacy page states the same value).
  RETENTION_MONTHS: wholeNumber(12, 1, 120),
  // Operations: how many backups `npm run db:backup` keeps in its folder (older ones are deleted).
  BACKUP_KEEP: wholeNumber(14, 1, 10_000),
  // Signed-in area
  SIGNIN_RATE_LIMIT_PER_ACCOUNT: wholeNumber(3),
  SIGNIN_RATE_LIMIT_MAX_DELAY_SECONDS: wholeNumber(900, 1),
  SIGNIN_RATE_LIMIT_PER_IP: wholeNumber(30),
  SIGNIN_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(900, 1),
  PASSWORD_RESET_RATE_LIMIT_PER_ACCOUNT: wholeNumber(3),
  PASSWORD_RESET_RATE_LIMIT_PER_IP: wholeNumber(20),
  SESSION_HOURS: wholeNumber(10, 1),
  // Benchmarks only: serves /api/bench/floor and /bench/floor, the bare floor route and page the
  // benchmarks compare with (scripts/bench-*.ts). Never set it in production.
  BENCH_FLOOR: flag(false),
  // Network: how many reverse proxies in front of the app append to X-Forwarded-For.
  TRUSTED_PROXY_HOPS: wholeNumber(0, 0, 10),
  // Operations: the lowest level written to the log (JSON lines on stdout), and how long a stop
  // (SIGTERM) waits for running requests and the mail round before the process ends anyway.
  LOG_LEVEL: z.preprocess(blank, z.enum(["fatal", "error", "warn", "info", "debug", "silent"], { error: "fatal, error, warn, info, debug oder silent erwartet" }).default("info")),
  SHUTDOWN_GRACE_MS: wholeNumber(10_000, 0, 600_000),
  // Speed: the rendered-response cache of public pages, feeds and the event API (docs/public-cache.md).
  PAGE_CACHE: flag(true),
  PAGE_CACHE_MAX_MB: wholeNumber(64, 1, 4096),
});

export type Settings = Readonly<z.output<typeof settingsSchema>>;

/** Thrown when a setting has a value that does not fit; the message names each wrong setting. */
export class SettingsError extends Error {
  constructor(problems: string[]) {
    super(`Ungültige Einstellungen (siehe .env.example):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SettingsError";
  }
}

/** The environment's own string properties only, in an object without a prototype. */
function ownEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const own: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(env)) if (typeof value === "string") own[name] = value;
  return own;
}

/** Parses an environment into frozen settings; throws SettingsError naming every wrong setting. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const parsed = settingsSchema.safeParse(ownEnvironment(env));
  // Values are not repeated in the message: some are secrets.
  if (!parsed.success) throw new SettingsError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  // Copied onto an object without a prototype, so that even a name missing here never reads Object.prototype.
  return Object.freeze(Object.assign(Object.create(null) as Settings, parsed.data));
}

let cached: Settings | undefined;

/** The settings of this process (parsed on first use, then the same frozen object). */
export function settings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}

/**
 * Tests only: reads `process.env` again, optionally with `overrides` on top (unset with undefined),
 * and returns the new settings. The app never calls this: its settings are fixed at start-up.
 */
export function reloadSettingsForTests(overrides: Record<string, string | undefined> = {}): Settings {
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  cached = parseSettings(process.env);
  return cached;
}

export const isProduction = () => settings().NODE_ENV === "production";

/** The address people reach the site at (PUBLIC_URL, else localhost with PORT), without a trailing slash. */
export function publicUrl(): string {
  const { PUBLIC_URL, PORT } = settings();
  return (PUBLIC_URL || `http://localhost:${PORT}`).replace(/\/+$/, "");
}

/** Absolute URL for a path, starting with PUBLIC_URL (used in feeds, JSON-LD and the API). */
export function absoluteUrl(path: string): string {
  return `${publicUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Host name used in iCalendar UIDs; stable as long as PUBLIC_URL is. */
export function uidDomain(): string {
  try {
    return new URL(publicUrl()).hostname;
  } catch {
    return "localhost";
  }
}
