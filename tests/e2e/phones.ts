// An iPhone as the end-to-end tests see it: Safari, or the app installed on the Home Screen
// (scripted `navigator.standalone`), with a share sheet that records the files it is handed
// (a recorded `navigator.share`); and a file downloaded on a desktop, read back.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { expect, CandorApp } from "./fixtures";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1";

export type Shared = { name: string; type: string; text: string };
export type Sheet = "files" | "needs-a-tap" | "none";

/** An iPhone: Safari, or (`installed`) the app on its Home Screen, with a share sheet that
 * records what it is handed (`files`), refuses the first file until a tap of its own
 * (`needs-a-tap`), or is missing (`none`). */
export async function iphone(browser: Browser, baseURL: string | undefined, installed: boolean, sheet: Sheet = "files") {
  const context = await browser.newContext({
    baseURL,
    userAgent: IPHONE,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    timezoneId: "Europe/Paris",
  });
  await context.addInitScript(
    ({ installed, sheet }) => {
      const w = window as unknown as { shared: Shared[] };
      w.shared = [];
      if (installed) Object.defineProperty(navigator, "standalone", { get: () => true });
      if (sheet === "none") {
        Object.defineProperty(navigator, "share", { value: undefined });
        return;
      }
      let refusals = sheet === "needs-a-tap" ? 1 : 0;
      Object.defineProperty(navigator, "canShare", {
        value: (data: ShareData) => Array.isArray(data?.files) && data.files.length > 0,
      });
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          if (refusals-- > 0) throw new DOMException("Must be handling a user gesture", "NotAllowedError");
          for (const file of data.files ?? []) w.shared.push({ name: file.name, type: file.type, text: await file.text() });
        },
      });
    },
    { installed, sheet },
  );
  const page = await context.newPage();
  page.on("download", (download) => {
    throw new Error(`a download started in an installed iPhone app: ${download.suggestedFilename()}`);
  });
  return { context, page, app: new CandorApp(page) };
}

export async function shared(page: Page, count: number): Promise<Shared[]> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: Shared[] }).shared.length)).toBe(count);
  return page.evaluate(() => (window as unknown as { shared: Shared[] }).shared);
}

export async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

