import "server-only";
import { localePath } from "@/lib/i18n/locale-routing";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { registrations } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/env";
import { registrationSettings } from "@/lib/config/registration-settings";
import { writeTransaction } from "@/lib/db/write-transaction";
import { UNKNOWN_SOURCE } from "@/lib/http/client-ip";
import { enqueueMail } from "@/lib/mail/outbox";
import { selfServiceLinkMail } from "@/lib/mail/templates/self-service-link";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { selfServicePaths } from "./self-service-paths";
import { createLinkToken } from "./self-service-tokens";
import { errorFields, logger } from "@/lib/ops/logger";

/** Whether the address has any registration or application whose data we still hold. */
export async function addressIsKnown(emailNormalized: string): Promise<boolean> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.emailNormalized, emailNormalized), isNull(registrations.anonymisedAt)))
    .limit(1);
  return !!row;
}

export type LinkRequestOutcome = "mailed" | "unknown" | "limited";

/**
 * Mails a "Meine Daten" link to the address when we hold data of it. The caller answers every
 * outcome alike (and after the response, so the time taken says nothing either): whether an address
 * is known is nobody's business but its owner's. Limited like registration: per source (when it
 * can be known, TRUSTED_PROXY_HOPS) and per address, so nobody can flood an inbox.
 * `locale`: the language of the page that asked; the mail and the page its link opens use it.
 */
export async function requestSelfServiceLink(emailInput: string, ip: string, now = new Date(), locale: Locale = defaultLocale): Promise<LinkRequestOutcome> {
  const email = emailInput.trim().toLowerCase();
  const s = registrationSettings();
  try {
    // Not per source when the source is unknown: one shared count would let anyone stop everyone.
    if (ip !== UNKNOWN_SOURCE && !(await hitRateLimit(`self-service:ip:${ip}`, s.rateLimitPerIp, s.rateLimitWindowSeconds, now.getTime())).allowed) return "limited";
    if (!(await hitRateLimit(`self-service:email:${email}`, s.rateLimitPerEmail, s.rateLimitWindowSeconds, now.getTime())).allowed) return "limited";
  } catch (error) {
    // Unlike a registration, nothing is lost when a link is not sent: refuse rather than let through.
    logger.error({ event: "rate_limit.failed", limit: "self-service", error: errorFields(error) }, "self-service rate limit could not be counted");
    return "limited";
  }
  if (!(await addressIsKnown(email))) return "unknown";
  await writeTransaction(async (tx) => {
    const token = await createLinkToken(tx, email, now);
    await enqueueMail(tx, { kind: "self_service_link", recipient: email, ...selfServiceLinkMail({ url: absoluteUrl(localePath(locale, selfServicePaths.link(token))), locale }) }, now);
  });
  return "mailed";
}
