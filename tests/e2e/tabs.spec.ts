// Several tabs: a change in one appears in the others without a reload, two tabs editing
// different records both keep their work, and the same record edited in both at once keeps
// both versions and says so.
import type { Page } from "@playwright/test";
import { test, expect, CandorApp } from "./fixtures";

type Held = { realSetTimeout: typeof window.setTimeout; heldWrites: TimerHandler[] };

/** Holds back the app's wait before writing (1 s after typing, 300 ms after a tap), as if typing went on. */
async function holdWrites(page: Page) {
  await page.evaluate(() => {
    const held = window as unknown as Held;
    held.realSetTimeout = window.setTimeout;
    held.heldWrites = [];
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if (delay !== 1000 && delay !== 300) return held.realSetTimeout(handler, delay, ...rest);
      held.heldWrites.push(handler);
      return 0;
    }) as typeof window.setTimeout;
  });
}

/** Lets the held-back waits run out, as they would once typing stops. */
async function releaseWrites(page: Page) {
  await page.evaluate(() => {
    const held = window as unknown as Held;
    window.setTimeout = held.realSetTimeout;
    for (const handler of held.heldWrites.splice(0)) (handler as () => void)();
  });
}

/** Hides the page as switching to another app does: `document.hidden`, then the event. */
async function hide(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    // As browsers fire it: at the document, bubbling up to the window.
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
}

test("a change in one tab appears in another, and edits to different records both survive", async ({ page, context }) => {
  const first = new CandorApp(page);
  await first.addOpportunity("Acme", "Dana Reyes");
  const acme = new URL(page.url()).hash;

  const other = await context.newPage();
  const second = new CandorApp(other);
  await second.open("#/opportunities");
  await expect(second.row("Acme")).toBeVisible();

  // Added in the first tab: shows in the second without a reload.
  await first.addOpportunity("Globex", "Sam Lee");
  const globex = new URL(page.url()).hash;
  await expect(second.row("Globex")).toBeVisible();

  // Each tab edits a different record at the same time.
  await second.open(globex);
  await first.open(acme);
  await first.field("Role").fill("Staff engineer");
  await second.field("Notes for yourself").fill("Call Sam on Friday");
  await first.field("Location").fill("Lyon");

  await expect(second.field("Notes for yourself")).toHaveValue("Call Sam on Friday");
  await second.open(acme);
  await expect(second.field("Role")).toHaveValue("Staff engineer");
  await expect(second.field("Location")).toHaveValue("Lyon");
  await first.open(globex);
  await expect(first.field("Notes for yourself")).toHaveValue("Call Sam on Friday");

  // And storage holds both.
  await page.reload();
  await expect(first.field("Notes for yourself")).toHaveValue("Call Sam on Friday");
  await first.open(acme);
  await expect(first.field("Role")).toHaveValue("Staff engineer");
  await other.close();
});

test("when another tab saves data this version cannot read, this tab stops writing and says so", async ({ page, context }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  await app.savedText("Acme");
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator("main h1")).toHaveText("Acme");
  // A newer version of Candor in the other tab has written its own format.
  const newer = '{"schema":99,"data":{"fromTheFuture":true}}';
  await other.evaluate((text) => localStorage.setItem("candor", text), newer);
  await expect(app.banner).toContainText("newer version of Candor");
  await app.field("Role").fill("Lead");
  expect(await app.storedText()).toBe(newer);
  // Leaving the page writes pending changes at once: still nothing over the newer data.
  await page.reload();
  await expect(app.banner).toContainText("newer version of Candor");
  expect(await app.storedText()).toBe(newer);
  await other.close();
});

test("typing and closing the tab at once loses nothing", async ({ page, context }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  const url = page.url();
  await app.field("Notes for yourself").pressSequentially("Typed just before closing");
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(reopened.getByLabel("Notes for yourself", { exact: true })).toHaveValue("Typed just before closing");
});

test("the same record edited in two tabs at once keeps both versions and says so", async ({ page, context }) => {
  const first = new CandorApp(page);
  await first.addOpportunity("Acme", "Dana Reyes");
  await first.savedText("Acme");
  const other = await context.newPage();
  const second = new CandorApp(other);
  await second.open(new URL(page.url()).hash);
  await expect(second.heading).toHaveText("Acme");

  // Both tabs change the record before either has written: hold back the short wait before
  // a write in both, type in both, then let the first tab write, then the second.
  for (const app of [first, second]) await holdWrites(app.page);
  await first.field("Role").fill("Staff engineer");
  await second.field("Notes for yourself").fill("Ask about the team size");
  expect(await first.storedText()).not.toContain("Staff engineer");
  await hide(first.page);
  await hide(second.page);
  // Each tab writes what it merged (hidden again, as the writes are still held back). Tabs
  // in separate processes may see each other's writes late; either way, both are told.
  await hide(first.page);
  await hide(second.page);
  for (const app of [first, second]) {
    const notice = app.page.getByRole("status").filter({ hasText: "Changed in two tabs at once" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("link", { name: "Acme", exact: true })).toBeVisible();
  }
  // Typing stops: the short waits run out, and a tab that took in the other's save late (by
  // its storage event) writes what it merged.
  for (const app of [first, second]) await releaseWrites(app.page);

  // Nothing was lost: one version has the role, the other the note, in both tabs and in storage.
  for (const app of [first, second]) {
    await app.open("#/opportunities");
    await expect(app.row("Acme")).toHaveCount(2);
    await expect(app.row("Acme (other version)")).toHaveCount(1);
  }
  const stored = JSON.parse(await first.savedText("other version"));
  const roles = stored.data.opportunities.map((o: { role: string }) => o.role);
  const notes = stored.data.opportunities.map((o: { notes: string }) => o.notes);
  expect(roles).toContain("Staff engineer");
  expect(notes).toContain("Ask about the team size");
  expect(stored.data.opportunities).toHaveLength(2);
  await other.close();
});

test("writes wait while typing, and happen at once when the page is hidden", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  await app.savedText("Acme");
  // Hold back the short wait before a write, as if the candidate were still typing.
  await holdWrites(page);
  await app.field("Notes for yourself").fill("Typed before switching apps");
  expect(await app.storedText()).not.toContain("Typed before switching apps");
  // Switching to another app on a phone hides the page: what was typed is written then.
  await hide(page);
  expect(await app.storedText()).toContain("Typed before switching apps");
});
