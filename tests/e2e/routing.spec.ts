// Routing: links survive reload, back and forward work, the site works from a sub-folder of
// a plain static host, and the page is never blank while the app loads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, CandorApp, storeOnce } from "./fixtures";

test("a deep link to an opportunity opens it directly under a sub-folder", async ({ page, browser }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Initech", "Pat Kim");
  const deepLink = page.url();
  expect(new URL(deepLink).pathname).toBe("/some/sub/path/");

  const stored = await app.savedText("Initech");
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  // The same stored data, then the deep link opened straight away, as from a bookmark.
  await other.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    ["candor", stored!],
  );
  await other.goto(deepLink);
  await expect(other.locator("main h1")).toHaveText("Initech");
  await expect(other.getByLabel("Recruiter's name", { exact: true })).toHaveValue("Pat Kim");
  await fresh.close();
});

test("the static host has no rewrites: only the sub-folder serves the app", async ({ request }) => {
  expect((await request.get("/")).status()).toBe(404);
  expect((await request.get("/some/sub/path/opportunities")).status()).toBe(404);
  expect((await request.get("/some/sub/path/")).status()).toBe(200);
});

test("back and forward move between screens", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open();
  await expect(app.heading).toHaveText("Today");
  await app.nav("Opportunities").click();
  await expect(app.heading).toHaveText("Opportunities");
  await app.nav("Data").click();
  await expect(app.heading).toHaveText("Data");
  await expect(app.nav("Data")).toHaveAttribute("aria-current", "page");

  await page.goBack();
  await expect(app.heading).toHaveText("Opportunities");
  await expect(app.nav("Opportunities")).toHaveAttribute("aria-current", "page");
  await page.goBack();
  await expect(app.heading).toHaveText("Today");
  await page.goForward();
  await expect(app.heading).toHaveText("Opportunities");
  await page.reload();
  await expect(app.heading).toHaveText("Opportunities");
  await expect(page).toHaveTitle("Opportunities · Candor");
});

test("the page's name follows an opportunity renamed, or arriving from another tab", async ({ page, context }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  await expect(page).toHaveTitle("Acme · Candor");
  const address = new URL(page.url()).hash;
  await app.field("Company").fill("Acme Robotics");
  await expect(page).toHaveTitle("Acme Robotics · Candor");
  // Opened in another tab before this one has saved its latest record: "not found" first,
  // then the record once it is saved, and the page's name with it.
  await page.evaluate(() => {
    const held = window as unknown as { writes: TimerHandler[]; real: typeof window.setTimeout };
    held.writes = [];
    held.real = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if (delay !== 300 && delay !== 1000) return held.real(handler, delay, ...rest);
      held.writes.push(handler);
      return 0;
    }) as typeof window.setTimeout;
  });
  await app.nav("Opportunities").click();
  await page.getByLabel("Company", { exact: true }).fill("Globex");
  await page.getByLabel("Recruiter's name", { exact: true }).fill("Sam");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(app.heading).toHaveText("Globex");
  const globex = new URL(page.url()).hash;
  expect(globex).not.toBe(address);
  const other = await context.newPage();
  await other.goto(`./${globex}`);
  await expect(other.locator("main h1")).toHaveText("Opportunity not found");
  await expect(other).toHaveTitle("Opportunity not found · Candor");
  await page.evaluate(() => {
    const held = window as unknown as { writes: TimerHandler[]; real: typeof window.setTimeout };
    window.setTimeout = held.real;
    for (const write of held.writes.splice(0)) (write as () => void)();
  });
  await expect(other.locator("main h1")).toHaveText("Globex");
  await expect(other).toHaveTitle("Globex · Candor");
  await other.close();
});

test("after navigating, focus moves to the new screen's heading", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open();
  await app.nav("Playbook").click();
  await expect(app.heading).toHaveText("Playbooks");
  await expect(app.heading).toBeFocused();
});

test("an unknown address shows a not-found screen with a way back", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/no/such/screen");
  await expect(app.heading).toHaveText("Page not found");
  await expect(page.getByText("#/no/such/screen")).toBeVisible();
  await page.getByRole("link", { name: "Go to Today" }).click();
  await expect(app.heading).toHaveText("Today");
});

test("a link to an opportunity this browser does not have says so", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/opportunities/0123456789abcdef");
  await expect(app.heading).toHaveText("Opportunity not found");
  await expect(page.getByRole("link", { name: "See your opportunities" })).toBeVisible();
});

