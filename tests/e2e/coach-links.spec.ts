// Coach links end to end: a coach tailors a playbook and shares it; a candidate in another
// browser profile previews it, keeps it, and a new opportunity follows it. A candidate shares
// a read-only snapshot with a coach. Hostile links are refused with a message, and change
// nothing.
import { deflateRawSync } from "node:zlib";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Locator, Page } from "@playwright/test";
import { test, expect, freshPage, CandorApp, STORAGE_KEY } from "./fixtures";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** The text a QR code on screen holds, read from a screenshot of it. */
async function readQr(code: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

function item(page: Page, key: string, part: string): Locator {
  return page.locator(`#item-${key}-${part}`);
}

test("a coach tailors and shares a playbook; a candidate previews, keeps and follows it", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const coach = new CandorApp(page);
  page.on("dialog", (dialog) => dialog.accept());
  // A phone's share sheet, recorded (desktop Chromium has none).
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await coach.open("#/playbook");
  await page.getByRole("button", { name: "Make my own copy" }).click();
  await expect(coach.heading).toHaveText("My playbook");

  // Name, note, and edits of every kind: text, why, a rule's number, a new item with a rule,
  // a move and a removal.
  await coach.field("Name").fill("Ana's playbook for engineers");
  await coach.field("Coach's name").fill("Ana Coach");
  await coach.field("A short message from the coach").fill("Bring one story to every interview.");
  await item(page, "call-pitch", "why").fill("Recruiters skim: lead with your strongest fit.");
  await item(page, "call-return", "number").fill("12");
  await expect(page.getByText("Due within 12 hours of a missed call or voicemail.")).toBeVisible();
  await page.getByRole("button", { name: "Add an item to Interview" }).click();
  await expect(item(page, "own-1", "text")).toBeFocused();
  await item(page, "own-1", "text").fill("Prepare a two-minute story about a hard bug");
  await item(page, "own-1", "why").fill("Interviewers remember stories better than lists.");
  await item(page, "own-1", "rule").selectOption({ label: "Don't go dark" });
  await item(page, "own-1", "number").fill("6");
  await page.getByRole("group", { name: "Have your pitch at hand" }).getByRole("button", { name: "Move up" }).click();
  const callItems = page.locator("section", { has: page.getByRole("heading", { name: "Recruiter's call" }) }).locator("legend");
  // It was fifth, after the items on why they called and what listening means.
  await expect(callItems.nth(3)).toHaveText(/Have your pitch at hand/);
  await expect(callItems.nth(4)).toHaveText(/Listening to an opportunity is not disloyalty/);
  await page.getByRole("group", { name: "Take the call even if you're not looking" }).getByRole("button", { name: "Remove" }).click();
  await expect(callItems).toHaveCount(13);

  // The built-in playbook is untouched.
  await coach.open("#/playbook/built-in");
  await expect(page.getByText("Take the call even if you're not looking")).toBeVisible();
  await expect(page.getByText("Due within 24 hours of a missed call or voicemail.")).toBeVisible();

  // Share: the link, its length, copy, and a QR code that holds the same link.
  await coach.open("#/playbook");
  await page.getByRole("link", { name: "Share" }).click();
  await expect(coach.heading).toHaveText("Share “Ana's playbook for engineers”");
  const link = await page.getByLabel("The link", { exact: true }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/some\/sub\/path\/#\/import\/p1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(2000);
  await expect(page.getByText(`${link.length} characters`)).toBeVisible();
  await page.getByRole("button", { name: "Copy the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(await readQr(page.getByRole("img", { name: "QR code of the link" }))).toBe(link);
  await page.getByRole("button", { name: "Share…" }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
    .toEqual({ title: "Candor playbook: Ana's playbook for engineers", text: link });

  // The candidate, on another device, opens the link: a preview, and nothing stored yet.
  const [other, problems] = await freshPage(browser, baseURL);
  const candidate = new CandorApp(other);
  await other.goto(link);
  await expect(candidate.heading).toHaveText("Playbook: Ana's playbook for engineers");
  await expect(other.locator(".coach-note")).toContainText("Bring one story to every interview.");
  await expect(other.locator(".coach-note")).toContainText("Ana Coach");
  await expect(other.getByText("Prepare a two-minute story about a hard bug")).toBeVisible();
  await expect(other.getByText("Recruiters skim: lead with your strongest fit.")).toBeVisible();
  await expect(other.getByText("Shows 6 days after an e-mail or a text from the recruiter, or a call that asked something of you, that you have not answered.")).toBeVisible();
  await expect(other.getByText("Take the call even if you're not looking")).toHaveCount(0);
  expect(await candidate.storedText()).toBeNull();

  await other.getByRole("button", { name: "Keep this playbook" }).click();
  await expect(candidate.heading).toHaveText("Ana's playbook for engineers");
  expect(new URL(other.url()).hash).toMatch(/^#\/playbook\/[a-z0-9-]+$/);
  await other.goBack();
  expect(new URL(other.url()).hash).not.toContain("import");

  // The same link again: no duplicate, and dismissing takes the link away too.
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "Up to date" })).toBeVisible();
  await other.getByRole("button", { name: "Not now" }).click();
  await expect(candidate.heading).toHaveText("Playbooks");
  expect(new URL(other.url()).hash).toBe("#/playbook");
  const stored = JSON.parse(await candidate.savedText("Ana's playbook for engineers"));
  expect(stored.data.playbooks).toHaveLength(1);
  await expect(other.getByRole("radio", { name: "Ana's playbook for engineers" })).toBeChecked();

  // A new opportunity follows it: the call step counts its 7 things to do (the "don't" and
  // optional items are shown, not counted), and the new item is in each round.
  await candidate.addOpportunity("Acme Robotics", "Dana Reyes");
  await expect(other.locator(".step").first()).toContainText("0 of 7 done");
  await other.getByRole("button", { name: "Add an interview round" }).click();
  await expect(other.getByText("Prepare a two-minute story about a hard bug")).toBeVisible();
  expect(problems).toEqual([]);
  await other.context().close();
});

test("a candidate shares a read-only snapshot; contact details only when ticked", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const candidate = new CandorApp(page);
  await candidate.addOpportunity("Acme Robotics", "Dana Reyes");
  await candidate.field("Phone").fill("+33 6 12 34 56 78");
  await candidate.field("E-mail").fill("dana@northstar.example");
  await candidate.field("Notes for yourself").fill("Salary band said to be flexible");
  await page.getByRole("button", { name: "Add an interview round" }).click();
  await page.getByLabel("New interviewer's name").fill("Ana Ruiz");
  await page.getByRole("button", { name: "Add interviewer" }).click();
  await page.getByRole("group", { name: "Ana Ruiz" }).getByLabel("Title").fill("Head of Robotics");
  const round = new URL(page.url()).hash;
  await candidate.open(`${round}/debrief`);
  await candidate.field("What went well").fill("The system design part");

  await candidate.open(round.replace(/\/rounds\/.*/, ""));
  await page.getByRole("link", { name: "Share with a coach" }).click();
  await expect(candidate.heading).toHaveText("Share with your coach");
  const contains = page.locator("ul.contains").first();
  await expect(contains).not.toContainText("phone");
  await expect(page.locator("ul.contains").nth(1)).toContainText("Contact details");
  const plain = await page.getByLabel("The link", { exact: true }).inputValue();
  expect(plain).toContain("#/view/s3.");

  // The coach has data of their own, which the snapshot never touches.
  const [other, problems] = await freshPage(browser, baseURL);
  const coach = new CandorApp(other);
  await coach.addOpportunity("Coach's own client", "");
  const before = await coach.savedText("Coach's own client");
  await other.goto(plain);
  await expect(coach.heading).toHaveText("Acme Robotics");
  await expect(other.getByText("Read-only.")).toBeVisible();
  await expect(other.getByText("The system design part")).toBeVisible();
  await expect(other.getByText("Head of Robotics")).toBeVisible();
  for (const hidden of ["+33 6 12 34 56 78", "dana@northstar.example", "Salary band", "Ana Ruiz", "Dana Reyes"]) {
    await expect(other.getByText(hidden)).toHaveCount(0);
  }
  expect(await coach.storedText()).toBe(before);

  // Ticked: the contact details travel too, and the screen says so.
  await page.getByRole("checkbox", { name: "Contact details (names, phone, e-mail)" }).check();
  await expect(contains).toContainText("phone and e-mail");
  const withContacts = await page.getByLabel("The link", { exact: true }).inputValue();
  expect(withContacts).not.toBe(plain);
  await other.goto(withContacts);
  await expect(other.getByText("+33 6 12 34 56 78")).toBeVisible();
  await expect(other.getByText("Ana Ruiz, Head of Robotics")).toBeVisible();
  await expect(other.getByText("Salary band")).toHaveCount(0);
  await other.getByRole("button", { name: "Close" }).click();
  await expect(coach.heading).toHaveText("Today");
  expect(new URL(other.url()).hash).not.toContain("view");
  expect(await coach.storedText()).toBe(before);
  expect(problems).toEqual([]);
  await other.context().close();
});

const base64url = (bytes: Buffer) => bytes.toString("base64url");
const packed = (prefix: string, json: string) => `${prefix}${base64url(deflateRawSync(Buffer.from(json)))}`;
const item1 = (text: string) =>
  ({ key: "x-1", moment: "call", phase: "before", text, why: "w" });
const playbookJson = (fields: object) =>
  JSON.stringify({ b: 1, i: "coach-x", n: "Name", v: 1, o: ["x-1"], c: [item1("t")], ...fields });

const hostile: [string, string, RegExp][] = [
  ["malformed base64", "p1.@@@!!!", /damaged/],
  ["an unknown version", "p7.AAAA", /different version of Candor/],
  ["a truncated payload", packed("p1.", playbookJson({})).slice(0, 20), /damaged/],
  ["a 1 MB fragment", `p1.${"A".repeat(1 << 20)}`, /too long/],
  ["a decompression bomb", `p1.${base64url(deflateRawSync(Buffer.alloc(10 << 20, 32)))}`, /holds more than a Candor link can/],
  ["deeply nested JSON", packed("p1.", "[".repeat(100_000) + "]".repeat(100_000)), /damaged/],
  ["an oversized string", packed("p1.", playbookJson({ c: [item1("x".repeat(10_000))] })), /at most 500/],
  ["unknown fields", packed("p1.", playbookJson({ extra: true })), /damaged/],
  ["absurd counts", packed("p1.", playbookJson({ o: Array.from({ length: 500 }, (_, n) => `k-${n}`) })), /more than 200 items/],
  ["a snapshot with an impossible interest", packed("s1.", JSON.stringify({ company: "A", role: "", location: "", status: "", job_details: "", steps: [], rounds: [{ format: "Video", people: [], debrief: [], interest: 99, debrief_call_done: false }], taken_at: 0 })), /out of range/],
];

test("hostile links are refused with a message and change nothing", async ({ page }) => {
  test.setTimeout(60_000);
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  const before = await app.savedText("Acme Robotics");
  for (const [what, link, message] of hostile) {
    await app.open(`#/import/${link}`);
    await expect(app.heading, what).toHaveText("This link can't be opened");
    await expect(page.getByRole("alert"), what).toContainText(message);
    await expect(page.getByRole("alert"), what).toContainText("Nothing was saved or changed in your data.");
    expect(await app.storedText(), what).toBe(before);
  }
  await app.open(`#/view/${hostile[0][1]}`);
  await expect(page.getByRole("alert")).toContainText("damaged");
  // "Go to Today" leaves no trace of the link in the address bar.
  await page.getByRole("button", { name: "Go to Today" }).click();
  await expect(app.heading).toHaveText("Today");
  expect(new URL(page.url()).hash).not.toContain("import");
  expect(await app.storedText()).toBe(before);
});

test("markup in a shared playbook is shown as text and never runs", async ({ page }) => {
  const app = new CandorApp(page);
  const script = `<img src=x onerror="window.__ran=1"><script>window.__ran=1</script>`;
  const link = packed("p1.", playbookJson({ n: script, c: [item1(script)], k: { name: script, message: script } }));
  await app.open(`#/import/${link}`);
  await expect(app.heading).toHaveText(`Playbook: ${script}`);
  await expect(page.locator(".coach-note blockquote")).toHaveText(script);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  expect(await page.locator("main img, main script").count()).toBe(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
});
