// The guided moments end to end, on a controlled clock in a fixed time zone: a voicemail is
// returned, a round is held, debriefed and thanked for, and the status check appears after
// five business days of silence. Every step survives a reload.
import { test, expect, CandorApp } from "./fixtures";
import type { Page } from "@playwright/test";

test.use({ timezoneId: "Europe/Paris" });

/** Sets the page's clock to a Paris wall-clock time and reloads, as a candidate coming back. */
async function at(page: Page, parisTime: string) {
  await page.clock.setFixedTime(new Date(`${parisTime}+01:00`));
  await page.reload();
  await expect(page.locator("main h1")).toBeVisible();
}

function action(page: Page, title: string) {
  return page.locator(".action").filter({ hasText: title });
}

test("voicemail → call back → round → debrief → thank-yous → status check", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00")); // a Monday
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;

  // A voicemail is logged: returning the call is due within 24 hours.
  await page.getByRole("button", { name: "Voicemail from them" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logged: Voicemail from the recruiter." })).toBeVisible();
  await app.nav("Today").click();
  const returnCall = action(page, "Return Dana Reyes's call");
  await expect(returnCall).toContainText("Due tomorrow at 9:00 AM (in 24 h)");
  await expect(returnCall).toContainText("thinks twice");
  await expect(returnCall.getByRole("link", { name: "Acme Robotics" })).toBeVisible();

  // Two hours later, the call is returned from Today in one tap.
  await at(page, "2026-03-02T11:00:00");
  await expect(returnCall).toContainText("in 22 h");
  await returnCall.getByRole("button", { name: "I called back" }).click();
  await expect(returnCall).toHaveCount(0);
  await at(page, "2026-03-02T11:05:00");
  await expect(returnCall).toHaveCount(0);
  await app.open(opportunity);
  await expect(page.locator(".log__entry").first()).toContainText("You called the recruiter");
  await expect(page.locator(".log__entry").first()).toContainText("Today at 11:00 AM");

  // A round with two interviewers, tomorrow 10:00 to 11:00.
  await page.getByRole("button", { name: "Add an interview round" }).click();
  await expect(app.heading).toHaveText("Round 1: Interview");
  await app.field("Starts").fill("2026-03-03T10:00");
  await app.field("Ends").fill("2026-03-03T11:00");
  await app.field("Kind of interview").selectOption({ label: "Video" });
  for (const name of ["Ana Ruiz", "Bo Chen"]) {
    await page.getByLabel("New interviewer's name").fill(name);
    await page.getByRole("button", { name: "Add interviewer" }).click();
    await expect(page.getByRole("group", { name })).toBeVisible();
  }
  await at(page, "2026-03-02T11:10:00");
  await expect(app.field("Ends")).toHaveValue("2026-03-03T11:00");
  await expect(page.getByRole("group", { name: "Bo Chen" })).toBeVisible();
  await app.nav("Today").click();
  await expect(page.getByRole("link", { name: "Round 1 at Acme Robotics" })).toBeVisible();

  // After the interview: the debrief is due now, a note to each interviewer within 24 h.
  await at(page, "2026-03-03T11:10:00");
  const debrief = action(page, "Debrief round 1 with Dana Reyes");
  await expect(debrief).toContainText("Due today at 12:00 PM (in 50 min)");
  await expect(action(page, "Thank-you note to Ana Ruiz")).toContainText("Due tomorrow at 11:00 AM (in 24 h)");
  await expect(action(page, "Thank-you note to Bo Chen")).toBeVisible();
  await expect(page.locator(".action").first()).toContainText("Debrief round 1");
  await expect(page.getByRole("region", { name: "Hold off" })).toContainText("Don't ask the recruiter for news right after the interview (until tomorrow at 11:00 AM)");

  // The debrief is filled in on the phone-friendly form.
  await debrief.getByRole("link", { name: "Open the debrief" }).click();
  await expect(app.heading).toHaveText("Round 1: Debrief");
  await app.field("How did it go, from your side?").fill("Good energy; the system design part was rushed.");
  await app.field("Any answer you'd take back?").fill("Said I had no Kubernetes experience; I have some.");
  await page.getByRole("group", { name: /Did you click/ }).getByLabel("Ana Ruiz").selectOption({ label: "Clicked" });
  await page.getByLabel("4", { exact: true }).check();
  await page.getByLabel("I had the debrief call with the recruiter").check();
  await at(page, "2026-03-03T11:40:00");
  await expect(app.field("Any answer you'd take back?")).toHaveValue("Said I had no Kubernetes experience; I have some.");
  await expect(page.getByLabel("4", { exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: /Did you click/ }).getByLabel("Ana Ruiz")).toHaveValue("clicked");
  await expect(page.getByLabel("I had the debrief call with the recruiter")).toBeChecked();
  await app.nav("Today").click();
  await expect(debrief).toHaveCount(0);

  // Both thank-you notes are sent.
  await action(page, "Thank-you note to Ana Ruiz").getByRole("button", { name: "Mark the note sent" }).click();
  await action(page, "Thank-you note to Bo Chen").getByRole("button", { name: "Mark the note sent" }).click();
  await expect(page.locator(".action").filter({ hasText: "Thank-you note" })).toHaveCount(0);
  await at(page, "2026-03-03T15:00:00");
  await expect(page.locator(".action").filter({ hasText: "Thank-you note" })).toHaveCount(0);

  // Five business days of silence: not before Tuesday 10 March 11:00, then the check-in.
  const statusCheck = action(page, "Check in with Dana Reyes about round 1");
  await at(page, "2026-03-10T10:55:00");
  await expect(page.getByRole("heading", { name: "Due now and next" })).toBeVisible();
  await expect(statusCheck).toHaveCount(0);
  await at(page, "2026-03-10T11:05:00");
  await expect(statusCheck).toContainText("Due now");
  await expect(statusCheck).not.toContainText("Overdue");
  await statusCheck.getByRole("button", { name: "Mark done" }).click();
  await expect(statusCheck).toHaveCount(0);
  await at(page, "2026-03-10T11:10:00");
  await expect(statusCheck).toHaveCount(0);
});

test("a missed deadline is marked overdue in words, not only colour", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Globex", "Sam Lee");
  await page.getByRole("button", { name: "Missed their call" }).click();
  await at(page, "2026-03-03T11:00:00");
  await app.nav("Today").click();
  const late = action(page, "Return Sam Lee's call");
  await expect(late.locator(".tag--overdue")).toHaveText("Overdue");
  await expect(late).toContainText("Was due today at 9:00 AM (2 h overdue)");
});

