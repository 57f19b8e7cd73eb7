import { settings } from "./env";
import { appSecret } from "./registration-settings";
import { logger } from "@/lib/ops/logger";

/**
 * Reads and checks every setting once, at server start (instrumentation.ts) and in `npm run jobs`.
 * A wrong value, or a production server without APP_SECRET, ends the process at once with a message
 * naming the setting: Next.js might otherwise only log an error of register() and go on serving,
 * failing on every request that reads a setting.
 */
export function checkSettingsAtStartup(): void {
  try {
    const s = settings();
    appSecret();
    if (s.NODE_ENV === "production" && s.TRUSTED_PROXY_HOPS === 0) {
      logger.warn({ event: "settings.no_proxy_hops" }, "TRUSTED_PROXY_HOPS=0: no client address is known, so the limits per IP address are off. Behind a reverse proxy, set TRUSTED_PROXY_HOPS (README, .env.example).");
    }
  } catch (error) {
    // Not the logger: it needs valid settings (LOG_LEVEL) itself. The message names settings, never values.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
