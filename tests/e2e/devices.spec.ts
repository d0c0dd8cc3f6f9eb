// A search that survives real phones and a second device: every file through one helper (the
// share sheet in an installed iPhone app, recorded here), locked backups, moving the search
// between two devices both ways, opening any link or file, the note for links opened in a
// Safari tab, installing, and Today's quiet suggestion to save a copy.
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, CandorApp, STORAGE_KEY } from "./fixtures";
import { iphone, shared, download } from "./phones";

test.use({ timezoneId: "Europe/Paris", permissions: ["clipboard-read", "clipboard-write"] });

async function choose(page: Page, name: string, text: string) {
  await page.getByLabel("Or choose a backup or transfer file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

type Stored = { data: { opportunities: { id: string; company: string; notes: string }[] } };

async function stored(page: Page): Promise<Stored> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!);
}

test("an installed iPhone app hands every file to the share sheet, with its name, type and contents", async ({ browser, baseURL }) => {
  const { context, page, app } = await iphone(browser, baseURL, true);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  await page.getByRole("button", { name: "Add an interview round" }).click();
  await app.field("Starts").fill("2026-12-09T10:00");
  await page.getByRole("button", { name: "Add to calendar (.ics)" }).click();
  let files = await shared(page, 1);
  expect(files[0]).toMatchObject({ name: "candor-interview.ics", type: "text/calendar" });
  expect(files[0].text).toContain("BEGIN:VCALENDAR");

  await app.open("#/data");
  await page.getByRole("button", { name: "Save a backup", exact: true }).click();
  files = await shared(page, 2);
  expect(files[1].name).toMatch(/^candor-backup-\d{4}-\d\d-\d\d\.json$/);
  expect(files[1].type).toBe("application/json");
  expect(JSON.parse(files[1].text).data.opportunities[0].company).toBe("Acme Robotics");
  await expect(page.getByTestId("last-copy")).toContainText("Backup saved");

  await page.getByRole("button", { name: "Save a spreadsheet (CSV)" }).click();
  files = await shared(page, 3);
  expect(files[2].name).toMatch(/^candor-opportunities-\d{4}-\d\d-\d\d\.csv$/);
  expect(files[2].type).toBe("text/csv;charset=utf-8");
  expect(files[2].text).toContain("Acme Robotics");

  const move = page.locator("section", { has: page.getByRole("heading", { name: "Move to another device" }) });
  await move.locator("#move-passphrase").fill("correct horse battery");
  await move.getByRole("button", { name: "Make the transfer" }).click();
  await move.getByRole("button", { name: "Send the transfer file" }).click();
  files = await shared(page, 4);
  expect(files[3].name).toMatch(/^candor-transfer-\d{4}-\d\d-\d\d\.json$/);
  expect(files[3].type).toBe("application/json");
  expect(JSON.parse(files[3].text)).toMatchObject({ format: "candor-locked", version: 1, purpose: "transfer" });
  expect(files[3].text).not.toContain("Acme");
  await context.close();
});

test("a share sheet that needs its own tap gets a button; with no way to save, the text is shown to copy", async ({ browser, baseURL }) => {
  const tap = await iphone(browser, baseURL, true, "needs-a-tap");
  await tap.app.addOpportunity("Acme", "Dana");
  await tap.app.open("#/data");
  await tap.page.getByRole("button", { name: "Save a backup", exact: true }).click();
  await expect(tap.page.getByText(/^“candor-backup-.*\.json” is ready\.$/)).toBeVisible();
  await tap.page.getByRole("button", { name: "Save the file" }).click();
  const files = await shared(tap.page, 1);
  expect(JSON.parse(files[0].text).data.opportunities[0].company).toBe("Acme");
  await expect(tap.page.getByRole("button", { name: "Save the file" })).toHaveCount(0);
  await tap.context.close();

  const none = await iphone(browser, baseURL, true, "none");
  await none.app.addOpportunity("Globex", "Sam");
  await none.app.open("#/data");
  await none.page.getByRole("button", { name: "Save a backup", exact: true }).click();
  await expect(none.page.getByText(/This browser cannot save files here\. Copy the text below/)).toBeVisible();
  const text = await none.page.locator("#save-problem-text").inputValue();
  expect(JSON.parse(text).data.opportunities[0].company).toBe("Globex");
  await none.page.getByRole("button", { name: "Copy the text" }).click();
  await expect(none.page.getByRole("status").filter({ hasText: /Copied\.|Not copied/ })).toBeVisible();
  await none.context.close();
});

