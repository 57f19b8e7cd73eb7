import "server-only";
import { settings } from "@/lib/config/env";
import { registrationSettings } from "@/lib/config/registration-settings";
import { UNKNOWN_SOURCE } from "@/lib/http/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { errorFields, logger } from "@/lib/ops/logger";

/**
 * Whether a source may look up another verification code now. Codes carry 140 random bits, so
 * guessing is hopeless anyway; the limit keeps a script from using the page as a load generator.
 * Like registration: counted per source only behind a trusted proxy (without one, every request
 * has the same unknown source, and one limit for everybody would let anyone block everyone).
 */
export async function mayVerifyCertificate(ip: string, now = Date.now()): Promise<boolean> {
  if (ip === UNKNOWN_SOURCE) return true;
  try {
    const result = await hitRateLimit(`certificate-verify:ip:${ip}`, settings().CERTIFICATE_VERIFY_RATE_LIMIT_PER_IP, registrationSettings().rateLimitWindowSeconds, now);
    return result.allowed;
  } catch (error) {
    logger.error({ event: "rate_limit.failed", limit: "certificate-verify", error: errorFields(error) }, "rate limit could not be counted");
    return true;
  }
}
