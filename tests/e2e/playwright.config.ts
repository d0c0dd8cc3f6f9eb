// End-to-end tests run against the release build in dist/, served by a plain static server
// from a sub-folder (no rewrites), in Debian's Chromium. Playwright never downloads a browser.
import { defineConfig } from "@playwright/test";

export const BASE_PATH = "/some/sub/path/";
const PORT = 4173;

export default defineConfig({
  testDir: ".",
  outputDir: ".results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
    viewport: { width: 1280, height: 800 },
    trace: "off",
  },
  webServer: {
    command: `node scripts/static-server.mjs --dir dist --port ${PORT} --base ${BASE_PATH}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
