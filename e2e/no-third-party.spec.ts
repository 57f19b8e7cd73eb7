import { expect, test } from "@playwright/test";

test("no page makes a request to another origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  for (const path of ["/", "/veranstaltungen", "/veranstaltungen?ansicht=monat", "/impressum", "/datenschutz", "/barrierefreiheit"]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  await page.goto("/veranstaltungen", { waitUntil: "networkidle" });
  await page.locator("main li article a").first().click();
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
});
