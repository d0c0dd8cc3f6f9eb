// Runs Lighthouse (mobile settings, applied throttling, the system's Chromium) on the
// release build in dist/,
// served from a sub-folder by the plain static server, and checks the scores:
// Performance at least 95, Accessibility 100, Best Practices 100.
//
//   node scripts/lighthouse.mjs          (after trunk build --release --offline)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = 4176;
const BASE = `http://127.0.0.1:${PORT}/candor/`;
const PAGES = [
  ["Today", `${BASE}#/today`],
  ["Opportunities", `${BASE}#/opportunities`],
];
// The same Chromium flags as every other browser test (webdriver.json).
const CHROMIUM_FLAGS = JSON.parse(readFileSync(new URL("../webdriver.json", import.meta.url), "utf8"))["goog:chromeOptions"].args;
const MINIMUM = { performance: 95, accessibility: 100, "best-practices": 100 };

const server = spawn("node", ["scripts/static-server.mjs", "--dir", "dist", "--port", String(PORT), "--base", "/candor/"], {
  stdio: "ignore",
});
let chrome;
let passed = 0;
let failed = 0;
try {
  for (let tries = 0; tries < 50; tries += 1) {
    if (await fetch(BASE).then((r) => r.ok).catch(() => false)) break;
    await sleep(100);
  }
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROMIUM_FLAGS,
  });
  for (const [name, url] of PAGES) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: Object.keys(MINIMUM),
      // Mobile settings with the network and CPU really slowed down (slow 4G, 4x CPU),
      // rather than simulated from an unthrottled load: on a local server the simulation
      // charges the wasm download to the first paint, which it does not delay.
      throttlingMethod: "devtools",
    });
    const { categories, audits } = result.lhr;
    for (const [key, minimum] of Object.entries(MINIMUM)) {
      const score = Math.round((categories[key]?.score ?? 0) * 100);
      const ok = score >= minimum;
      console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${categories[key]?.title ?? key} ${score} (at least ${minimum})`);
      if (ok) {
        passed += 1;
      } else {
        failed += 1;
        const weak = Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative")
          .map((audit) => `       - ${audit.id}: ${audit.displayValue ?? audit.score}`);
        console.log(weak.slice(0, 12).join("\n"));
      }
    }
    const metric = (id) => audits[id]?.displayValue ?? "n/a";
    console.log(`     ${name}: FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`);
  }
} finally {
  await chrome?.kill();
  server.kill();
}
console.log(`Lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
