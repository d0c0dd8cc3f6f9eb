// The Progress screen: empty states that teach, then small charts of a real search, each
// with its numbers as a table, reached from Today and the list.
import { test, expect, CandorApp, STORAGE_KEY } from "./fixtures";
// @ts-expect-error: a plain JavaScript module shared with the benchmark.
import { makeDocument } from "../../scripts/bench-data.mjs";

test("an empty search teaches what each chart will show", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/progress");
  await expect(app.heading).toHaveText("Progress");
  await expect(page.getByRole("heading", { name: "Nothing to picture yet" })).toBeVisible();
  await page.getByRole("link", { name: "Add an opportunity" }).click();
  await expect(app.heading).toHaveText("Opportunities");

  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  await app.open("#/progress");
  await expect(page.getByRole("img", { name: /^Opportunities by stage, week by week \(1 week\)\. This week: 1 recruiter's call, 0 interviewing/ })).toBeVisible();
  await page.getByText("The numbers, week by week").click();
  const stages = page.getByRole("table", { name: "Opportunities by stage, week by week" });
  await expect(stages.getByRole("row")).toHaveCount(2);
  await expect(stages.getByRole("row").nth(1)).toContainText("1");
  await expect(page.getByText(/No missed calls or voicemails from a recruiter logged yet.*within 24 hours/)).toBeVisible();
  await expect(page.getByText(/No interview has ended yet\. After each one, call the recruiter the same day/)).toBeVisible();
  await expect(page.getByText(/No interviewers to thank yet/)).toBeVisible();
  await expect(page.getByText(/One message is enough; then give them time/)).toBeVisible();

  // A missed call, not yet returned: counted, still in time.
  await app.open(opportunity);
  await page.getByRole("button", { name: "Missed their call" }).click();
  await app.savedText('"missed_call"');
  await app.open("#/progress");
  const calls = page.locator("section", { has: page.getByRole("heading", { name: "Calls returned within 24 hours" }) });
  await expect(calls.getByRole("row", { name: /Still within 24 hours/ })).toContainText("1");
  await expect(calls.getByText("Nothing due yet")).toBeVisible();
  await expect(calls.getByRole("img")).toHaveAttribute("aria-label", /still within 24 hours 1/);
});

test("a year of searches: stages week by week and the timing kept, each chart with its table", async ({ page }) => {
  const now = Date.now();
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("stored")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("stored", "yes");
      }
    },
    [STORAGE_KEY, makeDocument(40, now)],
  );
  const app = new CandorApp(page);
  await app.open("#/today");
  await page.getByRole("link", { name: "See your progress" }).click();
  await expect(app.heading).toHaveText("Progress");
  await page.getByText("The numbers, week by week").click();
  const stages = page.getByRole("table", { name: "Opportunities by stage, week by week" });
  // Twelve weeks, the latest last, every opportunity counted in it.
  await expect(stages.locator("tbody tr")).toHaveCount(12);
  await expect(stages.locator("tbody tr").last().locator("td").last()).toHaveText("40");
  await expect(page.getByRole("img", { name: /^Opportunities by stage, week by week \(12 weeks\)\. This week: / })).toBeVisible();
  for (const title of ["Calls returned within 24 hours", "Debriefs done the same day", "Thank-you notes within 24 hours"]) {
    const chart = page.locator("section", { has: page.getByRole("heading", { name: title }) });
    await expect(chart.locator(".chart__headline"), title).toHaveText(/^(\d+% in time|Nothing due yet)/);
    await expect(chart.getByRole("img"), title).toHaveAttribute("aria-label", /in time|Nothing due yet/);
    const counts = await chart.locator("td").allTextContents();
    expect(counts, title).toHaveLength(4);
    expect(counts.map(Number).reduce((a, b) => a + b, 0), title).toBeGreaterThan(0);
  }
  const answers = page.locator("section", { has: page.getByRole("heading", { name: "How long recruiters took to answer" }) });
  await answers.getByText("The numbers").click();
  await expect(answers.getByRole("row")).toHaveCount(5);
  await expect(answers.getByRole("img")).toHaveAttribute("aria-label", /^How long recruiters took to answer: within a day \d+, 1 to 3 days \d+/);
  await expect(answers.locator(".chart__headline")).toHaveText(/^(Typically|No answers yet)/);
  // From the list too.
  await app.open("#/opportunities");
  await page.getByRole("link", { name: "Your progress: stages and timing" }).click();
  await expect(app.heading).toHaveText("Progress");
});
