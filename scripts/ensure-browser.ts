import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/support/browser";

/**
 * Runs before the end-to-end tests: makes sure a Chromium exists. Uses PLAYWRIGHT_CHROMIUM_PATH or
 * /usr/bin/chromium; otherwise Playwright's own browser, installing it where the network allows.
 */
const path = chromiumPath();
if (path) {
  if (!existsSync(path)) {
    console.error(`PLAYWRIGHT_CHROMIUM_PATH zeigt auf ${path}, dort liegt kein Browser.`);
    process.exit(1);
  }
} else if (!existsSync(chromium.executablePath())) {
  console.log("Kein Chromium gefunden – versuche `npx playwright install chromium` …");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("Chromium konnte nicht installiert werden. Unter Debian: apt-get install chromium, oder PLAYWRIGHT_CHROMIUM_PATH setzen.");
    process.exit(1);
  }
}
