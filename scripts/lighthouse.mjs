// Runs Lighthouse (mobile settings, the system's Chromium) on the release build in dist/,
// served from a sub-folder by the gzip-serving static server, and checks the scores:
// - applied ("devtools") throttling on Today and Opportunities: Performance at least 95,
//   Accessibility 100, Best Practices 100;
// - Lighthouse's defaults (simulated slow 4G and 4x CPU) on Today, median of three runs:
//   Performance at least 98 and "interactive" at most 2.0 s.
//
//   node scripts/lighthouse.mjs          (after node scripts/build-release.mjs)
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

  // Lighthouse's own defaults: the load is simulated on a slow phone and network.
  const simulated = [];
  for (let run = 0; run < 3; run += 1) {
    const { lhr } = await lighthouse(PAGES[0][1], {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    simulated.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      interactive: lhr.audits.interactive.numericValue,
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
    });
  }
  const median = (key) => simulated.map((run) => run[key]).sort((a, b) => a - b)[1];
  const checks = [
    [`Performance ${median("performance")} (at least 98)`, median("performance") >= 98],
    [`interactive ${(median("interactive") / 1000).toFixed(1)} s (at most 2.0 s)`, median("interactive") <= 2000],
  ];
  for (const [what, ok] of checks) {
    console.log(`${ok ? "ok  " : "FAIL"} Today, simulated throttling, median of 3: ${what}`);
    if (ok) passed += 1;
    else failed += 1;
  }
  console.log(
    `     Today, simulated: ${simulated.map((r) => `${r.performance} / TTI ${(r.interactive / 1000).toFixed(1)} s / LCP ${(r.lcp / 1000).toFixed(1)} s`).join("; ")}`,
  );
} finally {
  await chrome?.kill();
  server.kill();
}
console.log(`Lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
