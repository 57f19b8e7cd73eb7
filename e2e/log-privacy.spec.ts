import { expect, test } from "@playwright/test";
import { mailsTo, manageLink } from "./support/mailbox";
import { fillRegistration, uniqueEmail } from "./support/registration-form";
import { readServerLog } from "./support/server-log";
import { createTestEvent, personalValues } from "./support/test-db";

type LogLine = { event?: string; path?: string; status?: number; requestId?: string; durationMs?: number };

const parsed = (log: string): LogLine[] =>
  log.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });

// The servers' log (JSON lines, scripts/e2e-server.ts keeps it in a file) after a registration:
// one line per request with id, path and status, and nothing that names a person or opens a link.
test("the server log of a registration holds no name, address or token", async ({ page }) => {
  const event = await createTestEvent({ capacity: 5 });
  // Names take letters only: a random suffix of letters makes them unique in the log.
  const suffix = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  const firstName = `Lotta${suffix}`;
  const lastName = `Protokoll${suffix}`;
  const email = uniqueEmail(`lotta.${suffix}`);
  await page.goto(`/veranstaltungen/${event.slug}?suche=${encodeURIComponent(lastName)}`);
  await fillRegistration(page, { firstName, lastName, email, initiative: "keine", consent: true });
  await page.getByRole("button", { name: "Platz reservieren" }).click();
  await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
  const [mail] = await mailsTo(email, (m) => m.subject.startsWith("Anmeldung bestätigt"));
  const link = manageLink(mail);
  const token = link.split("/").at(-1)!;
  await page.goto(link);
  await expect(page.getByText("Sie haben einen Platz.")).toBeVisible();

  // The line of the manage page, with its token blanked out (the log is written asynchronously).
  await expect
    .poll(() => parsed(readServerLog()).some((l) => l.event === "request" && l.path === "/anmeldung/:token" && l.status === 200 && !!l.requestId), { timeout: 10_000 })
    .toBe(true);
  const log = readServerLog();
  const lines = parsed(log);
  expect(lines.some((l) => l.event === "request" && l.path === `/veranstaltungen/${event.slug}` && l.status === 200 && typeof l.durationMs === "number")).toBe(true);
  for (const secret of [firstName, lastName, email, token, encodeURIComponent(email), "suche="]) expect(log, `the log must not contain ${secret}`).not.toContain(secret);
  // Nor any other person the database knows (the demo people, the other tests' registrations so far).
  // Thousands of values against a log of megabytes in the full suite: only values whose every word
  // occurs in the log are searched for as a whole.
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const logWords = new Set(words(log));
  const found = (await personalValues()).filter((value) => words(value).every((w) => logWords.has(w)) && log.includes(value));
  expect(found).toEqual([]);
});
