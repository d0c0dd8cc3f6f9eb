// At any size: a year of searches (1,000 opportunities, built by the benchmark's generator)
// opens on Today with a screenful first and the rest folded away, the list draws a page at a
// time, an opportunity opens and typing is saved; searches gone quiet close in one tap, with
// an undo; and a nearly full store says so, with what to do. Correctness only: how fast is
// the benchmark's job (scripts/bench.mjs, docs/performance.md).
import { test, expect, CandorApp, storeOnce } from "./fixtures";
// @ts-expect-error: a plain JavaScript module shared with the benchmark.
import { makeDocument } from "../../scripts/bench-data.mjs";

const SCREENFUL = 5;

test("a year of searches: Today shows a screenful first, the list a page at a time, and typing is saved", async ({ page }) => {
  test.setTimeout(90_000);
  const text: string = makeDocument(1000);
  await storeOnce(page, text);
  const app = new CandorApp(page);
  await app.open("#/today");

  const due = page.locator("section[aria-labelledby=due-title]");
  await expect(due.getByRole("heading", { name: "Due now and next" })).toBeVisible();
  const firstCards = due.locator(":scope > ul.actions > li");
  const shownFirst = await firstCards.count();
  expect(shownFirst).toBeGreaterThan(0);
  expect(shownFirst).toBeLessThanOrEqual(SCREENFUL);

  // What has been open a long time is folded away, drawn only once opened, a page at a time.
  const older = page.locator("details").filter({ has: page.locator("summary", { hasText: /^Older, still open \(\d+\)$/ }) });
  await expect(older).toHaveCount(1);
  const olderCount = Number((await older.locator("summary").textContent())!.match(/\d+/)![0]);
  expect(olderCount).toBeGreaterThan(100);
  await expect(older.locator(".action")).toHaveCount(0);
  await older.locator("summary").click();
  await expect(older.locator(".action")).toHaveCount(20);
  await older.getByRole("button", { name: /^Show 20 more/ }).click();
  await expect(older.locator(".action")).toHaveCount(40);

  // Searches gone quiet: the first five (then "Show all"), each closed in one tap, with an undo.
  const quiet = page.locator("section[aria-labelledby=quiet-title]");
  const quietTitle = (await quiet.getByRole("heading").textContent())!;
  const quietCount = Number(quietTitle.match(/\d+/)![0]);
  expect(quietCount).toBeGreaterThan(5);
  await expect(quiet.getByRole("button", { name: /^Close as no reply: / })).toHaveCount(5);
  const firstQuiet = (await quiet.locator("li a").first().textContent())!;
  await quiet.getByRole("button", { name: `Close as no reply: ${firstQuiet}` }).click();
  const closed = page.getByRole("status").filter({ hasText: `${firstQuiet} is closed as no reply.` });
  await expect(closed).toBeVisible();
  // The tapped button went with its line: focus is on the undo.
  await expect(closed.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(quiet.getByRole("heading")).toHaveText(`Gone quiet (${quietCount - 1})`);
  await closed.getByRole("button", { name: "Undo" }).click();
  await expect(quiet.getByRole("heading")).toHaveText(`Gone quiet (${quietCount})`);
  await expect(quiet.locator("li a").first()).toHaveText(firstQuiet);
  await quiet.getByRole("button", { name: `Show all ${quietCount}` }).click();
  await expect(quiet.getByRole("button", { name: /^Close as no reply: / })).toHaveCount(quietCount);

  // The list draws 50 rows, and 50 more when asked.
  await app.nav("Opportunities").click();
  await expect(app.heading).toHaveText("Opportunities");
  await expect(page.locator(".opportunity-row")).toHaveCount(50);
  // (The list leaves out the archived ones.)
  const archived = JSON.parse(text).data.opportunities.filter((o: { archived: boolean }) => o.archived).length;
  await page.getByRole("button", { name: `Show 50 more (${1000 - archived - 50} not shown)` }).click();
  await expect(page.locator(".opportunity-row")).toHaveCount(100);

  // An opportunity opens, and what is typed there is saved.
  const row = page.locator(".opportunity-row__link").nth(70);
  const title = (await row.locator(".opportunity-row__title").textContent())!;
  await row.click();
  await expect(app.heading).toHaveText(title);
  const notes = app.field("Notes for yourself");
  await notes.click();
  await notes.press("End");
  await page.keyboard.type(" Typed with a thousand searches stored.");
  const saved = JSON.parse(await app.savedText("Typed with a thousand searches stored."));
  expect(saved.data.opportunities).toHaveLength(1000);
  await page.reload();
  await expect(app.heading).toHaveText(title);
  await expect(notes).toHaveValue(/Typed with a thousand searches stored\.$/);
});

test("a nearly full store says so on every screen, and the Data screen makes room", async ({ page }) => {
  test.setTimeout(60_000);
  // 1,000 searches and long notes on one of them: 85% of the 5 MB browsers allow.
  const quota = 5 * 1024 * 1024;
  const document = JSON.parse(makeDocument(1000));
  const base = JSON.stringify(document).length;
  // The long notes are on a search still under way, so deleting the closed ones keeps it.
  const largest = document.data.opportunities.find((o: { status: { stage: string } }) => o.status.stage !== "closed");
  largest.notes = "x".repeat(Math.round(0.85 * quota) - base);
  const text = JSON.stringify(document);
  expect(text.length).toBeGreaterThan(0.8 * quota);
  await storeOnce(page, text);
  const app = new CandorApp(page);
  await app.open("#/today");

  const warning = page.getByRole("status").filter({ hasText: "Storage is nearly full" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("of about 5 MB");
  await expect(warning).toContainText("delete the closed opportunities you no longer need");
  await app.nav("Opportunities").click();
  await expect(warning).toBeVisible();
  await warning.getByRole("link", { name: "Make room" }).click();
  await expect(app.heading).toHaveText("Data");
  await expect(page.getByTestId("space-used")).toHaveText(/^4\.\d MB of about 5 MB \(8[4-6]\.\d%\)$/);

  const room = page.locator("section[aria-labelledby=room-title]");
  await expect(room.getByRole("listitem").first()).toContainText(largest.company);
  const closed = document.data.opportunities.filter((o: { status: { stage: string } }) => o.status.stage === "closed").length;
  page.once("dialog", (dialog) => dialog.accept());
  await room.getByRole("button", { name: `Delete ${closed} closed opportunities` }).click();
  await expect(room.getByRole("status")).toHaveText(`Deleted ${closed} closed opportunities.`);
  // Once saved, storage holds only the rest, and there is room again.
  await expect
    .poll(async () => JSON.parse((await app.storedText())!).data.opportunities.length)
    .toBe(1000 - closed);
  await expect(warning).toHaveCount(0);
  await expect(room).toHaveCount(0);

  // One opportunity can be deleted for good from its page, after a confirmation.
  await app.open(`#/opportunities/${largest.id}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(app.heading).toHaveText("Opportunities");
  await expect
    .poll(async () => JSON.parse((await app.storedText())!).data.opportunities.map((o: { id: string }) => o.id))
    .not.toContain(largest.id);
});
