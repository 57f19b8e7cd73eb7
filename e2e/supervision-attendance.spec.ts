import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/intern";
import { createTestGroup } from "./support/test-db";

/**
 * Attendance of a supervision group: the office opens a group's attendance page, marks members
 * for a session (with and without JavaScript) and sees the overview's figures change; another
 * partner organisation gets a 404.
 */

/** A group of this spec's own (other specs change the demo groups), members sorted by name. */
async function demoGroup() {
  const group = await createTestGroup(["Aylin Arslan", "Bernd Brandt", "Carla Conti", "David Dorn"]);
  return { ...group, members: [...group.members].sort((a, b) => a.name.localeCompare(b.name, "de")) };
}

const card = (page: Page, registrationId: number) => page.locator(`#person-${registrationId}`);

test.describe("attendance of a supervision group", () => {
  test("the office marks two members for a session and the overview counts them", async ({ page }) => {
    const group = await demoGroup();
    const total = group.members.length;
    const [first, second] = group.members;
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto(`/intern/veranstaltungen/${group.id}/anwesenheit?termin=${group.sessionIds[0]}`);
    await expect(page.getByRole("heading", { level: 1, name: "Anwesenheit" })).toBeVisible();
    await expect(page.getByText(`0 von ${total} anwesend, 0 nicht anwesend`)).toBeVisible();
    await expectNoAxeViolations(page);

    await card(page, first.id).getByRole("button", { name: `${first.name}: anwesend` }).click();
    await expect(page.getByText(`1 von ${total} anwesend, 0 nicht anwesend`)).toBeVisible();
    await expect(card(page, first.id)).toContainText("Anwesend");
    await card(page, second.id).getByRole("button", { name: `${second.name}: nicht anwesend` }).click();
    await expect(page.getByText(`1 von ${total} anwesend, 1 nicht anwesend`)).toBeVisible();
    await expect(card(page, second.id)).toContainText("Nicht anwesend");

    // The overview: per member and per session.
    await expect(page.getByTestId(`total-${first.id}`)).toContainText(`1 von ${group.sessionIds.length}`);
    await expect(page.getByTestId(`total-${second.id}`)).toContainText(`0 von ${group.sessionIds.length}`);
    await expect(page.getByTestId(`session-total-${group.sessionIds[0]}`)).toHaveText(`1 von ${total}`);
    const row = page.getByRole("row", { name: new RegExp(first.name) });
    await expect(row.getByText("anwesend", { exact: true })).toHaveCount(1);
  });

  test("without JavaScript: a tap marks the member and the page returns to the same card", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const group = await demoGroup();
    const third = group.members[2];
    const session = group.sessionIds[1];
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto(`/intern/veranstaltungen/${group.id}/anwesenheit?termin=${session}`);
    await card(page, third.id).getByRole("button", { name: `${third.name}: anwesend` }).click();
    await expect(page).toHaveURL(new RegExp(`anwesenheit\\?termin=${session}#person-${third.id}$`));
    await expect(card(page, third.id)).toContainText("Anwesend");
    await expect(page.getByTestId(`total-${third.id}`)).toContainText(`1 von ${group.sessionIds.length}`);
    await expect(page.getByTestId(`session-total-${session}`)).toHaveText(`1 von ${group.members.length}`);
    await context.close();
  });

  test("another partner organisation gets a 404", async ({ page }) => {
    const group = await demoGroup();
    await signIn(page, "anna.adler@vhs-am-rhein.example.org");
    const response = await page.goto(`/intern/veranstaltungen/${group.id}/anwesenheit`);
    expect(response?.status()).toBe(404);
  });
});
