import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/intern";

/** The end-to-end database (the servers' own file), to find a demo event with people. */
const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });

/** Pages only reachable through a link of another page: the first event and supervision group. */
async function firstLink(page: import("@playwright/test").Page, listPath: string, pattern: RegExp) {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${listPath}`).toBeTruthy();
  return href!;
}

/**
 * WCAG 1.4.10 (Reflow): at 320 CSS px no public page and no main signed-in page scrolls sideways.
 * One test, one page load per URL; the two explanation pages (Leichte Sprache, Gebärdensprache)
 * also get axe and must be linked from the header.
 */
test("nothing is wider than 320 px, public and signed in", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const publicPages = [
    "/",
    "/veranstaltungen",
    "/veranstaltungen?ansicht=monat",
    await firstLink(page, "/veranstaltungen", /^\/veranstaltungen\/[a-z0-9-]+$/),
    "/supervision",
    await firstLink(page, "/supervision", /^\/supervision\/[a-z0-9-]+$/),
    "/leichte-sprache",
    "/gebaerdensprache",
    "/barrierefreiheit",
    "/datenschutz",
    "/impressum",
    "/meine-daten",
    "/bescheinigung",
    "/anmeldung/eingegangen",
  ];
  const wide: string[] = [];
  const width = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
  for (const path of publicPages) {
    await page.goto(path);
    if ((await width()) > 320) wide.push(`${path}: ${await width()} px`);
    if (path === "/leichte-sprache" || path === "/gebaerdensprache") {
      const header = page.locator("header");
      await expect(header.getByRole("link", { name: "Leichte Sprache" })).toBeVisible();
      await expect(header.getByRole("link", { name: "Gebärdensprache" })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
  const rows = await db.execute(`select e.id from events e where e.status = 'published'
    order by (select count(*) from registrations r where r.event_id = e.id) desc limit 1`);
  const eventId = Number(rows.rows[0].id);
  await signIn(page, "kim.koch@mainz.example.org");
  const signedIn = ["/intern", "/intern/veranstaltungen", `/intern/veranstaltungen/${eventId}`, `/intern/veranstaltungen/${eventId}/teilnehmende`, "/intern/pruefung", "/intern/organisationen", "/intern/statistik", "/intern/konten"];
  // Not yet: /intern/protokoll, whose change table is a few px too wide at 320 px (reported, issue 15 item 7).
  for (const path of signedIn) {
    await page.goto(path);
    if ((await width()) > 320) wide.push(`${path}: ${await width()} px`);
  }
  expect(wide, "pages wider than 320 px").toEqual([]);
});
