// The composer end to end: a thank-you note drafted from what was entered, edited with live
// checks, copied, opened in the mail app, marked sent; the follow-up's warnings; calendar files.
import { readFile } from "node:fs/promises";
import { test, expect, CandorApp } from "./fixtures";
import type { Page } from "@playwright/test";

test.use({ timezoneId: "Europe/Paris", permissions: ["clipboard-read", "clipboard-write"] });

/** An opportunity with a round that ended at 11:00 Paris time, with one interviewer. */
async function roundWithAna(page: Page, app: CandorApp, { pitch = true } = {}) {
  await page.clock.setFixedTime(new Date("2026-03-03T11:10:00+01:00"));
  if (pitch) {
    await app.open("#/settings");
    await app.field("Your name").fill("Sam Lee");
    await app.field("Your top skills").fill("motion planning, Rust, team leadership");
  }
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  if (pitch) {
    await app.field("Role").fill("Staff engineer");
    await app.field("Key job details").fill("the new motion-planning team\nHybrid, Lyon");
  }
  await app.field("E-mail").fill("dana@northstar.example");
  await page.getByRole("button", { name: "Add an interview round" }).click();
  const round = new URL(page.url()).hash;
  await app.field("Starts").fill("2026-03-03T10:00");
  await app.field("Ends").fill("2026-03-03T11:00");
  await page.getByLabel("New interviewer's name").fill("Ana Ruiz");
  await page.getByRole("button", { name: "Add interviewer" }).click();
  await expect(page.getByRole("group", { name: "Ana Ruiz" })).toBeVisible();
  return { opportunity, round };
}

test("a thank-you note is drafted, checked, edited, copied, mailed and marked sent", async ({ page }) => {
  const app = new CandorApp(page);
  const { opportunity } = await roundWithAna(page, app);

  await app.nav("Today").click();
  const action = page.locator(".action").filter({ hasText: "Thank-you note to Ana Ruiz" });
  await action.getByRole("link", { name: "Write the note" }).click();
  await expect(page.getByRole("heading", { name: "Thank-you note to Ana Ruiz" })).toBeVisible();

  const note = page.getByLabel("Your note");
  await expect(note).toHaveAttribute("spellcheck", "true");
  await expect(note).toHaveValue(/^Dear Ana,\n\nThank you for taking the time to meet me about the Staff engineer role at Acme Robotics\./);
  await expect(note).toHaveValue(/the new motion-planning team/);
  await expect(note).toHaveValue(/motion planning, Rust and team leadership/);
  await expect(note).toHaveValue(/Warm regards,\nSam Lee$/);
  await expect(note).not.toHaveValue(/\[|\{|<|TODO/);
  await expect(page.getByRole("heading", { name: "Checks: 8 of 8 pass" })).toBeVisible();
  await expect(page.locator(".checks__item").filter({ hasText: "Sent within 24 hours" })).toContainText("Due in 24 h");

  await page.getByRole("radio", { name: "Brief" }).check();
  await expect(note).toHaveValue(/^Hi Ana,/);

  // Editing shows the checks live, and the edit is kept across a reload.
  await note.fill((await note.inputValue()).replace("Hi Ana,", "Hi [name],"));
  const placeholders = page.locator(".checks__item").filter({ hasText: "No placeholders" });
  await expect(placeholders).toContainText("needs work");
  await expect(placeholders).toContainText('Found "[name]"');
  await expect(page.locator(".checks__item").filter({ hasText: "Greets Ana by name" })).toContainText("needs work");
  await note.fill((await note.inputValue()).replace("Hi [name],", "Hi Ana,").replace("Best,", "Best wishes,"));
  await expect(page.getByRole("heading", { name: "Checks: 8 of 8 pass" })).toBeVisible();
  await page.reload();
  await expect(note).toHaveValue(/Best wishes,\nSam Lee$/);
  await page.getByRole("radio", { name: "Formal" }).check();
  await expect(note).toHaveValue(/Best wishes,/);

  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await note.inputValue());

  const href = await page.getByRole("link", { name: "Open in mail app" }).getAttribute("href");
  expect(href).toMatch(/^mailto:\?subject=Thank%20you%3A%20Staff%20engineer&body=Hi%20Ana%2C%0D%0A%0D%0AThank%20you/);
  expect(decodeURIComponent(href!.split("&body=")[1]).replace(/\r\n/g, "\n")).toBe(await note.inputValue());

  const finalText = await note.inputValue();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent today at 11:10 AM." })).toBeVisible();
  await expect(page.locator(".sent-note")).toHaveText(finalText);

  await app.nav("Today").click();
  await expect(page.locator(".action").filter({ hasText: "Thank-you note to Ana Ruiz" })).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".action").filter({ hasText: "Thank-you note to Ana Ruiz" })).toHaveCount(0);
  await app.open(opportunity);
  await expect(page.locator(".log__entry").first()).toContainText("Thank-you note sent");
  await expect(page.locator(".log__entry").first()).toContainText("Thank-you note to Ana Ruiz");
});