test("a locked backup opens only with its passphrase; a damaged or newer one says so and changes nothing", async ({ page, browser, baseURL }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  await app.field("Notes for yourself").fill("Met Ana at the meetup");
  await app.savedText("Met Ana");
  await app.open("#/data");
  await page.getByLabel("Lock the backup with a passphrase").check();
  await page.locator("#backup-passphrase").fill("short");
  await page.getByRole("button", { name: "Save a backup", exact: true }).click();
  await expect(page.locator("#backup-passphrase-problem")).toContainText("at least 8 characters");
  await expect(page.locator("#backup-passphrase")).toBeFocused();
  await page.locator("#backup-passphrase").fill("correct horse battery");
  const locked = await download(page, "Save a backup");
  expect(locked.name).toMatch(/^candor-backup-locked-\d{4}-\d\d-\d\d\.json$/);
  const header = JSON.parse(locked.text);
  expect(header).toMatchObject({
    format: "candor-locked",
    version: 1,
    purpose: "backup",
    kdf: { name: "PBKDF2-SHA-256", iterations: 600000 },
    cipher: "AES-256-GCM",
  });
  expect(locked.text).not.toContain("Acme");
  expect(locked.text).not.toContain("Ana");

  const context = await browser.newContext({ baseURL, timezoneId: "Europe/Paris" });
  const other = await context.newPage();
  const fresh = new CandorApp(other);
  await fresh.open("#/data");
  // Damaged: one character of the data changed.
  const data: string = header.data;
  const flipped = data.slice(0, 40) + (data[40] === "A" ? "B" : "A") + data.slice(41);
  await choose(other, "damaged.json", JSON.stringify({ ...header, data: flipped }));
  await expect(other.getByRole("alert").filter({ hasText: "This file is damaged" })).toBeVisible();
  // Newer.
  await choose(other, "newer.json", JSON.stringify({ ...header, version: 2 }));
  await expect(other.getByRole("alert").filter({ hasText: "newer version of Candor" })).toBeVisible();
  // The real one: a wrong passphrase is asked again, the right one previews.
  await choose(other, locked.name, locked.text);
  await expect(other.getByRole("heading", { name: `“${locked.name}” is locked` })).toBeVisible();
  await other.locator("#open-passphrase").fill("Correct horse battery");
  await other.getByRole("button", { name: "Open", exact: true }).click();
  await expect(other.locator("#open-passphrase-problem")).toContainText("That passphrase does not open this file");
  await expect(other.locator("#open-passphrase")).toBeFocused();
  expect(await fresh.storedText()).toBeNull();
  await other.locator("#open-passphrase").fill("correct horse battery");
  await other.getByRole("button", { name: "Open", exact: true }).click();
  await expect(other.locator(".import-preview")).toContainText("New (1): Acme Robotics");
  expect(await fresh.storedText()).toBeNull();
  await other.getByRole("button", { name: "Merge into my data" }).click();
  await fresh.savedText("Met Ana at the meetup");
  await context.close();
});

/** Makes a transfer on `page` (Data screen), and returns the file and the link. */
async function makeTransfer(page: Page, passphrase: string): Promise<{ file: { name: string; text: string }; link: string }> {
  await new CandorApp(page).open("#/data");
  const move = page.locator("section", { has: page.getByRole("heading", { name: "Move to another device" }) });
  await move.locator("#move-passphrase").fill(passphrase);
  await move.getByRole("button", { name: "Make the transfer" }).click();
  await expect(move.getByRole("heading", { name: "Ready to send" })).toBeFocused();
  const file = await download(page, "Send the transfer file");
  const link = await move.getByLabel("The link", { exact: true }).inputValue();
  return { file, link };
}

