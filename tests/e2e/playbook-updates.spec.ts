// A coach's playbook over time, in two browser profiles: the coach shares it, the candidate
// keeps it and makes it their own, the coach shares a newer version, the candidate sees what
// changed and takes part of it, and the old link then changes nothing.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect, freshPage, CandorApp } from "./fixtures";

function item(page: Page, key: string, part: string): Locator {
  return page.locator(`#item-${key}-${part}`);
}

/** The coach's share link for their playbook. */
async function shareLink(coach: CandorApp): Promise<string> {
  await coach.open("#/playbook");
  await coach.page.getByRole("link", { name: "Share" }).click();
  await expect(coach.heading).toHaveText(/^Share “/);
  return coach.page.getByLabel("The link", { exact: true }).inputValue();
}

test("a newer version of a kept playbook shows what changed first, and the candidate takes part of it", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  // The coach writes a playbook and shares it.
  const coach = new CandorApp(page);
  await coach.open("#/playbook");
  await page.getByRole("button", { name: "Make my own copy" }).click();
  await coach.field("Name").fill("Ana's playbook");
  await coach.field("Coach's name").fill("Ana Coach");
  await coach.field("A short message from the coach").fill("Start with your pitch.");
  await item(page, "call-pitch", "text").fill("Have your pitch at hand, in three sentences");
  const first = await shareLink(coach);

  // The candidate keeps it, and makes two items their own.
  const [other, problems] = await freshPage(browser, baseURL);
  const candidate = new CandorApp(other);
  await other.goto(first);
  await other.getByRole("button", { name: "Keep this playbook" }).click();
  await expect(candidate.heading).toHaveText("Ana's playbook");
  await item(other, "call-return", "why").fill("My own reason: I lose track after a day.");
  await item(other, "call-honest", "text").fill("Be honest, as I always am");
  await expect.poll(async () => (await candidate.storedText()) ?? "").toContain("Be honest, as I always am");

  // The coach improves it: rewords an item the candidate left alone, rewords the why of one
  // the candidate changed too, adds a step, writes a new message, and shares again.
  await coach.open("#/playbook");
  await page.getByRole("link", { name: "Ana's playbook" }).click();
  await item(page, "call-pitch", "text").fill("Have your pitch at hand: expertise, years, fit");
  await item(page, "call-return", "why").fill("Coach: a recruiter who waits calls someone else.");
  await page.getByRole("button", { name: "Add an item to Interview" }).click();
  await item(page, "own-1", "text").fill("Bring one story about a hard problem");
  await coach.field("A short message from the coach").fill("New: a story for every interview.");
  const second = await shareLink(coach);
  expect(second).not.toBe(first);

  // The candidate opens the newer link: what changed, before anything changes.
  const before = await candidate.storedText();
  await other.goto(second);
  await expect(other.getByRole("heading", { name: "A newer version" })).toBeVisible();
  await expect(other.getByText("your coach changed 3 items", { exact: false })).toBeVisible();
  await expect(other.locator(".coach-note")).toContainText("New: a story for every interview.");
  const offers = other.locator(".update-offer");
  await expect(offers).toHaveCount(3);
  const pitch = offers.filter({ hasText: "Have your pitch at hand: expertise, years, fit" });
  await expect(pitch).toContainText("Reworded");
  await expect(pitch).toContainText("Have your pitch at hand, in three sentences");
  await expect(pitch.getByRole("checkbox")).toBeChecked();
  const added = offers.filter({ hasText: "Bring one story about a hard problem" });
  await expect(added).toContainText("New item");
  await expect(added.getByRole("checkbox")).toBeChecked();
  // Both changed "call-return": shown both ways, the candidate's kept unless they tick.
  const both = offers.filter({ hasText: "You changed this item too" });
  await expect(both).toContainText("Coach: a recruiter who waits calls someone else.");
  await expect(both.getByRole("checkbox")).not.toBeChecked();
  expect(await candidate.storedText()).toBe(before);

  // Accessible in both themes.
  for (const colorScheme of ["light", "dark"] as const) {
    await other.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: other }).analyze();
    expect(results.violations, colorScheme).toEqual([]);
  }

  // The candidate takes the reworded pitch only.
  await added.getByRole("checkbox").uncheck();
  await other.getByRole("button", { name: "Take the ticked changes" }).click();
  await expect(candidate.heading).toHaveText("Ana's playbook");
  await expect(item(other, "call-pitch", "text")).toHaveValue("Have your pitch at hand: expertise, years, fit");
  await expect(item(other, "call-return", "why")).toHaveValue("My own reason: I lose track after a day.");
  await expect(item(other, "call-honest", "text")).toHaveValue("Be honest, as I always am");
  await expect(item(other, "own-1", "text")).toHaveCount(0);

  // The newer link is now up to date, and the old one changes nothing.
  await other.goto(second);
  await expect(other.getByRole("heading", { name: "Up to date" })).toBeVisible();
  // What was taken has reached storage (a tap is written a moment after it).
  await candidate.savedText("New: a story for every interview.");
  const taken = await candidate.storedText();
  await other.goto(first);
  await expect(other.getByRole("heading", { name: "An older version" })).toBeVisible();
  await expect(other.getByText("Nothing changes: your copy stays as it is.")).toBeVisible();
  await other.getByRole("button", { name: "Not now" }).click();
  expect(await candidate.storedText()).toBe(taken);
  expect(problems).toEqual([]);
  await other.context().close();
});
