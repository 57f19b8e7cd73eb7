import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const executablePath = chromiumPath();

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Journeys of the signed-in area sign in (argon2id), run axe several times and wait for mails:
  // on a busy 2-core machine one of them took over a minute.
  timeout: 150_000,
  // A page after a server action can take several seconds there too.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          // Without these flags Chromium phones home at start, which this network refuses.
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    // Builds the app, seeds a fresh database (data/e2e.db) and serves the production build.
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    // Includes the production build (about 2 minutes on two idle cores; much longer on a busy machine).
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    env: { E2E_PORT: String(port), PUBLIC_URL: baseURL },
    stdout: "pipe",
  },
});
