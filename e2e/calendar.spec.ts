import { expect, test } from "@playwright/test";
import { cancelTestEvent, createTestEvent } from "./support/test-db";

test.describe("public calendar", () => {
  test("home page leads to the calendar and an event", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fortbildungen für Ehrenamtliche");
    await expect(page.getByRole("heading", { name: "Die nächsten Veranstaltungen" })).toBeVisible();
    await page.getByRole("link", { name: "Alle Veranstaltungen ansehen" }).first().click();
    await expect(page).toHaveURL(/\/veranstaltungen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Veranstaltungen" })).toBeVisible();
  });

  test("list shows date, format, provider, place and seats; drafts never appear", async ({ page }) => {
    await page.goto("/veranstaltungen");
    const first = page.locator("main li article").first();
    await expect(first.locator("time")).toContainText(/Uhr/);
    await expect(first).toContainText("Anbieter:");
    await expect(page.getByText(/Plätze frei|Nur noch \d+ Pl(atz|ätze)|Ausgebucht – Warteliste|Anmeldung geschlossen|Anmeldung ab/).first()).toBeVisible();
    await expect(page.getByText("Ausgebucht – Warteliste").first()).toBeVisible();
    await expect(page.getByText(/Entwurf:|In Prüfung:|Verein aufgelöst/)).toHaveCount(0);
  });

  test("filters by format through the form and yields a shareable URL", async ({ page }) => {
    await page.goto("/veranstaltungen");
    await page.getByText("Weitere Filter").click();
    await page.getByLabel("Art der Veranstaltung").selectOption({ label: "Gruppensupervision" });
    await page.getByRole("button", { name: "Veranstaltungen anzeigen" }).click();
    await expect(page).toHaveURL(/format=gruppensupervision/);
    const formats = await page.locator("main li article p.text-sm span.font-semibold").allTextContents();
    expect(formats.length).toBeGreaterThan(0);
    expect(new Set(formats)).toEqual(new Set(["Gruppensupervision"]));
    // The URL alone reproduces the result.
    const url = page.url();
    const again = await page.context().newPage();
    await again.goto(url);
    await expect(again.getByLabel("Art der Veranstaltung")).toHaveValue("gruppensupervision");
  });

  test("full-text search ignores accents and finds trainers", async ({ page }) => {
    await page.goto("/veranstaltungen?q=fursorge");
    await expect(page.getByRole("heading", { level: 4, name: /Selbstfürsorge im Ehrenamt/ }).first()).toBeVisible();
    await page.goto("/veranstaltungen?q=Lindner");
    await expect(page.getByRole("heading", { name: /Veranstaltungen? gefunden/ })).not.toHaveText(/^Keine/);
  });

  test("a filter that matches nothing says so and offers a reset", async ({ page }) => {
    await page.goto("/veranstaltungen?q=zzzzunbekannt");
    await expect(page.getByRole("heading", { name: "Keine passende Veranstaltung" })).toBeVisible();
    await page.getByRole("link", { name: /Alle Filter zurücksetzen und alle Veranstaltungen zeigen/ }).click();
    await expect(page).toHaveURL(/\/veranstaltungen$/);
    await expect(page.getByRole("heading", { name: /\d+ Veranstaltungen gefunden/ })).toBeVisible();
  });

  test("only free seats hides full events", async ({ page }) => {
    await page.goto("/veranstaltungen?frei=1");
    await expect(page.getByText("Ausgebucht – Warteliste")).toHaveCount(0);
    await expect(page.getByText(/Plätze frei/).first()).toBeVisible();
  });

  test("paging keeps the filters", async ({ page }) => {
    await page.goto("/veranstaltungen");
    await page.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page).toHaveURL(/seite=2/);
    await expect(page.getByText(/Seite 2 von \d+/)).toBeVisible();
  });

  test("month view shows an accessible grid and moves between months", async ({ page }) => {
    await page.goto("/veranstaltungen");
    await page.getByRole("link", { name: "Monat", exact: true }).click();
    await expect(page).toHaveURL(/ansicht=monat&monat=\d{4}-\d{2}/);
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveCount(7);
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    await page.getByRole("link", { name: /Nächster Monat/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading ?? "");
    await expect(table.getByRole("link").first()).toBeVisible();
  });

  test("past events are listed newest first", async ({ page }) => {
    await page.goto("/veranstaltungen?zeit=vergangen");
    await expect(page.getByRole("heading", { level: 1, name: "Vergangene Veranstaltungen" })).toBeVisible();
    const times = await page.locator("main li article time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect(times.length).toBeGreaterThan(3);
    expect([...times].sort().reverse()).toEqual(times);
    await expect(page.getByText("Vorbei").first()).toBeVisible();
  });

  test("event page shows every fact and offers the .ics", async ({ page }) => {
    await page.goto("/veranstaltungen?format=fortbildung&barrierefrei=1");
    await page.locator("main li article h4 a").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const label of ["Wann", "Wo", "Veranstalter", "Für wen", "Sprache", "Plätze", "Anmeldung bis"]) {
      await expect(page.locator("dt", { hasText: new RegExp(`^${label}$`) })).toBeVisible();
    }
    await expect(page.getByText(/Stufenloser Zugang|Online|online teilnehmen/).first()).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "In meinen Kalender eintragen (.ics)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    await expect(page.getByRole("heading", { name: "Anmeldung" })).toBeVisible();
  });

  test("a cancelled event is marked as cancelled", async ({ page }) => {
    // An event of its own, found by its unique title: paging through a list that other tests
    // change at the same time would be a race.
    const event = await createTestEvent({ capacity: 10 });
    await cancelTestEvent(event.id, "Die Referentin ist erkrankt.");
    await page.goto(`/veranstaltungen?q=${encodeURIComponent(event.title)}`);
    const item = page.locator("main li article", { hasText: event.title });
    await expect(item).toContainText("Abgesagt");
    await item.getByRole("link", { name: event.title }).click();
    await expect(page.getByText("Diese Veranstaltung wurde abgesagt.")).toBeVisible();
    await expect(page.getByText("Grund: Die Referentin ist erkrankt.")).toBeVisible();
    await expect(page.getByText("Anmeldung geschlossen. Die Veranstaltung fällt aus.")).toBeVisible();
  });

  test("unknown pages answer with a German 404", async ({ page }) => {
    const response = await page.goto("/veranstaltungen/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  });
});
