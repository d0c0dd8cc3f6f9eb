// The coach board and private links, end to end: a candidate shares snapshots, a coach in
// another browser profile keeps them on the board (never automatically), a newer snapshot
// replaces the card, a card can be removed (with undo), and the board goes into backups. A
// link locked with a passphrase travels from the share screen to a fresh profile; a wrong
// passphrase says so and changes nothing; a tampered link is refused.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect, freshPage, CandorApp } from "./fixtures";

/** The candidate's snapshot link of their opportunity, from its share screen. */
async function shareLink(page: Page, app: CandorApp, opportunity: string): Promise<string> {
  await app.open(`${opportunity}/share`);
  return page.getByLabel("The link", { exact: true }).inputValue();
}

/** Lee Park's app with one opportunity, Acme Robotics with Dana Reyes; and its address. */
async function leeAtAcme(page: Page): Promise<[CandorApp, string]> {
  const candidate = new CandorApp(page);
  await candidate.open("#/settings");
  await candidate.field("Your name").fill("Lee Park");
  await candidate.addOpportunity("Acme Robotics", "Dana Reyes");
  return [candidate, new URL(page.url()).hash];
}

test("a coach keeps snapshots on the board; a newer one replaces the card; the board is backed up", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const [candidate, opportunity] = await leeAtAcme(page);
  await page.getByRole("button", { name: "Missed their call" }).click();
  const first = await shareLink(page, candidate, opportunity);
  expect(first).toContain("#/view/s3.");

  const [other, problems] = await freshPage(browser, baseURL);
  const coach = new CandorApp(other);
  await coach.open("#/board");
  await expect(other.getByRole("heading", { name: "No candidates on your board yet" })).toBeVisible();
  await other.goto(first);
  await expect(coach.heading).toHaveText("Acme Robotics");
  await expect(other.getByText("Next step: Return Dana Reyes's call")).toBeVisible();
  // Nothing is kept until the coach asks.
  expect(await coach.storedText()).toBeNull();
  await other.getByRole("button", { name: "Keep on my coach board" }).click();
  await expect(other.getByText(/^On your coach board \(snapshot taken/)).toBeVisible();
  await coach.savedText('"board":[{"key"');
  await other.getByRole("link", { name: "See your coach board" }).click();
  await expect(coach.heading).toHaveText("Coach board");
  const card = other.locator(".board-card");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("Lee Park");
  await expect(card).toContainText("Acme Robotics");
  await expect(card).toContainText("Recruiter's call");
  await expect(card).toContainText(/Return Dana Reyes's call: due in 2\d hours/);

  // The candidate moves on and sends a newer snapshot: it replaces the card, with both dates.
  await candidate.open(opportunity);
  await candidate.field("Where it stands").selectOption({ label: "Interviewing" });
  await candidate.savedText('"stage":"interviewing"');
  // A round and its debrief: the card shows the interest and the concerns.
  await page.getByRole("button", { name: "Add an interview round" }).click();
  const round = new URL(page.url()).hash;
  await candidate.open(`${round}/debrief`);
  await page.getByRole("radio", { name: "4" }).check();
  await candidate.field("Your concerns").fill("The commute, twice a week");
  await candidate.savedText("The commute, twice a week");
  const second = await shareLink(page, candidate, opportunity);
  expect(second).not.toBe(first);
  await other.goto(second);
  await expect(other.getByText(/Your board has an older snapshot of this opportunity, taken .*\. This one was taken /)).toBeVisible();
  await other.getByRole("button", { name: "Replace it with this one" }).click();
  await expect(other.getByText(/^On your coach board/)).toBeVisible();
  // The older link, opened again, is shown but not kept.
  await other.goto(first);
  await expect(other.getByText(/Your board has a newer snapshot of this opportunity/)).toBeVisible();
  await expect(other.getByRole("button", { name: /Keep|Replace/ })).toHaveCount(0);
  await coach.open("#/board");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("Interviewing");
  await expect(card.getByRole("definition").first()).toHaveText("4 of 5");
  await expect(card).toContainText("Their concernsThe commute, twice a week");
  // Opening a card shows its whole snapshot.
  await other.getByRole("link", { name: "Open the snapshot: Lee Park: Acme Robotics" }).click();
  await expect(coach.heading).toHaveText("Acme Robotics");
  await expect(other.getByText(/^Lee Park · Interviewing · snapshot taken/)).toBeVisible();

  // The board goes into backups.
  await coach.open("#/data");
  const [file] = await Promise.all([
    other.waitForEvent("download"),
    other.getByRole("button", { name: "Save a backup", exact: true }).click(),
  ]);
  const backup = JSON.parse(await readFile((await file.path())!, "utf8"));
  expect(backup.data.board).toHaveLength(1);
  expect(backup.data.board[0].link).toBe(second.split("#/view/")[1]);
  expect(backup.data.opportunities).toEqual([]);

  // Removing a card, then undoing it.
  await coach.open("#/board");
  await other.getByRole("button", { name: "Remove Lee Park: Acme Robotics from the board" }).click();
  await expect(card).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Undo" })).toBeFocused();
  await other.getByRole("button", { name: "Undo" }).click();
  await expect(card).toHaveCount(1);
  await other.getByRole("button", { name: "Remove Lee Park: Acme Robotics from the board" }).click();
  await expect(other.getByRole("heading", { name: "No candidates on your board yet" })).toBeVisible();
  await coach.savedText('"board":[]');
  expect(problems).toEqual([]);
  await other.context().close();
});

test("a card shows its snapshot's age; after a week it suggests a new one; the coach's message opens the candidate's share screen", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const [candidate, opportunity] = await leeAtAcme(page);
  // The candidate includes a way to reach them; it is kept with their pitch.
  await candidate.open(`${opportunity}/share`);
  await page.getByLabel("My e-mail or phone, so my coach can ask for a newer snapshot").check();
  await expect(page.getByText("Write it above to include it")).toBeVisible();
  await page.getByLabel("Your e-mail or phone", { exact: true }).fill("lee@example.com");
  await expect(page.locator("ul.contains").first()).toContainText("Your e-mail or phone, lee@example.com, for your coach");
  await candidate.savedText('"contact":"lee@example.com"');
  const link = await page.getByLabel("The link", { exact: true }).inputValue();
  expect(link).toContain("#/view/s3.");

  const [other, problems] = await freshPage(browser, baseURL);
  const coach = new CandorApp(other);
  const kept = Date.now();
  await other.clock.setFixedTime(new Date(kept));
  await other.goto(link);
  await other.getByRole("button", { name: "Keep on my coach board" }).click();
  await coach.open("#/board");
  const card = other.locator(".board-card");
  await expect(card).toContainText("snapshot taken less than an hour ago");
  await expect(card.locator(".board-card__stale")).toHaveCount(0);

  // Eight days later the card suggests asking for a new snapshot.
  await other.clock.setFixedTime(new Date(kept + 8 * 24 * 3600 * 1000));
  await other.reload();
  await expect(card).toContainText("snapshot taken 8 days ago");
  await expect(card.locator(".board-card__stale")).toHaveText(
    "This snapshot was taken 8 days ago: ask Lee Park for a new one to see where things stand.",
  );
  await other.getByText("Ask for a new snapshot", { exact: true }).click();
  await expect(card.locator(".board-card__message")).toContainText("Hi Lee,");
  const email = other.getByRole("link", { name: "E-mail Lee Park" });
  const href = (await email.getAttribute("href"))!;
  expect(href).toMatch(/^mailto:lee@example\.com\?subject=A%20new%20snapshot%20of%20Acme%20Robotics/);
  const body = new URLSearchParams(href.split("?")[1]).get("body")!;
  const share = body.match(/https?:\/\/\S+/)![0];
  expect(share).toBe(`${new URL(baseURL!).origin}${new URL(page.url()).pathname}${opportunity}/share`);
  await other.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await other.getByRole("button", { name: "Copy the message" }).click();
  await expect(card.getByRole("status")).toHaveText("Message copied: paste it into your message to them.");
  expect(await other.evaluate(() => navigator.clipboard.readText())).toContain(share);

  // On the candidate's device the link opens that opportunity's share screen.
  await page.goto(share);
  await expect(candidate.heading).toHaveText("Share with your coach");
  await expect(page.getByRole("link", { name: /Acme Robotics/ }).first()).toBeVisible();
  // Anywhere else it says the opportunity is not there.
  await other.goto(share);
  await expect(coach.heading).toHaveText("Opportunity not found");
  await expect(other.getByText("This opportunity is not in this browser.")).toBeVisible();
  expect(problems).toEqual([]);
  await other.context().close();
});

