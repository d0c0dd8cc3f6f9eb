// Guidance that never misleads, on a controlled clock in a fixed time zone, with a reload at
// each step: silence counts only when the recruiter is waiting on you, a start time alone makes
// a round, a planned debrief time is the deadline, and only a call returns a call.
import { test, expect, CandorApp } from "./fixtures";
import type { Page } from "@playwright/test";

test.use({ timezoneId: "Europe/Paris" });

/** Sets the page's clock to a Paris wall-clock time (winter, +01:00) and reloads. */
async function at(page: Page, parisTime: string) {
  await page.clock.setFixedTime(new Date(`${parisTime}+01:00`));
  await page.reload();
  await expect(page.locator("main h1")).toBeVisible();
}

function action(page: Page, title: string) {
  return page.locator(".action").filter({ hasText: title });
}

async function logged(page: Page, button: string, described: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Logged: ${described}.` })).toBeVisible();
}

test("a reply is asked for only when the recruiter wrote, once, and never after your own message", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  await logged(page, "They e-mailed", "E-mail from the recruiter");

  const reply = action(page, "Reply to Dana Reyes's e-mail");
  await at(page, "2026-03-06T08:55:00");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(reply).toHaveCount(0);
  await at(page, "2026-03-06T09:05:00");
  await expect(reply).toContainText("Due now");
  await expect(reply).toContainText("Silence reads as lack of interest");
  await reply.getByRole("button", { name: "Mark done" }).click();
  await expect(reply).toHaveCount(0);
  // It does not come back every four days.
  for (const day of ["2026-03-10T09:05:00", "2026-03-20T09:05:00"]) {
    await at(page, day);
    await expect(page.locator(".action")).toHaveCount(0);
  }

  // The candidate writes: from then on they wait for a reply, and nothing tells them to chase.
  await app.open(opportunity);
  await logged(page, "I e-mailed", "You e-mailed the recruiter");
  for (const day of ["2026-03-24T09:05:00", "2026-03-28T09:05:00", "2026-04-20T09:05:00"]) {
    await at(page, day);
    await app.nav("Today").click();
    await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
    await expect(page.locator(".action")).toHaveCount(0);
  }
});

test("a round entered with its start only gets every reminder, and a text sets the debrief time", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  await app.field("Phone").fill("+33 6 12 34 56 78");
  await page.getByRole("button", { name: "Add an interview round" }).click();
  await expect(app.heading).toHaveText("Round 1: Interview");
  const round = new URL(page.url()).hash;
  await app.field("Starts").fill("2026-03-03T10:00");
  await page.getByLabel("New interviewer's name").fill("Ana Ruiz");
  await page.getByRole("button", { name: "Add interviewer" }).click();
  await at(page, "2026-03-02T09:10:00");
  await expect(page.getByText("Not set, so Candor counts one hour: until 11:00 AM.")).toBeVisible();
  await expect(app.field("Ends")).toHaveValue("");

  // At 11:10 the interview is over: debrief, thank-you and the no-news hold, as with an end.
  await at(page, "2026-03-03T11:10:00");
  await app.nav("Today").click();
  const debrief = action(page, "Debrief round 1 with Dana Reyes");
  await expect(debrief).toContainText("Due today at 12:00 PM (in 50 min)");
  await expect(action(page, "Thank-you note to Ana Ruiz")).toContainText("Due tomorrow at 11:00 AM");
  await expect(page.getByRole("region", { name: "Hold off" })).toContainText("right after the interview");

  // Can't call right now: one tap writes the text that asks for a time later today.
  const text = debrief.getByRole("link", { name: "Text to set a time" });
  const href = await text.getAttribute("href");
  expect(href).toMatch(/^sms:\+33612345678\?body=/);
  expect(decodeURIComponent(href!.split("body=")[1])).toBe(
    "Hi Dana, I've just finished the interview with Acme Robotics. I can't call right away: could we talk later today? Let me know a time that suits you.",
  );

  // The time agreed is noted on the round: the reminder follows it and is not late before it.
  await app.open(round);
  await app.field("When you'll call the recruiter").fill("2026-03-03T16:30");
  await at(page, "2026-03-03T14:00:00");
  await app.nav("Today").click();
  await expect(debrief).toContainText("Due today at 4:30 PM (in ");
  await expect(debrief.locator(".tag--overdue")).toHaveCount(0);
  await expect(debrief.getByRole("link", { name: "Text to set a time" })).toHaveCount(0);
  await expect(debrief.getByRole("button", { name: "Add to calendar" })).toBeVisible();
  await at(page, "2026-03-03T16:45:00");
  await expect(debrief.locator(".tag--overdue")).toHaveText("Overdue");
});

test("a text does not return a call; a call does", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity("Globex", "Sam Lee");
  const opportunity = new URL(page.url()).hash;
  await logged(page, "Voicemail from them", "Voicemail from the recruiter");
  await at(page, "2026-03-02T10:00:00");
  await logged(page, "I texted", "You texted the recruiter");
  await app.nav("Today").click();
  const returnCall = action(page, "Return Sam Lee's call");
  await expect(returnCall).toBeVisible();
  await at(page, "2026-03-02T11:00:00");
  await expect(returnCall).toBeVisible();
  await app.open(opportunity);
  await logged(page, "I called", "You called the recruiter");
  await at(page, "2026-03-02T11:05:00");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(returnCall).toHaveCount(0);
});

test("a promise noted at the first call brings a gentle reminder the morning after its date", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-03-02T10:00:00+01:00")); // Monday
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  await app.field("What they promised").fill("Will send the job description");
  await app.field("By (optional)").fill("2026-03-05");
  await page.getByRole("button", { name: "Note the promise" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Candor reminds you the morning after the date" })).toBeVisible();

  const ask = action(page, "Ask Dana Reyes, kindly, about what they promised: Will send the job description");
  await at(page, "2026-03-06T08:55:00");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(ask).toHaveCount(0);
  await at(page, "2026-03-06T09:05:00");
  await expect(ask).toContainText("Due now");
  await expect(ask).toContainText("owes you feedback");
  await ask.getByRole("button", { name: "They kept it" }).click();
  await expect(ask).toHaveCount(0);
  await at(page, "2026-03-06T09:10:00");
  await expect(ask).toHaveCount(0);
  await app.open(opportunity);
  await expect(page.getByLabel(/Will send the job description/)).toBeChecked();
  await expect(page.locator(".promise")).toContainText("By yesterday · kept");
});

test("an offer elsewhere goes with the next contact, reaches Today after two business days, and closing one yourself asks you to tell them", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T10:00:00+01:00")); // Monday
  const app = new CandorApp(page);
  await app.addOpportunity("Globex", "Sam Lee");
  const globex = new URL(page.url()).hash;
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const acme = new URL(page.url()).hash;
  await app.nav("Today").click();
  await page.getByRole("link", { name: "Log an interview or offer elsewhere" }).click();
  await expect(app.heading).toHaveText("Interviews and offers elsewhere");
  await app.field("What happened").selectOption({ label: "An offer elsewhere" });
  await app.field("Where (optional)").fill("Initech");
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logged: an offer elsewhere." })).toBeVisible();

  // The next day nothing is overdue: it waits for the next contact, shown with the log.
  const tellDana = action(page, "Tell Dana Reyes about the offer elsewhere");
  const tellSam = action(page, "Tell Sam Lee about the offer elsewhere");
  await at(page, "2026-03-03T10:30:00");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(page.locator(".action")).toHaveCount(0);
  await app.open(acme);
  const news = page.getByRole("note").filter({ hasText: "At your next contact, tell Dana Reyes:" });
  await expect(news).toContainText("the offer elsewhere: Initech (logged yesterday at 10:00 AM)");

  // Two business days on with no contact: both recruiters are due to hear it, not yet late.
  await at(page, "2026-03-04T10:05:00");
  await app.nav("Today").click();
  await expect(tellDana).toContainText("Due now");
  await expect(tellDana).toContainText("what hurts is a surprise");
  await expect(tellDana.locator(".tag--overdue")).toHaveCount(0);
  await expect(tellSam).toBeVisible();
  // Telling Dana on a call clears hers, and the note in her log.
  await app.open(acme);
  await logged(page, "I called", "You called the recruiter");
  await expect(news).toHaveCount(0);
  await at(page, "2026-03-04T10:10:00");
  await app.nav("Today").click();
  await expect(tellSam).toBeVisible();
  await expect(tellDana).toHaveCount(0);

  // Sam's opportunity is closed: withdrawn. Its reminders go, and one word to Sam stays.
  await app.open(globex);
  await expect(page.locator(".log__entry").filter({ hasText: "An offer elsewhere" })).toContainText("Initech");
  await app.field("Where it stands").selectOption({ label: "Closed: withdrew" });
  await at(page, "2026-03-04T10:40:00");
  await app.nav("Today").click();
  const letSamKnow = action(page, "Let Sam Lee know you are withdrawing");
  await expect(letSamKnow).toContainText("Due Friday at 10:");
  await expect(tellSam).toHaveCount(0);
  await app.open(globex);
  await page.getByRole("button", { name: "I called", exact: true }).click();
  await at(page, "2026-03-04T10:45:00");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(letSamKnow).toHaveCount(0);
});

/** Acme Robotics with Dana Reyes, and round 1 on Tuesday 3 March from 2 to 3 PM. */
async function withRound(page: Page, app: CandorApp) {
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  await page.getByRole("button", { name: "Add an interview round" }).click();
  const round = new URL(page.url()).hash;
  await app.field("Starts").fill("2026-03-03T14:00");
  await app.field("Ends").fill("2026-03-03T15:00");
  return { opportunity, round };
}

test("after your check-in you wait for the reply, with no date to write again, until the search goes quiet", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  const { opportunity } = await withRound(page, app);
  await app.open(opportunity);
  await at(page, "2026-03-03T15:20:00");
  // The call after the interview is the debrief: its form opens.
  await page.getByRole("button", { name: "I called", exact: true }).click();
  await expect(app.heading).toHaveText("Round 1: Debrief");
  await expect(page.getByRole("status").filter({ hasText: "counts as this debrief" })).toBeVisible();

  // Five business days after that call, with no news: one check-in.
  await at(page, "2026-03-10T15:30:00");
  await app.nav("Today").click();
  await action(page, "Send thank-you notes for round 1").getByRole("button", { name: "Mark done" }).click();
  const check = action(page, "Check in with Dana Reyes about round 1");
  await expect(check).toContainText("career-office guidance");
  await app.open(opportunity);
  await logged(page, "I e-mailed", "You e-mailed the recruiter");

  // From then on: wait for the reply. No date to write again, nothing that says to chase.
  for (const day of ["2026-03-13T09:00:00", "2026-03-20T09:00:00"]) {
    await at(page, day);
    await app.nav("Today").click();
    await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
    const hold = page.getByRole("region", { name: "Hold off" });
    await expect(hold).toContainText("Wait for a reply before writing again");
    await expect(hold).toContainText("no date to write again, wait for their reply");
    await expect(hold).not.toContainText("until");
    await expect(page.locator(".action")).toHaveCount(0);
  }
  // Three weeks without a word since the interview: close it as no reply, never a nudge.
  await at(page, "2026-03-25T09:00:00");
  await app.nav("Today").click();
  await expect(page.getByRole("button", { name: /Close as no reply/ })).toBeVisible();
  await expect(page.locator(".action")).toHaveCount(0);
  // Writing again anyway: the log warns first.
  await app.open(opportunity);
  await expect(page.getByText("Your last message has no reply yet.")).toBeVisible();
});

test("an offer keeps its answer on Today until a decision, and a call that asked something waits on you", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00")); // Monday
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;

  // A call that asked for references: after four days with no word back, get back to Dana.
  await page.getByLabel(/they asked something of me/).check();
  await logged(page, "They called", "Call from the recruiter");
  await expect(page.locator(".log__entry").first()).toContainText("They asked something of you");
  const getBack = action(page, "Get back to Dana Reyes with what they asked on their call");
  await at(page, "2026-03-05T10:00:00");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(getBack).toHaveCount(0);
  await at(page, "2026-03-06T10:00:00");
  await expect(getBack).toContainText("Going dark ends the relationship");
  await app.open(opportunity);
  await logged(page, "I e-mailed", "You e-mailed the recruiter");

  // Wednesday: the offer. The answer is due within two business days, from today.
  await at(page, "2026-03-11T10:00:00");
  await app.field("Where it stands").selectOption({ label: "Offer" });
  await expect(app.field("Answer asked for by")).toHaveValue("");
  await app.nav("Today").click();
  const answer = action(page, "Give Dana Reyes your answer on the offer");
  await expect(answer).toContainText("Due Friday at 10:00 AM");
  await expect(answer).toContainText("ends the relationship");
  await expect(answer.getByRole("button", { name: /done/i })).toHaveCount(0);
  await expect(answer.getByRole("link", { name: "Log your answer" })).toBeVisible();

  // Dana asked for an answer by Wednesday 18th: due that day. Late, it stays, overdue.
  await app.open(opportunity);
  await app.field("Answer asked for by").fill("2026-03-18");
  await at(page, "2026-03-19T09:00:00");
  await app.nav("Today").click();
  await expect(answer).toContainText("Was due yesterday at 5:00 PM");
  await expect(answer.locator(".tag--overdue")).toHaveText("Overdue");

  // The decision clears it, and asks to tell Dana.
  await app.open(opportunity);
  await app.field("Where it stands").selectOption({ label: "Closed: accepted" });
  await at(page, "2026-03-19T09:05:00");
  await app.nav("Today").click();
  await expect(action(page, "Let Dana Reyes know you accepted")).toBeVisible();
  await expect(answer).toHaveCount(0);
});

test("the debrief is the same day: a later day is warned, a call after the interview is the debrief", async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date("2026-03-02T09:00:00+01:00"));
  const app = new CandorApp(page);
  const { opportunity, round } = await withRound(page, app);

  // Planned for the next morning: a warning, and one tap for later the same day.
  await app.field("When you'll call the recruiter").fill("2026-03-04T09:30");
  const warning = page.getByRole("status").filter({ hasText: "not the same day as the interview" });
  await expect(warning).toContainText("first screener");
  await warning.getByRole("button", { name: "Later today: 4:00 PM" }).click();
  await expect(warning).toHaveCount(0);
  await expect(app.field("When you'll call the recruiter")).toHaveValue("2026-03-03T16:00");

  // The round's calendar file carries the planned call.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Add to calendar (.ics)" }).click();
  const ics = await (await download).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += chunk;
    return text;
  });
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain("SUMMARY:Debrief call with Dana Reyes: Acme Robotics\\, round 1");
  expect(ics).toContain("DTSTART:20260303T150000Z");

  // After the interview the card has its own done tap; a call logged now is the debrief.
  await at(page, "2026-03-03T15:30:00");
  await app.nav("Today").click();
  const debrief = action(page, "Debrief round 1 with Dana Reyes");
  await expect(debrief.getByRole("button", { name: "I called them" })).toBeVisible();
  await app.open(opportunity);
  await page.getByRole("button", { name: "They called", exact: true }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe(`${round}/debrief`);
  await expect(app.heading).toHaveText("Round 1: Debrief");
  await expect(page.getByRole("status").filter({ hasText: "counts as this debrief" })).toContainText("today at 3:30 PM");
  await app.nav("Today").click();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  await expect(debrief).toHaveCount(0);
});
