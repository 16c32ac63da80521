// End-to-end journeys in Debian's Chromium (never a downloaded browser), against the release
// build in dist/ served on 127.0.0.1. The servers stop by themselves after 20 minutes at most.
// A firm's page on a second origin (port + 1) is no server: tests/e2e/host.mjs routes it.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  // On two cores, two workers of Chromium with frames of two origins: a test that fails once
  // under that load runs again, and Playwright reports it as flaky (the test command's summary
  // counts them) rather than hiding it.
  retries: 1,
  reporter: [["list"]],
  // The journeys served by nginx and caddy (with the service worker) run from
  // playwright.servers.config.mjs.
  testIgnore: "servers/**",
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // Without the service worker: each journey here sees the network as the app uses it (a
    // worker would answer some requests itself, out of `page.route`'s reach). The worker's
    // own journeys, offline and across an upgrade, run against nginx (tests/e2e/servers/).
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        // A firm's page answered by a route (tests/e2e/host.mjs) counts as one from the
        // internet, and the app on 127.0.0.1 as the local network, which such a page may reach
        // only with the visitor's leave (and then its frame gets no storage). Deployed, both are
        // on the internet, where no such check applies.
        "--disable-features=LocalNetworkAccessChecks",
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${port} --max-seconds 1200`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same build on a firm's sub-path, with the documented Content-Security-Policy.
      command: `node scripts/static-server.mjs dist ${port + 2} --max-seconds 1200 --base /tools/assessment/ --csp`,
      url: `http://127.0.0.1:${port + 2}/tools/assessment/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
