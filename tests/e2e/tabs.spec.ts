// Several tabs: a change in one appears in the others without a reload, and two tabs editing
// different records both keep their work.
import { test, expect, CandorApp } from "./fixtures";

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
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator("main h1")).toHaveText("Acme");
  // A newer version of Candor in the other tab has written its own format.
  const newer = '{"schema":99,"data":{"fromTheFuture":true}}';
  await other.evaluate((text) => localStorage.setItem("candor", text), newer);
  await expect(app.banner).toContainText("newer version of Candor");
  await app.field("Role").fill("Lead");
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
