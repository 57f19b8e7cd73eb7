import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/intern";

/** The end-to-end database (the servers' own file), to find a demo event with people. */
const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });

/** A published event (the one with most people, for the participants table) and a supervision group. */
async function demoSlugs() {
  const busiest = await db.execute(`select e.id, e.slug from events e where e.status = 'published'
    order by (select count(*) from registrations r where r.event_id = e.id) desc limit 1`);
  const group = await db.execute(`select e.slug from events e join formats f on f.id = e.format_id
    where e.status = 'published' and f.slug = 'gruppensupervision' order by e.starts_at desc limit 1`);
  return { eventId: Number(busiest.rows[0].id), eventSlug: String(busiest.rows[0].slug), groupSlug: String(group.rows[0].slug) };
}

/**
 * WCAG 1.4.10 (Reflow): at 320 CSS px no public page and no main signed-in page scrolls sideways.
 * One test, one page load per URL; the header links to Leichte Sprache and Gebärdensprache must
 * show on a 320 px phone too (axe for those pages: accessibility.spec.ts).
 */
test("nothing is wider than 320 px, public and signed in", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const { eventId, eventSlug, groupSlug } = await demoSlugs();
  const publicPages = [
    "/",
    "/veranstaltungen",
    "/veranstaltungen?ansicht=monat",
    `/veranstaltungen/${eventSlug}`,
    "/supervision",
    `/supervision/${groupSlug}`,
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
  const check = async (path: string) => {
    await page.goto(path);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width} px`);
  };
  for (const path of publicPages) await check(path);
  const header = page.locator("header");
  await expect(header.getByRole("link", { name: "Leichte Sprache" })).toBeInViewport();
  await expect(header.getByRole("link", { name: "Gebärdensprache" })).toBeInViewport();
  await signIn(page, "kim.koch@mainz.example.org");
  const signedIn = ["/intern", "/intern/veranstaltungen", `/intern/veranstaltungen/${eventId}`, `/intern/veranstaltungen/${eventId}/teilnehmende`, "/intern/pruefung", "/intern/organisationen", "/intern/statistik", "/intern/konten", "/intern/protokoll"];
  for (const path of signedIn) await check(path);
  expect(wide, "pages wider than 320 px").toEqual([]);
});
