import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { allMailSamples, englishMailSamples } from "./support/mail-samples";

/**
 * Every mail reads on a small phone: each template's HTML, rendered in Chromium 320 px wide, has
 * no horizontal scroll (long links wrap, one column). Needs no page of the app: page.setContent.
 */

const templatesDir = join(process.cwd(), "lib/mail/templates");

/** The names of the template functions exported by lib/mail/templates/*.ts ("…Mail"). */
function exportedTemplates(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(templatesDir).filter((f) => f.endsWith(".ts") && f !== "layout.ts")) {
    for (const m of readFileSync(join(templatesDir, file), "utf8").matchAll(/^export (?:function|const) (\w+Mail)\b/gm)) names.add(m[1]);
  }
  return [...names].sort();
}

test.use({ viewport: { width: 320, height: 640 } });

test("the samples cover every mail template", () => {
  expect(Object.keys(allMailSamples()).sort()).toEqual(exportedTemplates());
});

test("every mail fits 320 px without horizontal scrolling", async ({ page }) => {
  const wide: string[] = [];
  for (const [name, mail] of Object.entries({ ...allMailSamples(), ...englishMailSamples() })) {
    await page.setContent(mail.html);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${name}: ${width} px`);
  }
  expect(wide).toEqual([]);
});