test("a link locked with a passphrase opens in a fresh profile only with it", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const candidate = new CandorApp(page);
  await candidate.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  const plain = await shareLink(page, candidate, opportunity);
  const passphrase = page.getByLabel("Passphrase", { exact: true });
  await expect(passphrase).toHaveAttribute("type", "password");
  // Too short: said, and nothing locked.
  await passphrase.fill("otter");
  await page.getByRole("button", { name: "Lock the link" }).click();
  await expect(page.getByRole("alert")).toContainText("at least 8 characters");
  await expect(passphrase).toBeFocused();
  expect(await page.getByLabel("The link", { exact: true }).inputValue()).toBe(plain);
  await page.getByRole("checkbox", { name: "Show the passphrase" }).check();
  await expect(passphrase).toHaveAttribute("type", "text");
  await passphrase.fill("otter lantern violet");
  await page.getByRole("button", { name: "Lock the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Locked." })).toContainText("Send the passphrase another way");
  const locked = await page.getByLabel("The link", { exact: true }).inputValue();
  expect(locked).toContain("#/view/l1.");
  expect(locked).not.toContain("otter");
  expect(locked).not.toContain(plain.split("#/view/")[1].slice(0, 20));

  const [other, problems] = await freshPage(browser, baseURL);
  const coach = new CandorApp(other);
  await other.goto(locked);
  await expect(coach.heading).toHaveText("This link is locked");
  const unlock = other.getByLabel("Passphrase", { exact: true });
  await unlock.fill("otter lantern Violet");
  await other.getByRole("button", { name: "Open the link" }).click();
  await expect(other.getByRole("alert")).toContainText("That passphrase does not open this link");
  await expect(unlock).toBeFocused();
  await expect(coach.heading).toHaveText("This link is locked");
  expect(await coach.storedText()).toBeNull();
  await unlock.fill("otter lantern violet");
  await other.getByRole("button", { name: "Open the link" }).click();
  await expect(coach.heading).toHaveText("Acme Robotics");
  await expect(coach.heading).toBeFocused();
  await expect(other.getByText("Read-only.")).toBeVisible();
  // The address still holds the locked link only.
  expect(new URL(other.url()).hash).toContain("/view/l1.");
  await other.getByRole("button", { name: "Keep on my coach board" }).click();
  await coach.savedText('"board":[{"key"');

  // One character changed: refused as damaged before any passphrase is asked.
  const hash = new URL(locked).hash;
  const at = hash.length - 5;
  const tampered = hash.slice(0, at) + (hash[at] === "A" ? "B" : "A") + hash.slice(at + 1);
  const before = await coach.storedText();
  await coach.open(tampered);
  await expect(coach.heading).toHaveText("This link can't be opened");
  await expect(other.getByRole("alert")).toContainText("damaged");
  expect(await coach.storedText()).toBe(before);
  expect(problems).toEqual([]);
  await other.context().close();
});

