// Storage safety: data the app cannot read is never overwritten, and a browser that will
// not store anything, or is full, gets a visible message instead of silent loss.
import { readFile } from "node:fs/promises";
import { test, expect, CandorApp, STORAGE_KEY } from "./fixtures";

async function seed(app: CandorApp, value: string) {
  await app.open();
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, value]);
  await app.page.reload();
  await expect(app.heading).toBeVisible();
}

test("a corrupt stored value is reported, offered for download and never overwritten", async ({ page }) => {
  const app = new CandorApp(page);
  const corrupt = '{"schema":1,"data":{"opportunities":[{"company":"Acme", "notes":"three weeks of notes';
  await seed(app, corrupt);
  await expect(app.banner).toContainText("Your saved data could not be read");
  await expect(app.banner).toContainText("damaged");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    app.banner.getByRole("button", { name: "Download the unreadable data" }).click(),
  ]);
  expect(await readFile((await download.path())!, "utf8")).toBe(corrupt);

  // Working on in memory must not write over what is stored.
  await app.addOpportunity("Globex", "Sam");
  await app.field("Notes for yourself").fill("typed after the error");
  expect(await app.storedText()).toBe(corrupt);
  await page.reload();
  await expect(app.banner).toContainText("Your saved data could not be read");
  expect(await app.storedText()).toBe(corrupt);
});

test("data from a newer version is kept and the message says so", async ({ page }) => {
  const app = new CandorApp(page);
  const newer = '{"schema":42,"data":{"somethingNew":[1,2,3]}}';
  await seed(app, newer);
  await expect(app.banner).toContainText("newer version of Candor");
  await app.addOpportunity("Acme", "Dana");
  expect(await app.storedText()).toBe(newer);
  // Leaving the page writes pending changes at once: still nothing over the newer data.
  await page.reload();
  await expect(app.banner).toContainText("newer version of Candor");
  expect(await app.storedText()).toBe(newer);
});

test("blocked storage shows that changes are not being saved, and the app keeps working", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  const app = new CandorApp(page);
  await app.open();
  await expect(app.banner).toContainText("Changes are not being saved");
  await app.addOpportunity("Acme", "Dana");
  await app.field("Role").fill("Lead");
  await expect(app.field("Role")).toHaveValue("Lead");
  await app.nav("Data").click();
  await expect(page.getByTestId("save-status")).toContainText("Not saving");
});

test("a full quota is reported at once, and saving resumes when space is back", async ({ page }) => {
  await page.addInitScript(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { quotaFull?: boolean }).quotaFull) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return realSetItem.call(this, key, value);
    };
  });
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  await app.savedText("Acme");
  await page.evaluate(() => ((window as unknown as { quotaFull: boolean }).quotaFull = true));
  await app.field("Role").fill("Lead");
  await expect(app.banner).toContainText("Your last change was not saved");
  await expect(app.banner).toContainText("full");
  // It says what takes the most room.
  await expect(app.banner).toContainText(/The largest: Acme \(\d+(\.\d)? (B|KB)\)/);
  expect(await app.storedText()).not.toContain("Lead");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    app.banner.getByRole("button", { name: "Download what is in this tab" }).click(),
  ]);
  const backup = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(backup.data.opportunities[0].role).toBe("Lead");

  await page.evaluate(() => ((window as unknown as { quotaFull: boolean }).quotaFull = false));
  await app.field("Role").fill("Lead engineer");
  await expect(app.banner).toHaveCount(0);
  await app.savedText("Lead engineer");
});
