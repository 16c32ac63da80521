// A visitor's journey, a sub-path's and an embedded one, against nginx with deploy/nginx.conf;
// against caddy with deploy/Caddyfile, the visitor's journey as a smoke test.
import { test, expect } from "@playwright/test";
import { Assessment, coreScore } from "../assessment.mjs";
import { APP, openHost, seen } from "../host.mjs";
import { ANSWERS, SERVER, answerRange } from "./served.mjs";

const CORE = coreScore(ANSWERS);

async function journey(page, path) {
  const app = new Assessment(page);
  await app.open(path);
  await app.startButton().click();
  await answerRange(page, 0);
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(CORE.overall));
  await app.expectNoErrors();
}

test(`a visitor answers every question and sees the core's result (${SERVER})`, async ({ page }) => {
  await journey(page, "./");
});

test.describe(() => {
  test.skip(SERVER !== "nginx", "caddy runs the visitor's journey only");

  test("on a firm's sub-path the journey is the same", async ({ page }) => {
    await journey(page, "tools/assessment/");
  });

  test("embedded on a firm's page on another origin, the widget reaches its result", async ({ page }) => {
    await openHost(page, `<div id="w" data-partner-or-vendor data-firm="Acme IT"></div><script src="${APP}embed.js" async></script>`);
    const frame = page.frameLocator("#w iframe");
    await frame.getByRole("button", { name: "Start the assessment" }).click();
    await answerRange(frame, 0);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Your result");
    await expect(frame.getByTestId("overall-index")).toHaveText(String(CORE.overall));
    await expect.poll(async () => (await seen(page, "complete")).map((e) => e.detail.overall)).toEqual([CORE.overall]);
  });
});
