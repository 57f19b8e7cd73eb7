import { existsSync } from "node:fs";

/**
 * The Chromium the tests drive: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own browser (undefined lets Playwright pick it).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined;
}