test("a locked playbook link previews and imports once opened", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const app = new CandorApp(page);
  await app.open("#/playbook");
  await page.getByRole("button", { name: "Make my own copy" }).click();
  await expect(app.heading).toHaveText("My playbook");
  await app.field("Name").fill("Kim's playbook");
  await app.open(`${new URL(page.url()).hash}/share`);
  await page.getByLabel("Passphrase", { exact: true }).fill("harbour maple seven");
  await page.getByRole("button", { name: "Lock the link" }).click();
  await expect(page.getByRole("button", { name: "Remove the lock" })).toBeVisible();
  const locked = await page.getByLabel("The link", { exact: true }).inputValue();
  expect(locked).toContain("#/import/l1.");

  const [other, problems] = await freshPage(browser, baseURL);
  const candidate = new CandorApp(other);
  await other.goto(locked);
  await expect(candidate.heading).toHaveText("This link is locked");
  await other.getByLabel("Passphrase", { exact: true }).fill("harbour maple seven");
  await other.getByRole("button", { name: "Open the link" }).click();
  await expect(candidate.heading).toContainText("Kim's playbook");
  await other.getByRole("button", { name: "Keep this playbook" }).click();
  await candidate.savedText("Kim's playbook");
  expect(problems).toEqual([]);
  await other.context().close();

  // The lock can be taken off again on the share screen.
  await page.getByRole("button", { name: "Remove the lock" }).click();
  expect(await page.getByLabel("The link", { exact: true }).inputValue()).toContain("#/import/p1.");
});