test("the playbook shows every item with its why and its timing rule", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/playbook");
  await page.getByRole("link", { name: "Candor's playbook" }).click();
  await expect(app.heading).toHaveText("Candor's playbook");
  for (const moment of ["Recruiter's call", "Interview", "Debrief", "Thank-you"]) {
    await expect(page.getByRole("heading", { name: moment, exact: true })).toBeVisible();
  }
  const returnCall = page.locator(".playbook-items li").filter({ hasText: "Return a missed call or voicemail" });
  await expect(returnCall).toContainText("thinks twice");
  await expect(returnCall).toContainText("Due within 24 hours of a missed call or voicemail.");
  await expect(page.getByText("Shows after 5 business days with no news and no date given.")).toBeVisible();
});

test("if the app cannot start, the page says what to do instead of loading forever", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.route(/\.wasm$/, () => {}); // never answered: the app cannot start
  for (const fragment of ["", "#/opportunities"]) {
    await page.goto(`./${fragment}`);
    await page.reload();
    const slow = page.getByText("Still loading? Check your connection and reload the page.");
    await expect(slow).toBeHidden();
    // Skip the 20-second wait: finish the reveal animation now.
    await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
    await expect(slow).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Your recruiter coach" })).toBeVisible();
  await expect(page.getByText("Loading your checklists…")).toBeVisible();
});

/** Holds the app's wasm until `release` is called: the static shell stays on screen. */
async function holdTheApp(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** What Today's first screenful shows in `root` (the shell, `#boot`, or the app, `#main`), and
 * where: the heading, the lead and the empty state. */
async function firstScreenful(page: Page, root: string) {
  const parts = ["h1", ".lead", ".empty-state"].map((part) => page.locator(`${root} ${part}`).filter({ visible: true }));
  const seen = [];
  for (const part of parts) {
    seen.push((await part.count()) ? { text: await part.innerText(), box: await part.boundingBox() } : null);
  }
  return seen;
}

/** The browser's own record of the largest paints, against the first paint. */
async function paints(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ first: number; largest: { at: number; size: number }[] }>((resolve) => {
        const largest: { at: number; size: number }[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LargestContentfulPaint[]) largest.push({ at: entry.startTime, size: entry.size });
        }).observe({ type: "largest-contentful-paint", buffered: true });
        const first = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1;
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve({ first, largest }), 100)));
      }),
  );
}

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`at ${width} px, Today's first screen is painted by the page itself, and the app takes its place without painting anything larger`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const release = await holdTheApp(page);
    await page.goto("./");
    // Before the app: Today's heading, lead and empty state, with working links.
    await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName("Today");
    await expect(page.getByRole("link", { name: "Add an opportunity" })).toBeVisible();
    await expect(page.getByText("Loading your checklists…")).toBeHidden();
    const shell = await firstScreenful(page, "#boot");
    expect(shell.every(Boolean)).toBe(true);
    release();
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
    // The app's Today: the same words at the same place and size.
    expect(await firstScreenful(page, "#main")).toEqual(shell);
    const { first, largest } = await paints(page);
    expect(first).toBeGreaterThan(0);
    expect(largest.length).toBeGreaterThan(0);
    for (const paint of largest) expect(paint.at, "a largest paint after the first paint").toBe(first);
  });
}

test("with a plan to load, the page paints Today's heading and lead, and the plan paints nothing larger", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await storeOnce(page, readFileSync(join(__dirname, "../fixtures/schema-10.json"), "utf8"));
  const release = await holdTheApp(page);
  await page.goto("./");
  await expect(page.getByText("Loading your plan…")).toBeVisible();
  await expect(page.locator("main .empty-state")).toBeHidden();
  const [heading, lead] = await firstScreenful(page, "#boot");
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Due now and next" })).toBeVisible();
  const [appHeading, appLead, empty] = await firstScreenful(page, "#main");
  expect([appHeading, appLead, empty]).toEqual([heading, lead, null]);
  const { first, largest } = await paints(page);
  for (const paint of largest) expect(paint.at, "a largest paint after the first paint").toBe(first);
});

test("a link tapped on the page before the app has started is where the app opens", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto("./");
  await page.getByRole("link", { name: "Add an opportunity" }).click();
  await expect(page).toHaveURL(/#\/opportunities$/);
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("main h1")).toHaveText("Opportunities");
});
