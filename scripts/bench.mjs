// The benchmark: how Candor's release build behaves with 10, 100 and 1,000 stored
// opportunities, in headless Chromium with the CPU slowed down 4x. For each size it stores a
// realistic document (scripts/bench-data.mjs), opens Today, then the list, then one
// opportunity, types 20 characters into its notes twice, with a pause, and prints:
//   - Today ready: from navigation start until Today's plan is on screen;
//   - list ready: from the tap on "Opportunities" until its rows are on screen;
//   - opportunity open: from the tap on a row until its page shows its notes field;
//   - slowest input: the longest keystroke (Event Timing API: from the key press until the
//     next paint) while typing;
//   - first save, later save: the longest task that wrote to storage while typing and in the
//     pause after it (long tasks only: 0 means under 50 ms), for the first burst of typing
//     after loading and for a second one;
//   - slowest search key: the longest keystroke (Event Timing) while typing a query into the
//     list's search field, back on the list;
//   - search update: the longest task once typing paused (the list then shows the results;
//     0 means under 50 ms);
//   - recruiters ready: from the tap on "Recruiters" until its entries are on screen;
//   - stored: the size of the stored document.
// Each size runs `--runs` times (3 by default, sizes taking turns, after one visit not
// counted) and the median is printed, with the ratio of each size to the smallest one:
// these machines are shared, so ratios within one run are what to compare. It is a benchmark, not a test: it asserts nothing.
//
//   node scripts/build-release.mjs && node scripts/bench.mjs [--sizes 10,100,1000] [--runs 3] [--cpu 4] [--dist dist]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "@playwright/test";
import { makeDocument } from "./bench-data.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const sizes = (args.sizes ?? "10,100,1000").split(",").map(Number);
const runs = Number(args.runs ?? 3);
const cpu = Number(args.cpu ?? 4);
const dist = args.dist ?? "dist";
const PORT = Number(args.port ?? 4177);
const BASE = `http://127.0.0.1:${PORT}/candor/`;
const CHROMIUM_FLAGS = JSON.parse(readFileSync(new URL("../webdriver.json", import.meta.url), "utf8"))["goog:chromeOptions"].args;