async function openTransfer(page: Page, how: { file?: { name: string; text: string }; link?: string }, passphrase: string) {
  const app = new CandorApp(page);
  await app.open("#/data");
  if (how.file) {
    await choose(page, how.file.name, how.file.text);
  } else {
    await page.getByLabel("Paste a Candor link").fill(how.link!);
    await page.getByRole("button", { name: "Open the link" }).click();
    await expect(app.heading).toHaveText("Move from another device");
  }
  await page.locator("#open-passphrase").fill(passphrase);
  await page.getByRole("button", { name: "Open", exact: true }).click();
  return page.locator(".import-preview");
}

test("moving the search between two devices, both ways, leaves both with the same data and every change", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const contexts: BrowserContext[] = [];
  const device = async () => {
    const context = await browser.newContext({ baseURL, timezoneId: "Europe/Paris" });
    contexts.push(context);
    const page = await context.newPage();
    return { page, app: new CandorApp(page) };
  };
  const phone = await device();
  const laptop = await device();
  const passphrase = "four words on paper";

  await phone.app.addOpportunity("Acme", "Dana");
  await phone.app.addOpportunity("Globex", "Sam");
  await laptop.app.addOpportunity("Initech", "Lee");
  // Phone to laptop, as a file.
  let sent = await makeTransfer(phone.page, passphrase);
  expect(sent.link).toMatch(/#\/import\/t1\.[A-Za-z0-9_-]+$/);
  let preview = await openTransfer(laptop.page, { file: sent.file }, passphrase);
  await expect(preview).toContainText("From your other device");
  await expect(preview).toContainText("New (2): Acme, Globex");
  await laptop.page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(laptop.page.getByRole("status").filter({ hasText: "Merged with your other device's data." })).toBeVisible();
  await laptop.app.savedText("Globex");

  // Both change Acme; the laptop changes it last, and also Globex.
  for (const [who, notes] of [[phone, "Called back from the train"], [laptop, "Drafted the thank-you note"]] as const) {
    await who.app.open("#/opportunities");
    await who.app.row("Acme").getByRole("link").click();
    await who.app.field("Notes for yourself").fill(notes);
    await who.app.savedText(notes);
  }
  await laptop.app.open("#/opportunities");
  await laptop.app.row("Globex").getByRole("link").click();
  await laptop.app.field("Notes for yourself").fill("Ask about the team");
  await laptop.app.savedText("Ask about the team");

  // Laptop to phone, as a link pasted on the phone.
  sent = await makeTransfer(laptop.page, passphrase);
  preview = await openTransfer(phone.page, { link: sent.link }, passphrase);
  await expect(preview).toContainText("New (1): Initech");
  await expect(preview).toContainText("Newer in the file, would be updated (1): Globex");
  await expect(preview).toContainText("Changed on both devices: both versions kept (1): Acme");
  await phone.page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(phone.page.getByRole("status").filter({ hasText: "1 record is kept in two versions." })).toBeVisible();
  await phone.app.savedText("Initech");

  // Phone to laptop again: nothing conflicts any more.
  sent = await makeTransfer(phone.page, passphrase);
  preview = await openTransfer(laptop.page, { file: sent.file }, passphrase);
  await expect(preview).not.toContainText("both versions kept");
  await laptop.page.getByRole("button", { name: "Merge into my data" }).click();
  await laptop.app.savedText("Called back from the train");

  const records = async (page: Page) =>
    (await stored(page)).data.opportunities.map(({ id, company, notes }) => ({ id, company, notes })).sort((a, b) => a.id.localeCompare(b.id));
  const onPhone = await records(phone.page);
  expect(onPhone).toEqual(await records(laptop.page));
  expect(onPhone.map((o) => o.company).sort()).toEqual(["Acme", "Acme (other version)", "Globex", "Initech"]);
  const notes = onPhone.map((o) => o.notes);
  for (const kept of ["Called back from the train", "Drafted the thank-you note", "Ask about the team"]) {
    expect(notes).toContain(kept);
  }
  for (const context of contexts) await context.close();
});

