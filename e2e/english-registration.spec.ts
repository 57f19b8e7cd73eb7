import { expect, test, type Page } from "@playwright/test";
import { mailsTo, manageLink } from "./support/mailbox";
import { uniqueEmail } from "./support/registration-form";
import { createTestEvent } from "./support/test-db";

/**
 * Registering in English (issue 16), with JavaScript (the browser checks the schema with the English
 * texts) and without (the server action does): an error in English next to its field keeps what
 * was typed, the result page is the English one, and the mailed manage link opens under /en.
 * The mail's own text is another part's test.
 */
async function registerInEnglish(page: Page) {
  const event = await createTestEvent({ capacity: 5 });
  const email = uniqueEmail("english");
  await page.goto(`/en/veranstaltungen/${event.slug}`);
  const shownAt = Date.now();
  const form = page.locator("#anmeldung form");
  await form.getByLabel("First name").fill("Emma");
  await form.getByLabel("E-mail address").fill("not-an-address");
  await form.getByLabel("I am not in an initiative (yet)").check();
  await form.getByLabel(/I agree that my details are stored/).check();
  // The spam protection refuses a form sent within a second of being shown
  // (REGISTRATION_MIN_FILL_SECONDS), before it looks at the fields: wait it out, or the answer
  // without JavaScript is "too fast" instead of the field errors this test is about.
  const waitFirst = 1200 - (Date.now() - shownAt);
  if (waitFirst > 0) await page.waitForTimeout(waitFirst);
  await form.getByRole("button", { name: "Reserve a place" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Please check your details" })).toBeVisible();
  await expect(form.getByLabel("E-mail address")).toHaveAccessibleDescription(/Please enter a valid e-mail address, for example name@example.com\./);
  await expect(form.getByLabel("Last name")).toHaveAccessibleDescription(/Please enter your last name\.$/);
  await expect(form.getByLabel("First name")).toHaveValue("Emma");
  await expect(form.getByLabel("E-mail address")).toHaveValue("not-an-address");

  await form.getByLabel("Last name").fill("Example");
  await form.getByLabel("E-mail address").fill(email);
  await form.getByRole("button", { name: "Reserve a place" }).click();
  await expect(page).toHaveURL(/\/en\/anmeldung\/eingegangen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for registering");

  const [mail] = await mailsTo(email);
  const path = manageLink(mail);
  await page.goto(path.startsWith("/en/") ? path : `/en${path}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your registration");
  await expect(page.getByText("You have a place.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cancel registration" })).toHaveAttribute("href", /^\/en\/anmeldung\//);
}

test("register in English with JavaScript: errors in English, result and manage page under /en", async ({ page }) => {
  await registerInEnglish(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("register in English without JavaScript: the server answers in English", async ({ page }) => {
    await registerInEnglish(page);
  });
});
