import { settings } from "./env";
import { appSecret } from "./registration-settings";

/**
 * Reads and checks every setting once, at server start (instrumentation.ts) and in `npm run jobs`:
 * a wrong value, or a production server without APP_SECRET, stops the process at once with a
 * message naming the setting.
 */
export function checkSettingsAtStartup(): void {
  settings();
  appSecret();
}