test("any Candor link pasted opens what tapping it would; anything else is refused", async ({ page, browser, baseURL }) => {
  const app = new CandorApp(page);
  await app.open("#/playbook");
  await page.getByRole("button", { name: "Make my own copy" }).click();
  await expect(app.heading).toHaveText("My playbook");
  await app.open("#/playbook");
  await page.getByRole("link", { name: "Share" }).click();
  const link = await page.getByLabel("The link", { exact: true }).inputValue();

  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  const fresh = new CandorApp(other);
  // Reached from Today's first screen, and from the Playbook screen.
  await fresh.open();
  await other.getByRole("link", { name: "Open a transfer or a backup" }).click();
  await expect(fresh.heading).toHaveText("Open a link or a file");
  await other.getByLabel("Paste a Candor link").fill("https://example.org/not-candor");
  await other.getByRole("button", { name: "Open the link" }).click();
  await expect(other.getByRole("alert")).toContainText("That is not a Candor link");
  await expect(other.getByLabel("Paste a Candor link")).toBeFocused();
  await fresh.open("#/playbook");
  await other.getByRole("link", { name: "Paste a link from your coach" }).click();
  await other.getByLabel("Paste a Candor link").fill(`  ${link}  `);
  await other.getByRole("button", { name: "Open the link" }).click();
  await expect(fresh.heading).toHaveText("Playbook: My playbook");
  await expect(other.getByRole("button", { name: "Keep this playbook" })).toBeVisible();
  expect(await fresh.storedText()).toBeNull();
  await context.close();
});

test("a link opened in a Safari tab on an iPhone says how to bring it into the installed app", async ({ page, browser, baseURL }) => {
  const app = new CandorApp(page);
  await app.open("#/playbook");
  await page.getByRole("button", { name: "Make my own copy" }).click();
  await app.open("#/playbook");
  await page.getByRole("link", { name: "Share" }).click();
  const link = await page.getByLabel("The link", { exact: true }).inputValue();
  const fragment = link.slice(link.indexOf("#"));

  const safari = await iphone(browser, baseURL, false);
  await safari.app.open(fragment);
  const note = safari.page.getByRole("complementary", { name: "Using Candor from your Home Screen?" });
  await expect(note).toContainText("Open Candor from your Home Screen.");
  await note.getByRole("button", { name: "Copy this link" }).click();
  await expect(note.getByRole("status")).toContainText(/Link copied|Not copied/);
  // A coach's request for a new snapshot, tapped in Mail: the opportunity is in the app, not
  // in Safari's storage, and the screen says how to open the request there.
  await safari.app.open("#/opportunities/00000000000000ab/share");
  await expect(safari.app.heading).toHaveText("Opportunity not found");
  await expect(note).toContainText("Open Candor from your Home Screen.");
  await safari.context.close();

  const installed = await iphone(browser, baseURL, true);
  await installed.app.open(fragment);
  await expect(installed.page.getByRole("button", { name: "Keep this playbook" })).toBeVisible();
  await expect(installed.page.getByRole("complementary", { name: "Using Candor from your Home Screen?" })).toHaveCount(0);
  await installed.context.close();
  // Not on a desktop either.
  await app.open(fragment);
  await expect(app.heading).toHaveText("Playbook: My playbook");
  await expect(page.getByRole("complementary")).toHaveCount(0);
});

