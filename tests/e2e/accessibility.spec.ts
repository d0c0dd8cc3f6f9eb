// Accessibility: axe finds no violations on any screen, in light and dark mode, at phone and
// desktop widths, including the storage warning banner, and with a year of searches stored.
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect, CandorApp, STORAGE_KEY } from "./fixtures";
// @ts-expect-error: a plain JavaScript module shared with the benchmark.
import { makeDocument } from "../../scripts/bench-data.mjs";

/** Nothing may stick out sideways: a phone user should never have to scroll horizontally. */
async function expectNoSidewaysScroll(page: Page, width: number, screen: string) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${screen} is wider than the screen`).toBeLessThanOrEqual(width);
}

const screens = ["#/today", "#/opportunities", "#/recruiters", "#/playbook", "#/data", "#/open", "#/settings", "#/elsewhere", "#/progress", "#/board", "#/nowhere"];
const widths = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const size of widths) {
    test(`no axe violations, ${colorScheme} mode, ${size.name}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.clock.setFixedTime(new Date("2026-03-03T12:00:00Z"));
      const app = new CandorApp(page);
      await app.addOpportunity("Acme", "Dana Reyes");
      const opportunity = new URL(page.url()).hash;
      // Something in every part of the screens: a log entry, a round that has ended with an
      // interviewer, so that Today has actions, an overdue one and a hold.
      await page.getByRole("button", { name: "Missed their call" }).click();
      // A promise of the recruiter's, one kept, and an offer elsewhere.
      for (const promise of ["Will send the job description", "Will call after the client decides"]) {
        await app.field("What they promised").fill(promise);
        await page.getByRole("button", { name: "Note the promise" }).click();
      }
      await page.getByLabel(/Will call after the client decides/).check();
      await app.field("What happened").selectOption({ label: "An offer elsewhere" });
      await page.getByRole("button", { name: "Log it" }).click();
      await expect(page.locator(".log__entry").filter({ hasText: "An offer elsewhere" })).toBeVisible();
      await page.getByRole("button", { name: "Add an interview round" }).click();
      const round = new URL(page.url()).hash;
      await app.field("Starts").fill("2026-03-02T10:00");
      await app.field("Ends").fill("2026-03-03T11:00");
      await page.getByLabel("New interviewer's name").fill("Ana Ruiz");
      await page.getByRole("button", { name: "Add interviewer" }).click();
      // A debrief planned for the next day: the warning with its "later today" tap.
      await app.field("When you'll call the recruiter").fill("2026-03-04T09:00");
      await expect(page.getByRole("button", { name: /^Later today: / })).toBeVisible();
      // An offer on the table, with the date the answer was asked for.
      await app.open(opportunity);
      await app.field("Where it stands").selectOption({ label: "Offer" });
      await app.field("Answer asked for by").fill("2026-03-06");
      await page.clock.setFixedTime(new Date("2026-03-04T12:00:00Z"));
      // An own playbook, its share screen, the preview of its link, a snapshot for a coach,
      // and a link that cannot be opened.
      await app.open("#/playbook");
      await page.getByRole("button", { name: "Make my own copy" }).click();
      await expect(app.heading).toHaveText("My playbook");
      const editor = new URL(page.url()).hash;
      await app.open(`${editor}/share`);
      const playbookLink = new URL(await page.getByLabel("The link", { exact: true }).inputValue()).hash;
      await app.open(`${opportunity}/share`);
      // The snapshot carries a way to reach the candidate, for the coach to ask for a new one.
      await page.getByLabel("My e-mail or phone, so my coach can ask for a newer snapshot").check();
      await page.getByLabel("Your e-mail or phone", { exact: true }).fill("lee@example.com");
      expect((await new AxeBuilder({ page }).analyze()).violations, "share with a way to reach").toEqual([]);
      const snapshotLink = new URL(await page.getByLabel("The link", { exact: true }).inputValue()).hash;
      const subScreens = [
        round, `${round}/debrief`, `${round}/thank-you`, `${opportunity}/call`, `${opportunity}/share`,
        "#/playbook/built-in", editor, `${editor}/share`, playbookLink, snapshotLink, "#/import/p1.damaged",
      ];
      for (const screen of [...screens, opportunity, ...subScreens, "#/opportunities?status=archived", `#/recruiters/${opportunity.split("/").pop()}`, "#/opportunities?q=acme"]) {
        await app.open(screen);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, `${screen}`).toEqual([]);
        await expectNoSidewaysScroll(page, size.width, screen);
      }
      // The coach board with a card, the share screen's lock, and a locked link asking for
      // its passphrase after a wrong one.
      await app.open(snapshotLink);
      await page.getByRole("button", { name: "Keep on my coach board" }).click();
      await app.open("#/board");
      await expect(page.locator(".board-card")).toHaveCount(1);
      expect((await new AxeBuilder({ page }).analyze()).violations, "board with a card").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "board with a card");
      // Eight days later: the card suggests asking for a new snapshot, and the message shows.
      await page.clock.setFixedTime(new Date("2026-03-12T12:00:00Z"));
      await page.reload();
      await expect(page.locator(".board-card__stale")).toBeVisible();
      await page.getByText("Ask for a new snapshot", { exact: true }).click();
      await expect(page.getByRole("link", { name: /^E-mail / })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "board asking for a snapshot").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "board asking for a snapshot");
      await app.open(`${opportunity}/share`);
      await page.getByLabel("Passphrase", { exact: true }).fill("short");
      await page.getByRole("button", { name: "Lock the link" }).click();
      await expect(page.getByRole("alert")).toContainText("at least 8");
      expect((await new AxeBuilder({ page }).analyze()).violations, "lock refused").toEqual([]);
      await page.getByLabel("Passphrase", { exact: true }).fill("otter lantern violet");
      await page.getByRole("button", { name: "Lock the link" }).click();
      await expect(page.getByRole("button", { name: "Remove the lock" })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "locked").toEqual([]);
      const lockedLink = new URL(await page.getByLabel("The link", { exact: true }).inputValue()).hash;
      await app.open(lockedLink);
      await page.getByLabel("Passphrase", { exact: true }).fill("wrong passphrase");
      await page.getByRole("button", { name: "Open the link" }).click();
      await expect(page.getByRole("alert")).toContainText("does not open");
      expect((await new AxeBuilder({ page }).analyze()).violations, "unlock").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "unlock");
      // An import preview on the Data screen.
      await app.open("#/data");
      await page.getByLabel("Or choose a backup or transfer file").setInputFiles(join(__dirname, "..", "fixtures", "schema-4.json"));
      await expect(page.locator(".import-preview")).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "import preview").toEqual([]);
      // Today a week later (before any copy is made): the quiet suggestion to save a copy.
      await page.clock.setFixedTime(new Date("2026-03-12T12:00:00Z"));
      await page.reload();
      await app.open("#/today");
      await expect(page.getByRole("heading", { name: "Save a copy of your search" })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "save a copy").toEqual([]);
      // A transfer made, and its link asking for the passphrase.
      await app.open("#/data");
      await page.locator("#move-passphrase").fill("otter lantern violet");
      await page.getByRole("button", { name: "Make the transfer" }).click();
      await expect(page.getByRole("heading", { name: "Ready to send" })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "transfer made").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "transfer made");
      const transferLink = new URL(await page.getByLabel("The link", { exact: true }).inputValue()).hash;
      await app.open(transferLink);
      await page.locator("#open-passphrase").fill("wrong passphrase");
      await page.getByRole("button", { name: "Open", exact: true }).click();
      await expect(page.getByRole("alert")).toContainText("does not open");
      expect((await new AxeBuilder({ page }).analyze()).violations, "transfer link").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "transfer link");
      // The composer, for a thank-you note and for a follow-up.
      await app.open(`${round}/thank-you`);
      await page.getByRole("link", { name: "Write the note to Ana Ruiz" }).click();
      await expect(page.getByLabel("Your note")).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "thank-you composer").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "thank-you composer");
      await app.open(`${round}/follow-up`);
      await expect(page.getByLabel("Your note")).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "follow-up composer").toEqual([]);
      // The warning banner, too.
      await page.evaluate((key) => localStorage.setItem(key, "{broken"), STORAGE_KEY);
      await page.reload();
      await expect(app.banner).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, "storage banner").toEqual([]);
    });
  }
}

