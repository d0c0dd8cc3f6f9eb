// Shared test setup: every test fails on a console error, an uncaught page error, or a
// request to any origin but the app's own. Page objects keep the specs readable.
import { test as base, expect, type Browser, type Page, type Locator } from "@playwright/test";

export const STORAGE_KEY = "candor";

type Fixtures = { guard: void; expectedConsoleErrors: RegExp[]; otherOwnOrigins: string[] };

export const test = base.extend<Fixtures>({
  // A test that provokes an error on purpose names it here; any other still fails the test.
  expectedConsoleErrors: [[], { option: true }],
  // Origins of extra local servers a test starts itself (they serve the app too).
  otherOwnOrigins: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors, otherOwnOrigins }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL!).origin;
      page.on("console", (message) => {
        const expected = expectedConsoleErrors.some((pattern) => pattern.test(message.text()));
        if (message.type() === "error" && !expected) problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        const own = url.origin === ownOrigin || otherOwnOrigins.includes(url.origin);
        if (!["data:", "blob:"].includes(url.protocol) && !own) {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      await use();
      expect(problems, "console errors, page errors or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The app, seen as a candidate sees it. */
export class CandorApp {
  constructor(readonly page: Page) {}

  /** Opens a screen by its fragment (e.g. "#/opportunities") and waits for the app. */
  async open(fragment = "") {
    await this.page.goto(`./${fragment}`);
    await expect(this.page.locator("#boot")).toHaveCount(0);
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.locator("main h1");
  }

  nav(name: string): Locator {
    return this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
  }

  /** Adds an opportunity from the quick-add form; the app then opens it. */
  async addOpportunity(company: string, recruiter: string) {
    await this.open("#/opportunities");
    await this.page.getByLabel("Company", { exact: true }).fill(company);
    await this.page.getByLabel("Recruiter's name", { exact: true }).fill(recruiter);
    await this.page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(this.heading).toHaveText(company || "Company not named yet");
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  row(title: string): Locator {
    return this.page.locator(".opportunity-row").filter({ hasText: title });
  }

  get banner(): Locator {
    return this.page.getByRole("alert");
  }

  async storedText(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  }

  /** Waits until storage holds `text` (changes are written once typing pauses), and returns it all. */
  async savedText(text: string): Promise<string> {
    await expect.poll(() => this.storedText(), { message: `storage to contain ${text}` }).toContain(text);
    return (await this.storedText())!;
  }
}

/** Stores `text` as the saved document before the app first starts in this tab (a reload
 * keeps what the app saved since). */
export async function storeOnce(page: Page, text: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("stored")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("stored", "yes");
      }
    },
    [STORAGE_KEY, text],
  );
}

/** A page in a new, empty browser profile (another person's device), and the errors it shows. */
export async function freshPage(browser: Browser, baseURL: string | undefined): Promise<[Page, string[]]> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return [page, problems];
}