test("Install Candor where the browser offers it, the Home Screen steps on an iPhone, nothing once installed", async ({ page, browser, baseURL }) => {
  const app = new CandorApp(page);
  await app.open("#/data");
  await expect(page.getByRole("heading", { name: "Install Candor" })).toHaveCount(0);
  // The browser offers to install.
  await page.evaluate(() => {
    const offer = new Event("beforeinstallprompt") as Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };
    offer.prompt = async () => {
      (window as unknown as { prompted: boolean }).prompted = true;
    };
    offer.userChoice = Promise.resolve({ outcome: "accepted" });
    window.dispatchEvent(offer);
  });
  await page.getByRole("button", { name: "Install Candor" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
  await expect(page.getByRole("heading", { name: "Install Candor" })).toHaveCount(0);

  const safari = await iphone(browser, baseURL, false);
  await safari.app.open("#/data");
  const steps = safari.page.locator("section", { has: safari.page.getByRole("heading", { name: "Install Candor" }) });
  await expect(steps).toContainText("Choose “Add to Home Screen”.");
  await expect(steps).toContainText("keeps its own data");
  await safari.context.close();

  const installed = await iphone(browser, baseURL, true);
  await installed.app.open("#/data");
  await expect(installed.page.getByLabel("Paste a Candor link")).toBeVisible();
  await expect(installed.page.getByRole("heading", { name: "Install Candor" })).toHaveCount(0);
  await installed.context.close();
});

test("Today suggests saving a copy after a week of changes, at most once a week, and one tap saves it", async ({ page, browser, baseURL }) => {
  const day = (n: number) => new Date(Date.parse("2026-03-02T09:00:00+01:00") + n * 86_400_000);
  await page.clock.setFixedTime(day(0));
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  await app.savedText("Acme");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Save a copy of your search" }) });

  // Today as a whole: the writer, which brings the rest of Today, is already here.
  // (Reloaded, so that the app reads the clock again, as it does when a phone wakes up.)
  const today = async () => {
    await app.open("#/data");
    await page.reload();
    await expect(app.heading).toHaveText("Data");
    await page.getByLabel("Paste a Candor link").waitFor();
    await app.nav("Today").click();
    await expect(page.locator(".quick-actions")).toBeVisible();
  };
  await page.clock.setFixedTime(day(6));
  await today();
  await expect(card).toHaveCount(0);

  await page.clock.setFixedTime(day(7));
  await today();
  await expect(card).toContainText("browsers can clear a site's data");
  await card.getByRole("button", { name: "Not now" }).click();
  await expect(card).toHaveCount(0);
  await page.clock.setFixedTime(day(13));
  await today();
  await expect(card, "dismissed a week ago at most").toHaveCount(0);

  await page.clock.setFixedTime(day(14));
  await today();
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Save a backup" }).click()]);
  expect(file.suggestedFilename()).toBe("candor-backup-2026-03-16.json");
  await expect(card).toHaveCount(0);
  await app.open("#/data");
  await expect(page.getByTestId("last-copy")).toHaveText("Backup saved today at 9:00 AM; nothing changed since.");

  // In a Safari tab, where unused sites are cleared, after three days.
  const safari = await iphone(browser, baseURL, false);
  await safari.page.clock.setFixedTime(day(0));
  await safari.app.addOpportunity("Globex", "Sam");
  await safari.app.savedText("Globex");
  await safari.page.clock.setFixedTime(day(3));
  await safari.page.reload();
  await safari.app.open("#/today");
  await expect(safari.page.locator("section", { has: safari.page.getByRole("heading", { name: "Save a copy of your search" }) })).toContainText(
    "Safari clears the data of sites not opened for 7 days",
  );
  await safari.context.close();
});

test("a transfer link cut short, changed or far too long says so and changes nothing", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  const before = await app.savedText("Acme");
  const sent = await makeTransfer(page, "four words on paper");
  const fragment = sent.link.slice(sent.link.indexOf("#"));
  for (const [what, link, message] of [
    ["cut short", fragment.slice(0, -30), /damaged/],
    ["changed", fragment.slice(0, 40) + (fragment[40] === "A" ? "B" : "A") + fragment.slice(41), /damaged/],
    ["far too long", `#/import/t1.${"A".repeat(40_000)}`, /holds more than any Candor backup/],
  ] as const) {
    await app.open(link);
    await expect(app.heading, what).toHaveText("Move from another device");
    await expect(page.getByRole("alert"), what).toContainText(message);
    await expect(page.locator("#open-passphrase"), what).toHaveCount(0);
  }
  expect(await app.storedText()).toBe(before);
});