// What a new user sees first on the new screens: the empty board and an empty Progress.
for (const colorScheme of ["light", "dark"] as const) {
  for (const size of widths) {
    test(`no axe violations on empty screens, ${colorScheme} mode, ${size.name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      const app = new CandorApp(page);
      for (const [screen, heading] of [["#/progress", "Nothing to picture yet"], ["#/board", "No candidates on your board yet"]]) {
        await app.open(screen);
        await expect(page.getByRole("heading", { name: heading })).toBeVisible();
        expect((await new AxeBuilder({ page }).analyze()).violations, screen).toEqual([]);
        await expectNoSidewaysScroll(page, size.width, screen);
      }
      // One opportunity and nothing logged: every chart's empty state.
      await app.addOpportunity("Acme", "Dana Reyes");
      await app.open("#/progress");
      await expect(page.getByText(/No interviewers to thank yet/)).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations, "progress, charts empty").toEqual([]);
    });
  }
}

// A long search and a nearly full store: Today's folded groups (opened), the searches gone
// quiet with an undo, the list with "Show more", the warning banner and "Make room".
for (const colorScheme of ["light", "dark"] as const) {
  for (const size of widths) {
    test(`no axe violations at scale, ${colorScheme} mode, ${size.name}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      const document = JSON.parse(makeDocument(300));
      const quota = 5 * 1024 * 1024;
      const base = JSON.stringify(document).length;
      document.data.opportunities[0].notes = "x".repeat(Math.round(0.85 * quota) - base);
      await page.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem("stored")) {
            localStorage.setItem(key, value);
            sessionStorage.setItem("stored", "yes");
          }
        },
        [STORAGE_KEY, JSON.stringify(document)],
      );
      const app = new CandorApp(page);
      await app.open("#/today");
      await expect(page.getByRole("status").filter({ hasText: "Storage is nearly full" })).toBeVisible();
      for (const summary of await page.locator("details > summary").all()) await summary.click();
      await page.getByRole("button", { name: /^Close as no reply: / }).first().click();
      await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
      expect((await new AxeBuilder({ page }).analyze()).violations, "Today at scale").toEqual([]);
      await expectNoSidewaysScroll(page, size.width, "Today at scale");
      for (const screen of ["#/progress", "#/opportunities", "#/data"]) {
        await app.open(screen);
        expect((await new AxeBuilder({ page }).analyze()).violations, `${screen} at scale`).toEqual([]);
        await expectNoSidewaysScroll(page, size.width, `${screen} at scale`);
      }
      await expect(page.getByRole("heading", { name: "Make room" })).toBeVisible();
    });
  }
}

// What only an iPhone shows: in a Safari tab, how to bring a link into the installed app and
// how to install; in both modes, at a phone's width.
for (const colorScheme of ["light", "dark"] as const) {
  test(`no axe violations on the iPhone's own notes, ${colorScheme} mode`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      colorScheme,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
    });
    const page = await context.newPage();
    const app = new CandorApp(page);
    await app.open("#/data");
    await expect(page.getByRole("heading", { name: "Install Candor" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, "install steps").toEqual([]);
    await app.open("#/playbook");
    await page.getByRole("button", { name: "Make my own copy" }).click();
    await expect(app.heading).toHaveText("My playbook");
    await app.open(`${new URL(page.url()).hash}/share`);
    const link = new URL(await page.getByLabel("The link", { exact: true }).inputValue()).hash;
    await app.open(link);
    await expect(page.getByRole("complementary", { name: "Using Candor from your Home Screen?" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, "Safari tab note").toEqual([]);
    await expectNoSidewaysScroll(page, 390, "Safari tab note");
    await context.close();
  });
}