test("a bad time becomes a promised call-back on Today", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-02T12:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Initech", "Lee Park");
  await page.getByLabel("I'll call back at").fill("2026-03-02T17:30");
  await page.getByRole("button", { name: "Log the promise" }).click();
  await expect(page.locator(".log__entry").first()).toContainText("You promised to call back today at 5:30 PM");
  await app.nav("Today").click();
  await expect(action(page, "Call Lee Park back, as you promised")).toContainText("Due today at 5:30 PM (in 6 h)");
});

test("a contact is logged in two taps, at a time that can be changed", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  // Tap one: jump to the log, with its first choice focused. Tap two: that choice.
  await page.getByRole("button", { name: "Log a call or message" }).click();
  await expect(page.getByRole("button", { name: "They called" })).toBeFocused();
  await expect(page.getByRole("button", { name: "They called" })).toBeInViewport();
  await page.getByRole("button", { name: "They called" }).click();
  await expect(page.locator(".log__entry").first()).toContainText("Call from the recruiter");
  await expect(page.locator(".log__entry").first()).toContainText("Today at 9:00 AM");

  await page.getByLabel("When").fill("2026-03-01T18:15");
  await page.getByLabel("Summary").fill("Sent the job description");
  await page.getByRole("button", { name: "They e-mailed" }).click();
  const entries = page.locator(".log__entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.last()).toContainText("Yesterday at 6:15 PM");
  await expect(entries.last()).toContainText("Sent the job description");
  await page.reload();
  await expect(entries).toHaveCount(2);

  // A second message in a row without a reply is warned about.
  await page.getByRole("button", { name: "I e-mailed" }).click();
  await expect(page.getByText("Your last message has no reply yet")).toBeVisible();
});

test("closing an opportunity clears its reminders from Today, asks for a word to the recruiter, and keeps its history", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  await page.getByRole("button", { name: "Voicemail from them" }).click();
  await app.field("Where it stands").selectOption({ label: "Closed: withdrew" });
  await app.nav("Today").click();
  // The call to return goes; telling Dana, so that she doesn't hear it from silence, stays.
  await expect(page.locator(".action")).toHaveCount(1);
  await expect(page.locator(".action")).toContainText("Let Dana Reyes know you are withdrawing");
  await page.reload();
  await expect(page.locator(".action")).toHaveCount(1);
  await page.locator(".action").getByRole("button", { name: "I told them" }).click();
  await expect(page.locator(".action")).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".action")).toHaveCount(0);
  await app.nav("Opportunities").click();
  await page.getByRole("link", { name: /^Closed/ }).click();
  await app.row("Acme").getByRole("link").click();
  await expect(page.locator(".log__entry")).toContainText("Voicemail from the recruiter");
});

test("the call card shows your pitch, the usual questions and the call checklist", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/settings");
  await app.field("Your expertise").fill("Robotics software, motion planning");
  await app.field("Years of experience").fill("9");
  await app.field("A move planned? Where and when").fill("Moving to Lyon in June");
  await app.addOpportunity("Acme", "Dana Reyes");
  await app.field("Key job details").fill("Leads a team of five on path planning");
  await page.getByRole("link", { name: /Recruiter's call/ }).click();
  await expect(app.heading).toHaveText("Call card: Acme");
  await expect(page.locator(".facts")).toContainText("Robotics software, motion planning");
  await expect(page.locator(".facts")).toContainText("Moving to Lyon in June");
  await expect(page.getByText("Leads a team of five on path planning")).toBeVisible();
  await app.field("Other interviews or offers pending?").fill("One final round at Globex next week");
  await page.getByLabel(/If it's a bad time/).check();
  await page.reload();
  await expect(app.field("Other interviews or offers pending?")).toHaveValue("One final round at Globex next week");
  await expect(page.getByLabel(/If it's a bad time/)).toBeChecked();
  await app.open(`#/opportunities/${new URL(page.url()).hash.split("/")[2]}`);
  // The bad-time item is optional: only the call's 7 things to do count.
  await expect(page.locator(".step").first()).toContainText("0 of 7 done");
});

test("a later round asks what the recruiter told you", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana Reyes");
  const opportunity = page.url();
  await page.getByRole("button", { name: "Add an interview round" }).click();
  await expect(page.getByText("For later rounds the recruiter coordinates")).toHaveCount(0);
  await page.goto(opportunity);
  await page.getByRole("button", { name: "Add an interview round" }).click();
  await expect(app.heading).toHaveText("Round 2: Interview");
  await expect(page.getByText("For later rounds the recruiter coordinates")).toBeVisible();
  await page.goto(opportunity);
  const steps = page.locator(".step");
  await expect(steps).toHaveCount(7);
  await expect(steps.nth(0)).toHaveAttribute("class", /step--current/);
  await expect(steps.nth(6)).toContainText("Round 2: Thank-you");
});
