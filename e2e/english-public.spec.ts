import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createTestEvent, setEnglishEventText } from "./support/test-db";

/**
 * The public side in English (issue 16): /en pages in English with <html lang="en">, German event
 * text inside them marked lang="de", the filters working without JavaScript, the language switch
 * keeping page and filters, and axe on the English pages.
 */

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("browse and filter in English, then switch to German on the same filtered list", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Free training for volunteers who support refugees");
    await page.getByRole("link", { name: "See all events" }).first().click();
    await expect(page).toHaveURL(/\/en\/veranstaltungen$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events");

    await page.getByLabel("Search", { exact: true }).fill("Asylrecht");
    await page.getByText("More filters").click();
    await page.getByLabel("Type of event").selectOption("fortbildung");
    await page.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/\/en\/veranstaltungen\?.*q=Asylrecht/);
    await expect(page).toHaveURL(/format=fortbildung/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#results-heading")).toContainText(/\d+ events? found/);
    await expect(page.locator('[data-chip="format"]')).toContainText("Type:");
    // No seeded event has an English title: the German title is shown, marked as German.
    const firstTitle = page.locator("main li article h4 a").first();
    await expect(firstTitle.locator('[lang="de"]')).toContainText("Asylrecht");
    await expect(page.locator('[data-badge="seats"]').first()).toHaveText(/Places available|Only \d+ places? left|Fully booked|Registration|Cancelled|Over/);

    // The event page keeps the way back to this filtered list, in English.
    await firstTitle.click();
    await expect(page).toHaveURL(/\/en\/veranstaltungen\/[^?]+\?zurueck=/);
    await expect(page.getByRole("heading", { level: 1 }).locator('[lang="de"]')).toContainText("Asylrecht");
    await expect(page.locator("#beschreibung + div")).toHaveAttribute("lang", "de");
    const back = page.getByRole("link", { name: "Back to all events" });
    await expect(back).toHaveAttribute("href", /^\/en\/veranstaltungen\?.*format=fortbildung/);
    await back.click();

    // The language switch: the same list with the same filters, in German.
    await page.getByRole("link", { name: "Diese Seite auf Deutsch" }).click();
    await expect(page).toHaveURL(/\/veranstaltungen\?.*q=Asylrecht/);
    expect(new URL(page.url()).pathname).toBe("/veranstaltungen");
    await expect(page).toHaveURL(/format=fortbildung/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veranstaltungen");
    await expect(page.getByLabel("Suche", { exact: true })).toHaveValue("Asylrecht");
    await expect(page.locator("main li article h4 a").first().locator("[lang]")).toHaveCount(0);
  });
});

test("an English title where the organiser wrote one, the German title on the German page; axe on the English event page", async ({ page }) => {
  const event = await createTestEvent({ capacity: 3, confirmed: 2 });
  await setEnglishEventText(event.id, `Test event ${event.slug} in English`, "An event for the tests only.");

  await page.goto(`/en/veranstaltungen/${event.slug}`);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(`Test event ${event.slug} in English`);
  await expect(h1.locator("[lang]")).toHaveCount(0);
  await expect(page.getByText("An event for the tests only.")).toBeVisible();
  await expect(page.getByTestId("register-call").locator('[data-badge="seats"]')).toHaveText("Only 1 place left");
  // British dates, no "Uhr": "Registration closes: Thu 17 Dec 2026, 17:00".
  await expect(page.getByTestId("register-call")).toContainText(/Registration closes: [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/en/veranstaltungen/${event.slug}$`));
  await expectNoAxeViolations(page);

  // The German page keeps the German title (without the remembered language, which would lead a
  // typed German address back to English).
  await page.context().clearCookies();
  await page.goto(`/veranstaltungen/${event.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
});

test("axe on the English home page and calendar; the 404 in English", async ({ page }) => {
  for (const path of ["/en", "/en/veranstaltungen"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
  }

  const missing = await page.goto("/en/gibt-es-nicht");
  expect(missing?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
