// End-to-end tests run against the release build in dist/, served by a plain static server
// from a sub-folder (no rewrites), in Debian's Chromium. Playwright never downloads a browser.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// One list of Chromium flags for every browser test: the one wasm-bindgen-test reads from
// webdriver.json (Playwright sets headless itself). Without the networking flags Chromium
// keeps trying to reach the internet, which this project never does.
const CHROMIUM_FLAGS: string[] = JSON.parse(
  readFileSync(join(__dirname, "../../webdriver.json"), "utf8"),
)["goog:chromeOptions"].args.filter((flag: string) => !flag.startsWith("--headless"));

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
      args: CHROMIUM_FLAGS,
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
