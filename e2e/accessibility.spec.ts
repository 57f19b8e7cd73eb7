import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const pages = [
  "/",
  "/veranstaltungen",
  "/veranstaltungen?format=fortbildung&frei=1",
  "/veranstaltungen?q=zzzzunbekannt",
  "/veranstaltungen?ansicht=monat",
  "/veranstaltungen?zeit=vergangen",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
  "/gebaerdensprache",
  "/gibt-es-nicht",
];

for (const path of pages) {
  test(`axe finds no WCAG 2.1 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    expect(await page.title()).not.toBe("");
    await expectNoAxeViolations(page);
  });
}

test("axe finds no violation on event pages (normal and cancelled)", async ({ page }) => {
  await page.goto("/veranstaltungen");
  await page.locator("main li article h4 a").first().click();
  await expectNoAxeViolations(page);
  const api = await page.request.get("/api/v1/events?q=Trauma&proSeite=5");
  const { data } = (await api.json()) as { data: { slug: string }[] };
  await page.goto(`/veranstaltungen/${data[0].slug}`);
  await expectNoAxeViolations(page);
});

test("the month grid is readable on a phone and on a desktop", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/veranstaltungen?ansicht=monat");
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);
});

test("keyboard: the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto("/veranstaltungen");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhalt$/);
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("main") !== null);
  expect(focused).toBe(true);
});
