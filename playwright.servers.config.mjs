// The journeys against the web servers firms use (tests/e2e/servers/): the release in dist/
// served by Debian's nginx with deploy/nginx.conf, or by caddy with deploy/Caddyfile, as
// shipped but for address and root (scripts/serve-with), with a firm's page on a second origin
// (routed by tests/e2e/host.mjs).
//   SERVER=nginx E2E_PORT=4273 npx playwright test -c playwright.servers.config.mjs
// Service workers are allowed here: the offline and upgrade journeys need them.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config.mjs";

const server = process.env.SERVER ?? "nginx";
const port = Number(process.env.E2E_PORT ?? 4273);

export default defineConfig({
  ...base,
  testDir: "tests/e2e/servers",
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/`, serviceWorkers: "allow" },
  webServer: [
    {
      command: `scripts/serve-with ${server} ${port} --max-seconds 900`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
