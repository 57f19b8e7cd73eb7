import { settings } from "./env";
import { appSecret } from "./registration-settings";

/**
 * Reads and checks every setting once, at server start (instrumentation.ts) and in `npm run jobs`.
 * A wrong value, or a production server without APP_SECRET, ends the process at once with a message
 * naming the setting: Next.js might otherwise only log an error of register() and go on serving,
 * failing on every request that reads a setting.
 */
export function checkSettingsAtStartup(): void {
  try {
    settings();
    appSecret();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
