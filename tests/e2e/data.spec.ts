// The Data screen: backups and the spreadsheet export, importing with a preview (merge or
// replace), files of every earlier version, hostile files, storage status and clearing
// everything.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, CandorApp } from "./fixtures";

test.use({ timezoneId: "Europe/Paris" });

const fixtures = join(__dirname, "..", "fixtures");

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

async function choose(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel("Or choose a backup or transfer file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: typeof text === "string" ? Buffer.from(text) : text,
  });
}

test("a backup and a spreadsheet download in one tap each, and the backup imports elsewhere", async ({ page, browser, baseURL }) => {
  await page.clock.setFixedTime(new Date("2026-03-02T23:30:00+01:00"));
  const app = new CandorApp(page);
  await app.addOpportunity('Acme, "Robotics"', "Dana Reyes");
  await app.field("Role").fill("=HYPERLINK(\"x\")");
  await app.field("Key job details").fill("Line one\nLine two");
  await app.addOpportunity("Société Générale", "Zoë");

  await app.open("#/data");
  const backup = await download(page, "Save a backup");
  expect(backup.name).toBe("candor-backup-2026-03-02.json");
  const parsed = JSON.parse(backup.text);
  expect(parsed.schema).toBe(10);
  expect(parsed.exported_at).toBe(Date.parse("2026-03-02T23:30:00+01:00"));
  expect(parsed.app_version).toMatch(/^\d+\.\d+\.\d+/);
  expect(parsed.data.opportunities).toHaveLength(2);

  const csv = await download(page, "Save a spreadsheet (CSV)");
  expect(csv.name).toBe("candor-opportunities-2026-03-02.csv");
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.text.slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "Company,Role,Location,Recruiter,Agency,Recruiter phone,Recruiter e-mail,Status,Archived,Rounds,Added,Last changed,Next action,Next action due",
  );
  expect(csv.text).toContain('"Acme, ""Robotics""","\'=HYPERLINK(""x"")"');
  expect(csv.text).toContain("Société Générale,,,Zoë,,,,Recruiter's call,no,0,2026-03-02 23:30,2026-03-02 23:30");

  // Another browser, empty: the preview, then the merge.
  const context = await browser.newContext({ baseURL, timezoneId: "Europe/Paris" });
  const other = await context.newPage();
  const fresh = new CandorApp(other);
  await fresh.open("#/data");
  await choose(other, backup.name, backup.text);
  const preview = other.locator(".import-preview");
  await expect(preview).toContainText(/Backup made Mon, Mar 2(, 2026)?, 11:30 PM\./);
  await expect(preview).toContainText('New (2): Acme, "Robotics", Société Générale');
  expect(await fresh.storedText()).toBeNull();
  await other.getByRole("button", { name: "Merge into my data" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Imported." })).toBeVisible();
  await fresh.savedText("Société Générale");
  await fresh.open("#/opportunities");
  await expect(fresh.row("Société Générale")).toBeVisible();
  await expect(fresh.row('Acme, "Robotics"')).toBeVisible();
  await context.close();
});

test("the import preview lists new, updated and conflicting records; merging keeps both versions of a conflict", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  await app.addOpportunity("Globex", "Sam");
  await app.open("#/data");
  const file = JSON.parse((await download(page, "Save a backup")).text);

  // In the file: Globex changed later than here, and a new record. Here: Acme changed after
  // the backup.
  const globex = file.data.opportunities.find((o: { company: string }) => o.company === "Globex");
  globex.role = "From the file";
  globex.updated_at += 86_400_000;
  file.data.opportunities.push({ ...globex, id: "00000000000000c1", company: "Initech", role: "" });
  await app.open("#/opportunities");
  await app.row("Acme").getByRole("link").click();
  await app.field("Role").fill("Changed here");
  await app.savedText("Changed here");

  await app.open("#/data");
  await choose(page, "edited.json", JSON.stringify(file));
  const preview = page.locator(".import-preview");
  await expect(preview).toContainText("New (1): Initech");
  await expect(preview).toContainText("Newer in the file, would be updated (1): Globex");
  await expect(preview).toContainText("Changed here since the file was made: both versions kept (1): Acme");
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 record is kept in two versions." })).toBeVisible();

  await app.open("#/opportunities");
  await expect(app.row("Initech")).toBeVisible();
  await expect(app.row("Acme (other version)")).toBeVisible();
  await app.row("Globex").getByRole("link").click();
  await expect(app.field("Role")).toHaveValue("From the file");
  await app.open("#/opportunities");
  await app.row("Acme").filter({ hasNotText: "other version" }).getByRole("link").click();
  await expect(app.field("Role")).toHaveValue("Changed here");
});

