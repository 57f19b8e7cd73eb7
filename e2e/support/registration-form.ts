import type { Locator, Page } from "@playwright/test";

/** The initiative question: "keine" ticks "Ich bin (noch) in keiner Initiative"; a name is typed into the list field. */
export async function chooseInitiative(form: Locator, initiative: string) {
  if (initiative === "keine") return form.getByLabel("Ich bin (noch) in keiner Initiative").check();
  await form.getByLabel("Ich engagiere mich in einer Initiative").check();
  await form.getByLabel("Welche Initiative?").fill(initiative);
}

/** Fills the registration form like a person would, and waits the minimum fill time before sending. */
export async function fillRegistration(page: Page, person: { firstName?: string; lastName?: string; email?: string; initiative?: string; consent?: boolean }) {
  const shownAt = Date.now();
  const form = page.locator("#anmeldung form");
  if (person.firstName !== undefined) await form.getByLabel("Vorname").fill(person.firstName);
  if (person.lastName !== undefined) await form.getByLabel("Nachname").fill(person.lastName);
  if (person.email !== undefined) await form.getByLabel("E-Mail-Adresse").fill(person.email);
  if (person.initiative !== undefined) await chooseInitiative(form, person.initiative);
  if (person.consent) await form.getByLabel(/Ich bin einverstanden/).check();
  // The form refuses submissions faster than REGISTRATION_MIN_FILL_SECONDS (1 s in these tests).
  const wait = 1200 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
}

export const uniqueEmail = (name: string) => `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
