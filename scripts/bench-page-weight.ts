import { parseArgs } from "node:util";
import { chromium, devices } from "@playwright/test";
import { chromiumPath } from "../e2e/support/browser";

/**
 * npm run bench:page-weight -- --base http://localhost:3820 [--path /veranstaltungen ...]
 *
 * How much JavaScript a visitor's phone loads per public page. It starts no server: point it at a
 * running production build (`next start`). Each page opens in a fresh browser context (cold cache)
 * of Playwright's Chromium with phone emulation (Pixel 7), waits until the network is idle, and
 * reads the scripts from the Resource Timing API: encoded size (as sent, gzipped) and decoded size
 * (unpacked). Inline scripts (React's flight data) are not counted; they are part of the HTML.
 * Scripts loaded later (on a person's first input, say) are not counted either: this is what the
 * page loads by itself. Without --path it measures /, /veranstaltungen, /supervision and the first
 * event page linked from /veranstaltungen that shows the registration form. See docs/benchmarks.md.
 */

const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    path: { type: "string", multiple: true },
    details: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help || !args.base) {
  console.log("npm run bench:page-weight -- --base http://localhost:3820 [--path /a --path /b] [--details]");
  process.exit(args.help ? 0 : 2);
}
const base = args.base.replace(/\/$/, "");

type Script = { url: string; encoded: number; decoded: number };

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    /** One cold page: a new context has an empty cache. */
    const open = async <T>(path: string, read: (page: import("@playwright/test").Page) => Promise<T>) => {
      const context = await browser.newContext({ ...devices["Pixel 7"], locale: "de-DE" });
      try {
        const page = await context.newPage();
        const response = await page.goto(base + path, { waitUntil: "networkidle" });
        if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
        return await read(page);
      } finally {
        await context.close();
      }
    };

    const paths = args.path ?? ["/", "/veranstaltungen", "/supervision", await firstEventPage(open)];
    const rows: { path: string; scripts: Script[] }[] = [];
    for (const path of paths) {
      const scripts = await open(path, (page) =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || /\.m?js(\?|$)/.test(e.name))
            .map((e) => {
              const r = e as PerformanceResourceTiming;
              return { url: r.name, encoded: r.encodedBodySize, decoded: r.decodedBodySize };
            }),
        ),
      );
      rows.push({ path, scripts });
    }

    console.log(`${"page".padEnd(48)} ${"scripts".padStart(7)} ${"gzipped KiB".padStart(12)} ${"unpacked KiB".padStart(13)}`);
    for (const { path, scripts } of rows) {
      const encoded = scripts.reduce((s, x) => s + x.encoded, 0);
      const decoded = scripts.reduce((s, x) => s + x.decoded, 0);
      console.log(`${path.padEnd(48)} ${String(scripts.length).padStart(7)} ${kib(encoded).padStart(12)} ${kib(decoded).padStart(13)}`);
      if (args.details) {
        for (const s of [...scripts].sort((a, b) => b.encoded - a.encoded)) {
          console.log(`    ${kib(s.encoded).padStart(7)} ${kib(s.decoded).padStart(8)}  ${new URL(s.url).pathname}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
}

/** The first event page linked from the calendar that shows the registration form (open for registration). */
async function firstEventPage(open: <T>(path: string, read: (page: import("@playwright/test").Page) => Promise<T>) => Promise<T>) {
  const hrefs = await open("/veranstaltungen", (page) => page.locator('main a[href^="/veranstaltungen/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")));
  for (const href of hrefs.filter((h) => /^\/veranstaltungen\/[^/?]+$/.test(h)).slice(0, 10)) {
    if (await open(href, (page) => page.locator("#anmeldung form").count())) return href;
  }
  throw new Error("none of the first event pages linked from /veranstaltungen shows a registration form");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