test("the phone's share sheet gets the note", async ({ page }) => {
  await page.addInitScript(() => {
    (navigator as unknown as { share: (data: unknown) => Promise<void> }).share = (data) => {
      (window as unknown as { shared: unknown }).shared = data;
      return Promise.resolve();
    };
  });
  const app = new CandorApp(page);
  const { round } = await roundWithAna(page, app);
  await page.goto(`./${round}/thank-you`);
  await page.getByRole("link", { name: "Write the note to Ana Ruiz" }).click();
  const text = await page.getByLabel("Your note").inputValue();
  await page.getByRole("button", { name: "Share…" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: unknown }).shared)).toEqual({
    title: "Thank you: Staff engineer",
    text,
  });
});

test("missing facts are asked for instead of leaving placeholders", async ({ page }) => {
  const app = new CandorApp(page);
  const { round } = await roundWithAna(page, app, { pitch: false });
  await page.goto(`./${round}/thank-you`);
  await page.getByRole("link", { name: "Write the note to Ana Ruiz" }).click();
  await expect(page.getByText("A few facts are needed for the draft:")).toBeVisible();
  await expect(page.getByLabel("Your note")).toHaveValue("");
  await page.getByLabel("One detail of the job you discussed").fill("the robot fleet in Lyon");
  await page.getByLabel("Your top skills (separated by commas)").fill("Rust, robotics");
  await page.getByLabel("Your name, to sign with").fill("Sam Lee");
  await expect(page.getByText("A few facts are needed for the draft:")).toHaveCount(0);
  await expect(page.getByLabel("Your note")).toHaveValue(/the robot fleet in Lyon/);
  await expect(page.getByLabel("Your note")).not.toHaveValue(/\[|\{|<|TODO/);
});

test("a follow-up asking for news too soon, or after an unanswered message, is warned about", async ({ page }) => {
  const app = new CandorApp(page);
  const { round } = await roundWithAna(page, app);
  await page.goto(`./${round}/thank-you`);
  await page.getByRole("link", { name: "Write a follow-up to the recruiter" }).click();
  await expect(page.getByRole("heading", { name: "Follow-up to Dana Reyes" })).toBeVisible();
  const note = page.getByLabel("Your note");
  await expect(note).toHaveValue(/the new motion-planning team/);
  await expect(page.getByText("there won't be any yet")).toHaveCount(0);
  await note.fill("Hi Dana, is there any news from Acme?");
  await expect(page.getByText("This asks for news, but there won't be any yet")).toBeVisible();
  const href = await page.getByRole("link", { name: "Open in mail app" }).getAttribute("href");
  expect(href).toMatch(/^mailto:dana@northstar\.example\?subject=Following%20up%3A%20Staff%20engineer&body=/);
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent today at 11:10 AM." })).toBeVisible();

  // The follow-up is in the log as a message to the recruiter: writing again is warned about.
  await expect(page.locator(".sent-note")).toHaveText("Hi Dana, is there any news from Acme?");
  await page.goto(`./${new URL(page.url()).hash.split("/rounds/")[0]}`);
  await expect(page.locator(".log__entry").first()).toContainText("You e-mailed the recruiter");
  await page.getByRole("button", { name: "I e-mailed" }).focus();
  await expect(page.getByText("Your last message has no reply yet")).toBeVisible();
});

test("an interview round and a deadline download as calendar files", async ({ page }) => {
  const app = new CandorApp(page);
  const { round } = await roundWithAna(page, app);
  await page.goto(`./${round}`);
  const [roundFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add to calendar (.ics)" }).click(),
  ]);
  expect(roundFile.suggestedFilename()).toBe("candor-interview.ics");
  const text = await readFile((await roundFile.path())!, "utf8");
  expect(text).toContain("\r\nDTSTART:20260303T090000Z\r\n");
  expect(text).toContain("\r\nDTEND:20260303T100000Z\r\n");
  expect(text).toContain("\r\nSUMMARY:Interview: Acme Robotics\\, round 1\r\n");
  expect(text).toContain("\r\nBEGIN:VALARM\r\n");
  expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

  await app.nav("Today").click();
  const [deadline] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".action").filter({ hasText: "Thank-you note to Ana Ruiz" }).getByRole("button", { name: "Add to calendar" }).click(),
  ]);
  const reminder = await readFile((await deadline.path())!, "utf8");
  expect(reminder).toContain("\r\nDTEND:20260304T100000Z\r\n");
  expect(reminder).toContain("\r\nSUMMARY:Thank-you note to Ana Ruiz (Acme Robotics)\r\n");
});
