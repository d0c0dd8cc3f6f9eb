// The installable, offline app: manifest and icons, Chromium's installability check, offline
// use after the first visit, and a Content-Security-Policy that blocks inline script.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect, CandorApp } from "./fixtures";
import config from "./playwright.config";
import type { Page } from "@playwright/test";

/** Waits until the service worker controls the page (it has precached the build). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("the manifest works from a sub-folder and its icons are real PNGs of the stated sizes", async ({ request }) => {
  const manifest = await (await request.get("manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ short_name: "Candor", display: "standalone", start_url: "./", scope: "./" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const purposes = manifest.icons.map((icon: { purpose: string }) => icon.purpose);
  expect(purposes).toContain("maskable");
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
});

test("Chromium finds the app installable", async () => {
  const profile = await mkdtemp(join(tmpdir(), "candor-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...config.use?.launchOptions,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(config.use!.baseURL!);
    await expect(page.locator("main h1")).toHaveText("Today");
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test("after the first visit every screen works offline and edits survive a reload", async ({ page, context }) => {
  const app = new CandorApp(page);
  await app.open();
  await controlled(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const opportunity = new URL(page.url()).hash;
  // Screens not opened yet are kept once the app is idle; the Data screen says when.
  await app.nav("Data").click();
  await expect(page.getByTestId("offline-ready")).toContainText("Ready");
  await page.goBack();
  await expect(app.heading).toHaveText("Acme Robotics");

  await context.setOffline(true);
  await page.reload();
  await expect(app.heading).toHaveText("Acme Robotics");
  for (const [name, heading] of [
    ["Today", "Today"],
    ["Opportunities", "Opportunities"],
    ["Playbook", "Playbooks"],
    ["Data", "Data"],
  ]) {
    await app.nav(name).click();
    await expect(app.heading).toHaveText(heading);
  }
  await app.open(opportunity);
  await app.field("Role").fill("Staff engineer");
  await page.getByRole("button", { name: "Voicemail from them" }).click();
  await page.reload();
  await expect(app.field("Role")).toHaveValue("Staff engineer");
  await expect(page.locator(".log__entry")).toContainText("Voicemail from the recruiter");
  await app.open("#/settings");
  await expect(app.heading).toHaveText("Your pitch");
  await context.setOffline(false);
});

test.describe("Content-Security-Policy", () => {
  test.use({ expectedConsoleErrors: [/^Executing inline script violates the following Content Security Policy/] });

  test("the page carries a strict policy that blocks inline script", async ({ page }) => {
    await page.goto("./");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).not.toMatch(/https?:/);
    await expect(page.locator("main h1")).toHaveText("Today");
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (event) => resolve(event.violatedDirective), { once: true });
          const script = document.createElement("script");
          script.textContent = "window.injected = true";
          document.body.append(script);
        }),
    );
    expect(blocked).toMatch(/^script-src/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});

test.describe("persistent storage", () => {
  test.beforeEach(async ({ page }) => {
    // The browser's answer is its own business; here it says no until asked, then yes.
    await page.addInitScript(() => {
      const state = { persisted: false, asked: 0 };
      (window as unknown as { storageState: typeof state }).storageState = state;
      Object.defineProperty(navigator.storage, "persisted", { value: async () => state.persisted });
      Object.defineProperty(navigator.storage, "persist", {
        value: async () => {
          state.asked += 1;
          state.persisted = true;
          return true;
        },
      });
    });
  });

  test("the app asks once there is something to keep, and the Data screen shows the answer", async ({ page }) => {
    const app = new CandorApp(page);
    await app.open("#/data");
    await expect(page.getByTestId("persistence")).toContainText("Not yet");
    await expect(page.getByText("Safari clears the data of sites not opened for 7 days")).toBeVisible();
    await app.addOpportunity("Acme", "Dana");
    await expect.poll(() => page.evaluate(() => (window as unknown as { storageState: { asked: number } }).storageState.asked)).toBe(1);
    await app.nav("Data").click();
    await expect(page.getByTestId("persistence")).toContainText("Yes: this browser has agreed");
  });

  test("the candidate can ask again from the Data screen", async ({ page }) => {
    const app = new CandorApp(page);
    await app.open("#/data");
    await page.getByRole("button", { name: "Ask the browser to keep it" }).click();
    await expect(page.getByTestId("persistence")).toContainText("Yes");
  });
});
