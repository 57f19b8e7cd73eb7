import { expect, test, type Page } from "@playwright/test";
import { createTestEvent, createTestGroup } from "./support/test-db";

/**
 * One seat badge everywhere: the calendar list, the home page and the event (or group) page say the
 * same for an event whose deadline passed, a full event and a supervision group; a course with
 * several dates is listed as "3 Termine, ab …", and its page lists every date.
 */

const badge = '[data-badge="seats"]';

/** The list entry of one event, found by searching for its title. */
async function listEntry(page: Page, title: string) {
  await page.goto(`/veranstaltungen?q=${encodeURIComponent(title)}`);
  const entry = page.locator("main li article").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(entry).toHaveCount(1);
  return entry;
}

async function pageBadge(page: Page, path: string) {
  await page.goto(path);
  const found = page.locator(`main ${badge}`);
  await expect(found).toHaveCount(1);
  return (await found.textContent())?.trim();
}

test("the badge of a closed, a full and a supervision event is the same on the list and its page", async ({ page }) => {
  const closed = await createTestEvent({ capacity: 10, confirmed: 5, registrationClosesAt: Date.now() - 3600 * 1000 });
  const full = await createTestEvent({ capacity: 2, confirmed: 2 });
  const group = await createTestGroup(["Greta Badge", "Hans Badge"]);

  for (const [event, expected] of [
    [closed, "Anmeldung geschlossen"],
    [full, "Ausgebucht – Warteliste"],
  ] as const) {
    const entry = await listEntry(page, event.title);
    await expect(entry.locator(badge)).toHaveText(expected);
    expect(await pageBadge(page, `/veranstaltungen/${event.slug}`)).toBe(expected);
  }
  // The closed event's page shows no seat numbers that read like an offer.
  await expect(page.locator("main")).not.toContainText("5 von 10 frei");

  const groupTitle = group.title;
  const groupBadge = await pageBadge(page, `/supervision/${group.slug}`);
  expect(groupBadge).toBe("Plätze frei");
  const entry = await listEntry(page, groupTitle);
  await expect(entry.locator(badge)).toHaveText(groupBadge!);
  // The group has three weekly sessions: the list says so instead of one long range.
  await expect(entry.locator("time")).toHaveText(/^3 Termine, ab \S+ \d+\. \S+ \d{4}, \d\d:\d\d Uhr$/);
  await page.goto("/supervision");
  const card = page.locator("main li article").filter({ has: page.getByRole("link", { name: groupTitle, exact: true }) });
  await expect(card.locator(badge)).toHaveText(groupBadge!);
});

test("the home page shows the same badge as each event's page", async ({ page }) => {
  await page.goto("/");
  const items = page.locator("main li article").filter({ has: page.locator(badge) });
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  const seen: { href: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    seen.push({ href: (await item.getByRole("heading").getByRole("link").getAttribute("href"))!, text: (await item.locator(badge).textContent())!.trim() });
  }
  for (const { href, text } of seen) expect(await pageBadge(page, href), href).toBe(text);
});

test("a course with several dates is listed as 'N Termine, ab …' and its page lists every date", async ({ page }) => {
  const course = await createTestEvent({ capacity: 12, sessions: 3 });
  const entry = await listEntry(page, course.title);
  await expect(entry.locator("time")).toHaveText(/^3 Termine, ab \S+ \d+\. \S+ \d{4}, \d\d:\d\d Uhr$/);
  await expect(entry).not.toContainText(" – ");
  await page.goto(`/veranstaltungen/${course.slug}`);
  await expect(page.locator("main ol li time")).toHaveCount(3);
});
