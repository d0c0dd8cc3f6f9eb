// Dates and times the candidate's way: the browser's language and hour cycle, the app's own
// words for the near days, the year only when it is not this one, and wall-clock times kept
// as typed across a change of the clocks (New York moves forward on Sunday 8 March 2026).
import { test, expect, CandorApp } from "./fixtures";

for (const [locale, near, far, lastYear] of [
  ["en-US", "Monday at 2:30 PM", "Fri, Mar 20, 9:05 AM", "Fri, Dec 12, 2025, 4:00 PM"],
  ["en-GB", "Monday at 14:30", "Fri 20 Mar, 9:05", "Fri, 12 Dec 2025, 16:00"],
  ["de-DE", "Monday at 14:30", "Fr., 20. März, 9:05", "Fr., 12. Dez. 2025, 16:00"],
]) {
  test.describe(locale, () => {
    test.use({ locale, timezoneId: "America/New_York" });

    test(`dates and times read the ${locale} way, across the change of the clocks`, async ({ page }) => {
      // Friday 6 March 2026, noon in New York.
      await page.clock.setFixedTime(new Date("2026-03-06T12:00:00-05:00"));
      const app = new CandorApp(page);
      await app.addOpportunity("Acme", "Dana Reyes");
      const opportunity = new URL(page.url()).hash;
      for (const starts of ["2026-03-09T14:30", "2026-03-20T09:05"]) {
        await app.open(opportunity);
        await page.getByRole("button", { name: "Add an interview round" }).click();
        await app.field("Starts").fill(starts);
        await app.savedText(`"starts_at":${Date.parse(`${starts}:00${starts < "2026-03-08" ? "-05:00" : "-04:00"}`)}`);
      }
      // A call logged last December: the year shows.
      await app.open(opportunity);
      await page.getByLabel("When").fill("2025-12-12T16:00");
      await page.getByRole("button", { name: "They called" }).click();
      await expect(page.locator(".log__entry").first()).toContainText(lastYear);

      await app.open("#/today");
      const coming = page.getByRole("region", { name: "Interviews coming up" });
      // After the clocks change, 2:30 PM is still 2:30 PM.
      await expect(coming).toContainText(`Round 1 at Acme: ${near} (in 3 days)`);
      await expect(coming).toContainText(`Round 2 at Acme: ${far}`);
    });
  });
}