// Installed before the app's own scripts: records when Today's plan first shows, every
// keystroke's Event Timing entry, every long task, and when each save wrote to storage.
function instrument() {
  window.__bench = { todayReady: null, events: [], longTasks: [], writes: [] };
  const seen = () => document.querySelector("#due-title") && document.querySelector(".actions, .empty-note");
  new MutationObserver((_, observer) => {
    if (window.__bench.todayReady === null && seen()) {
      window.__bench.todayReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__bench.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === "candor") window.__bench.writes.push(performance.now());
    return setItem.call(this, key, value);
  };
}

/** Resolves with the time from `start()` to the first frame where `done()` holds. */
async function timeUntil(page, startScript, doneScript) {
  return page.evaluate(
    ([startSource, doneSource]) =>
      new Promise((resolve, reject) => {
        const done = new Function(`return (${doneSource});`);
        const t0 = performance.now();
        new Function(startSource)();
        const check = () => {
          if (done()) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 60_000) reject(new Error(`never: ${doneSource}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [startScript, doneScript],
  );
}

async function measure(browser, size) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const text = makeDocument(size);
  await page.goto(`${BASE}manifest.webmanifest`);
  await page.evaluate((stored) => localStorage.setItem("candor", stored), text);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });

  await page.goto(`${BASE}#/today`);
  await page.waitForFunction(() => window.__bench.todayReady !== null, null, { timeout: 120_000 });
  const todayReady = await page.evaluate(() => window.__bench.todayReady);

  const listReady = await timeUntil(
    page,
    "document.querySelector('nav[aria-label=Main] a[href=\"#/opportunities\"]').click()",
    "document.querySelector('.opportunity-row') !== null",
  );
  const openReady = await timeUntil(
    page,
    "document.querySelector('.opportunity-row__link').click()",
    "[...document.querySelectorAll('label')].some((l) => l.textContent.trim() === 'Notes for yourself')",
  );
  const notes = page.getByLabel("Notes for yourself", { exact: true });
  await notes.click();
  await notes.press("End");
  // Twice: the first save after loading also reads the stored document back, as it has no
  // revision token yet (one written by this build has); the second is every later save.
  const bursts = [];
  for (const letters of [" twenty more letters", " and twenty again.."]) {
    const from = await page.evaluate(() => performance.now());
    await page.keyboard.type(letters, { delay: 120 });
    await sleep(2_000);
    bursts.push(await page.evaluate((from) => {
      const { events, longTasks, writes } = window.__bench;
      const keys = events.filter((e) => e.start >= from && /^key|^input|^beforeinput/.test(e.name));
      const saves = longTasks.filter((t) => t.start >= from && writes.some((w) => w >= t.start && w <= t.start + t.duration));
      return {
        slowestInput: Math.max(0, ...keys.map((e) => e.duration)),
        saveTask: Math.max(0, ...saves.map((t) => t.duration)),
        saves: writes.filter((w) => w >= from).length,
      };
    }, from));
  }
  // Back on the list: type a query into its search, a key at a time.
  await timeUntil(
    page,
    "document.querySelector('nav[aria-label=Main] a[href=\"#/opportunities\"]').click()",
    "document.querySelector('#search-opportunities') !== null",
  );
  await page.locator("#search-opportunities").click();
  const typedFrom = await page.evaluate(() => performance.now());
  await page.keyboard.type("senior backend paris", { delay: 120 });
  const pausedAt = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => location.hash.endsWith("q=senior%20backend%20paris"));
  await sleep(1_000);
  const [slowestSearchKey, searchUpdate] = await page.evaluate(([from, paused]) => {
    const keys = window.__bench.events.filter((e) => e.start >= from && /^key|^input|^beforeinput/.test(e.name));
    const tasks = window.__bench.longTasks.filter((t) => t.start >= paused);
    return [Math.max(0, ...keys.map((e) => e.duration)), Math.max(0, ...tasks.map((t) => t.duration))];
  }, [typedFrom, pausedAt]);
  const recruitersReady = await timeUntil(
    page,
    "document.querySelector('a[href=\"#/recruiters\"]').click()",
    "document.querySelector('main h1')?.textContent === 'Recruiters' && document.querySelector('.opportunity-row') !== null",
  );
  const result = {
    slowestSearchKey,
    searchUpdate,
    recruitersReady,
    slowestInput: Math.max(bursts[0].slowestInput, bursts[1].slowestInput),
    firstSave: bursts[0].saveTask,
    saveTask: bursts[1].saveTask,
    saves: bursts[0].saves + bursts[1].saves,
    stored: await page.evaluate(() => localStorage.getItem("candor").length),
  };
  await context.close();
  return { todayReady, listReady, openReady, ...result };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = spawn("node", ["scripts/static-server.mjs", "--dir", dist, "--port", String(PORT), "--base", "/candor/"], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
try {
  for (let tries = 0; tries < 50; tries += 1) {
    if (await fetch(BASE).then((r) => r.ok).catch(() => false)) break;
    await sleep(100);
  }
  // One visit first, not counted: the browser compiles the app's code on its first visit
  // and reuses it after, so without it the first size measured would pay for that.
  await measure(browser, sizes[0]);
  // Sizes take turns in each round, so that a slower spell of the machine hits all alike.
  const all = new Map(sizes.map((size) => [size, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const size of sizes) all.get(size).push(await measure(browser, size));
  }
  const rows = [];
  for (const size of sizes) {
    const measured = all.get(size);
    const row = { size };
    for (const key of Object.keys(measured[0])) row[key] = median(measured.map((r) => r[key]));
    rows.push(row);
    console.error(`measured ${size}: ${JSON.stringify(measured)}`);
  }
  const first = rows[0];
  const ms = (v) => `${Math.round(v)} ms`;
  const ratio = (v, of) => (of > 0 ? ` (${(v / of).toFixed(2)}x)` : "");
  console.log(`Candor benchmark, ${new Date().toISOString().slice(0, 10)}, CPU slowed ${cpu}x, median of ${runs}`);
  console.log("| opportunities | stored | Today ready | list ready | opportunity open | slowest input | first save | later save | saves | slowest search key | search update | recruiters ready |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${Math.round(r.stored / 1024)} KB | ${ms(r.todayReady)}${ratio(r.todayReady, first.todayReady)} | ` +
        `${ms(r.listReady)}${ratio(r.listReady, first.listReady)} | ${ms(r.openReady)}${ratio(r.openReady, first.openReady)} | ` +
        `${ms(r.slowestInput)} | ${ms(r.firstSave)} | ${ms(r.saveTask)} | ${r.saves} | ` +
        `${ms(r.slowestSearchKey)}${ratio(r.slowestSearchKey, first.slowestSearchKey)} | ${ms(r.searchUpdate)} | ${ms(r.recruitersReady)}${ratio(r.recruitersReady, first.recruitersReady)} |`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