test("replacing offers a backup first, then replaces everything", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Kept in the file", "Dana");
  await app.open("#/data");
  const file = (await download(page, "Save a backup")).text;
  await app.addOpportunity("Only here", "Sam");
  await app.open("#/data");
  await choose(page, "backup.json", file);
  await page.getByRole("button", { name: "Replace my data…" }).click();
  await expect(page.locator(".import-preview")).toContainText(
    "Your 2 opportunities in this browser would be replaced by the 1 opportunity in “backup.json”.",
  );
  const safety = await download(page, "Save a backup first");
  expect(JSON.parse(safety.text).data.opportunities).toHaveLength(2);
  await page.getByRole("button", { name: "Replace everything" }).click();
  await expect(page.getByRole("status").filter({ hasText: "replaced by the file's 1 opportunity" })).toBeVisible();
  expect(JSON.parse((await app.storedText())!).data.opportunities).toHaveLength(1);
  await app.open("#/opportunities");
  await expect(app.row("Only here")).toHaveCount(0);
  await expect(app.row("Kept in the file")).toBeVisible();
});

for (const version of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
  test(`a file written by schema version ${version} imports`, async ({ page }) => {
    const app = new CandorApp(page);
    await app.open("#/data");
    const text = await readFile(join(fixtures, `schema-${version}.json`), "utf8");
    await choose(page, `schema-${version}.json`, text);
    await expect(page.locator(".import-preview")).toContainText("New (");
    await page.getByRole("button", { name: "Merge into my data" }).click();
    await app.savedText('"schema":10');
    await app.open("#/opportunities");
    await expect(app.row("Acme Robotics")).toBeVisible();
    if (version === 6) {
      // The coach board in the file came too.
      await app.open("#/board");
      await expect(page.locator(".board-card")).toContainText("Lee Park");
    }
  });
}

const nested = "[".repeat(100_000) + "]".repeat(100_000);
const hostileFiles: [string, string | Buffer, RegExp][] = [
  ["not JSON", "this is not a backup {", /damaged/],
  ["JSON without a version", '{"data":{"opportunities":[]}}', /not written by Candor/],
  ["a newer version", '{"schema":99,"data":{}}', /newer version of Candor/],
  ["wrong types", '{"schema":5,"data":{"opportunities":"many"}}', /not in the expected shape/],
  ["deeply nested", `{"schema":5,"data":${nested}}`, /damaged|expected shape/],
  ["a duplicate id", '{"schema":1,"data":{"opportunities":[' + Array(2).fill('{"id":"00000000000000aa","company":"A","role":"","location":"","job_details":"","recruiter":{"name":"","agency":"","phone":"","email":""},"status":{"stage":"call"},"notes":"","archived":false,"created_at":0,"updated_at":0}').join(",") + "]}}", /share the id/],
  ["a huge file", Buffer.alloc(11 * 1024 * 1024, 32), /larger than any Candor backup/],
];

test("hostile files get a clear message and change nothing", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  const before = await app.savedText("Acme");
  await app.open("#/data");
  for (const [what, content, message] of hostileFiles) {
    await choose(page, `${what}.json`, content);
    const alert = page.locator(".card").getByRole("alert");
    await expect(alert, what).toContainText("This file cannot be imported");
    await expect(alert, what).toContainText(message);
    expect(await app.storedText(), what).toBe(before);
  }
  // Markup in a file is imported as text and never runs.
  const script = '<img src=x onerror="window.__ran=1">';
  const file = JSON.parse(before);
  file.data.opportunities[0].id = "00000000000000bb";
  file.data.opportunities[0].company = script;
  await choose(page, "markup.json", JSON.stringify(file));
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await app.open("#/opportunities");
  await expect(app.row(script)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test("the Data screen shows space used, the last save and persistence; clearing needs the typed word", async ({ page, context }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  await app.open("#/data");
  await expect(page.getByTestId("space-used")).toHaveText(/^\d+(\.\d)? (B|KB) of about 5 MB \(\d+\.\d%\)$/);
  await expect(page.getByTestId("persistence")).not.toBeEmpty();
  await expect(page.getByTestId("last-saved")).toHaveText(/^today at \d{1,2}:\d\d [AP]M$/);
  const lastSaved = await page.getByTestId("last-saved").textContent();
  await page.reload();
  await expect(page.getByTestId("last-saved"), "still known after a reload").toHaveText(lastSaved!);

  // Another tab keeps Acme open; clearing here empties it there too.
  const other = await context.newPage();
  const second = new CandorApp(other);
  await second.open("#/opportunities");
  await expect(second.row("Acme")).toBeVisible();

  const clear = page.getByRole("button", { name: "Clear everything" });
  await expect(clear).toBeDisabled();
  const backup = await download(page, "Save a backup before clearing");
  expect(JSON.parse(backup.text).data.opportunities).toHaveLength(1);
  await page.getByLabel("Type “delete” to confirm").fill("delet");
  await expect(clear).toBeDisabled();
  await page.getByLabel("Type “delete” to confirm").fill("delete");
  await clear.click();
  await expect(page.getByRole("status").filter({ hasText: "Everything was removed from this browser." })).toBeVisible();
  expect(await app.storedText()).toBeNull();
  await expect(second.row("Acme")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("last-saved")).toHaveText("Nothing saved yet");
  await app.open("#/opportunities");
  await expect(app.row("Acme")).toHaveCount(0);
  expect(await app.storedText()).toBeNull();
});
