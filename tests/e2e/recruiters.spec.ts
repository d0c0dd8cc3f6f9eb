// Recruiters across a career, and finding anything at once: the Recruiters screen groups the
// same person across opportunities (merge and split when the grouping is wrong) with their
// details, what they brought, the contact history, how quickly they answer, notes and
// referrals; "keep in touch" shows a quiet hello on Today, never while they owe an answer, and
// a contact restarts the count; a recruiter saves as a contact card (a download on a desktop,
// the share sheet in an installed iPhone app); the Contact Picker fills a recruiter where it
// exists; and one search field finds opportunities and recruiters as you type.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, CandorApp, STORAGE_KEY, storeOnce } from "./fixtures";
import { iphone, shared, download } from "./phones";

test.use({ timezoneId: "Europe/Paris" });

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
const NOW = Date.parse("2026-06-15T10:00:00Z");

type Seed = {
  id: string;
  company: string;
  role?: string;
  notes?: string;
  recruiter: { name: string; agency?: string; phone?: string; email?: string };
  stage?: string;
  reason?: string;
  created: number;
  contacts?: { at: number; kind: string; direction: string; summary?: string }[];
  referrals?: string;
};

/** A stored document (schema 7) of these opportunities. */
function documentOf(seeds: Seed[]): string {
  let contact = 0x500;
  const opportunities = seeds.map((seed) => ({
    id: seed.id,
    company: seed.company,
    role: seed.role ?? "",
    location: "",
    job_details: "",
    recruiter: { agency: "", phone: "", email: "", ...seed.recruiter },
    status: seed.reason ? { stage: "closed", reason: seed.reason } : { stage: seed.stage ?? "call" },
    notes: seed.notes ?? "",
    archived: false,
    created_at: seed.created,
    updated_at: seed.created,
    referrals: seed.referrals ?? "",
    closed_at: seed.reason ? seed.created + 20 * DAY : null,
    contacts: (seed.contacts ?? []).map((c) => ({
      id: (contact++).toString(16).padStart(16, "0"),
      at: c.at, kind: c.kind, direction: c.direction, summary: c.summary ?? "", call_back_at: null, with_interviewer: null,
    })),
  }));
  return JSON.stringify({ schema: 7, data: { opportunities } });
}

type Stored = { data: { opportunities: { id: string; company: string; recruiter: { about: string; person: string | null; keep_in_touch: { every_months: number } | null } }[] } };

async function stored(app: CandorApp): Promise<Stored> {
  return JSON.parse((await app.storedText())!);
}

const ACME = "00000000000000a1";
const GLOBEX = "00000000000000a2";
const INITECH = "00000000000000a3";
const HOOLI = "00000000000000a4";

const SEEDS: Seed[] = [
  {
    id: ACME, company: "Acme", role: "Staff engineer", stage: "interviewing", created: NOW - 30 * DAY,
    recruiter: { name: "Dana Reyes", agency: "Northwind", phone: "+33 6 12 34 56 78", email: "dana@northwind.example" },
    contacts: [
      { at: NOW - 29 * DAY, kind: "email", direction: "outgoing", summary: "Sent my CV" },
      { at: NOW - 29 * DAY + 4 * HOUR, kind: "call", direction: "incoming", summary: "Talked about the team" },
    ],
    referrals: "Asked whether I know a data engineer: suggested Lee Park",
  },
  {
    id: GLOBEX, company: "Globex", reason: "rejected", created: NOW - 300 * DAY,
    recruiter: { name: "dana  reyes", email: "DANA@Northwind.Example" },
    contacts: [{ at: NOW - 290 * DAY, kind: "voicemail", direction: "incoming" }],
  },
  { id: INITECH, company: "Initech", created: NOW - 100 * DAY, recruiter: { name: "D. Reyes", agency: "Northwind", email: "d.reyes@northwind.example" } },
  { id: HOOLI, company: "Hooli", created: NOW - 10 * DAY, recruiter: { name: "Sam Ortiz", agency: "Blue Harbor" } },
];

test("the same recruiter across opportunities is one entry, with everything about them; merge and split fix the grouping", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await storeOnce(page, documentOf(SEEDS));
  page.on("dialog", (dialog) => dialog.accept());
  const app = new CandorApp(page);
  await app.open("#/opportunities");
  await page.getByRole("link", { name: "Recruiters", exact: true }).click();
  await expect(app.heading).toHaveText("Recruiters");
  const rows = page.locator(".opportunity-row");
  await expect(rows).toHaveCount(3);
  // Grouped by e-mail (case and spaces aside) and by name: Acme and Globex are one person.
  await expect(rows.filter({ hasText: "Dana Reyes" })).toContainText("2 opportunities");
  await expect(rows.filter({ hasText: "D. Reyes" })).toContainText("1 opportunity");

  await rows.filter({ hasText: "Dana Reyes" }).getByRole("link").click();
  await expect(app.heading).toHaveText("Dana Reyes");
  await expect(page.locator("main")).toContainText("Northwind");
  await expect(page.getByRole("link", { name: "Call +33 6 12 34 56 78" })).toHaveAttribute("href", "tel:+33612345678");
  await expect(page.getByRole("link", { name: "E-mail dana@northwind.example" })).toBeVisible();
  await expect(page.getByText("Usually answers within about 4 hours (from 1 answer).")).toBeVisible();
  const brought = page.locator(".brought li");
  await expect(brought).toHaveCount(2);
  await expect(brought.filter({ hasText: "Acme (Staff engineer)" })).toContainText("Interviewing");
  await expect(brought.filter({ hasText: "Globex" })).toContainText("Closed: rejected");
  await expect(brought.filter({ hasText: "Globex" })).toContainText(/Added .* · closed /);
  // The contact history across both opportunities, newest first.
  const history = page.locator(".history li");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("Call from the recruiter · Acme");
  await expect(history.last()).toContainText("Voicemail from the recruiter · Globex");
  await expect(page.locator("section[aria-labelledby=referrals-title]")).toContainText("Acme: Asked whether I know a data engineer: suggested Lee Park");

  // Notes about them are kept on every opportunity with them.
  await app.field("Notes about this recruiter").fill("Prefers a text before a call");
  await app.savedText("Prefers a text before a call");
  await expect.poll(async () => (await stored(app)).data.opportunities.filter((o) => o.recruiter.about === "Prefers a text before a call").length).toBe(2);

  // Merge: D. Reyes is the same person.
  await app.field("Same person as").selectOption({ label: "D. Reyes, Northwind" });
  await page.getByRole("button", { name: "Merge the two" }).click();
  await expect(brought).toHaveCount(3);
  await expect(brought.filter({ hasText: "Initech" })).toBeVisible();
  await app.open("#/recruiters");
  await expect(rows).toHaveCount(2);

  // Split: Globex's recruiter was someone else after all.
  await app.open(`#/recruiters/${ACME}`);
  await page.getByRole("button", { name: "Not the same recruiter: Globex" }).click();
  await expect(brought).toHaveCount(2);
  await expect(brought.filter({ hasText: "Globex" })).toHaveCount(0);
  await app.open("#/recruiters");
  await expect(rows).toHaveCount(3);
  // The split-off entry keeps a copy of the notes: nothing typed is lost.
  await app.open(`#/recruiters/${GLOBEX}`);
  await expect(app.field("Notes about this recruiter")).toHaveValue("Prefers a text before a call");
  // Reload: all of it was stored.
  await page.reload();
  await expect(app.heading).toHaveText("dana reyes");
  await app.open("#/recruiters");
  await expect(rows).toHaveCount(3);
});

test("keep in touch: a quiet hello on Today when due, never while they owe an answer, and a contact restarts the count", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const seeds: Seed[] = [
    {
      id: ACME, company: "Acme", reason: "declined", created: NOW - 200 * DAY,
      recruiter: { name: "Dana Reyes", agency: "Northwind" },
      contacts: [{ at: NOW - 150 * DAY, kind: "call", direction: "incoming" }],
    },
    {
      id: HOOLI, company: "Hooli", stage: "interviewing", created: NOW - 20 * DAY,
      recruiter: { name: "Sam Ortiz" },
      contacts: [{ at: NOW - 2 * DAY, kind: "email", direction: "outgoing", summary: "Any news?" }],
    },
  ];
  await storeOnce(page, documentOf(seeds));
  const app = new CandorApp(page);
  await app.open(`#/recruiters/${ACME}`);
  await page.getByLabel("Remind me to keep in touch").check();
  await expect(app.field("How often")).toHaveValue("3");
  await expect(page.getByRole("status").filter({ hasText: "A hello is due: it shows on Today." })).toBeVisible();
  await expect.poll(async () => (await stored(app)).data.opportunities[0].recruiter.keep_in_touch?.every_months).toBe(3);
  // Sam is waiting on a reply to the candidate's own message: no hello, whatever the cadence.
  await app.open(`#/recruiters/${HOOLI}`);
  await page.getByLabel("Remind me to keep in touch").check();
  await app.field("How often").selectOption("1");
  await expect(page.getByRole("status").filter({ hasText: "waiting on their word" })).toBeVisible();

  await app.open("#/today");
  const hellos = page.locator("section[aria-labelledby=hello-title]");
  await expect(hellos.getByRole("link", { name: "Get in touch with Dana Reyes" })).toBeVisible();
  await expect(hellos).toContainText("remember who kept in touch");
  await expect(hellos.getByRole("link", { name: "Get in touch with Sam Ortiz" })).toHaveCount(0);

  // Saying hello (logged on their latest opportunity) restarts the count.
  await hellos.getByRole("link", { name: "Get in touch with Dana Reyes" }).click();
  await expect(app.heading).toHaveText("Dana Reyes");
  await page.getByRole("button", { name: "I e-mailed" }).click();
  await expect(page.locator(".history li").first()).toContainText("You e-mailed the recruiter");
  await expect(page.getByRole("status").filter({ hasText: /^Next hello: / })).toBeVisible();
  await app.open("#/today");
  await expect(page.getByRole("link", { name: "Get in touch with Dana Reyes" })).toHaveCount(0);
});

test("a recruiter saves as a contact card: a download on a desktop, the share sheet in an installed iPhone app", async ({ page, browser, baseURL }) => {
  await page.clock.setFixedTime(NOW);
  await storeOnce(page, documentOf(SEEDS));
  const app = new CandorApp(page);
  await app.open(`#/recruiters/${ACME}`);
  const file = await download(page, "Save as a contact");
  expect(file.name).toBe("Dana Reyes.vcf");
  const lines = file.text.split("\r\n");
  expect(lines.slice(0, 3)).toEqual(["BEGIN:VCARD", "VERSION:4.0", "FN:Dana Reyes"]);
  expect(lines).toContain("ORG:Northwind");
  expect(lines).toContain("TEL;TYPE=work:+33 6 12 34 56 78");
  expect(lines).toContain("EMAIL;TYPE=work:dana@northwind.example");
  expect(file.text).toContain("NOTE:Recruiter. Opportunities: Globex\\, Acme (Staff engineer).");
  expect(lines.at(-2)).toBe("END:VCARD");

  const phone = await iphone(browser, baseURL, true);
  await phone.page.clock.setFixedTime(NOW);
  await phone.page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [STORAGE_KEY, documentOf(SEEDS)]);
  await phone.app.open(`#/recruiters/${ACME}`);
  await phone.page.getByRole("button", { name: "Save as a contact" }).click();
  const [card] = await shared(phone.page, 1);
  expect(card.name).toBe("Dana Reyes.vcf");
  expect(card.type).toBe("text/vcard");
  expect(card.text).toContain("FN:Dana Reyes\r\n");
  await phone.context.close();
});

test("where the Contact Picker exists, a recruiter fills from the phone's contacts; elsewhere there is no such button", async ({ page, browser, baseURL }) => {
  await storeOnce(page, documentOf(SEEDS));
  const app = new CandorApp(page);
  await app.open(`#/opportunities/${HOOLI}`);
  await expect(page.getByRole("heading", { name: "The recruiter", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fill from my contacts" })).toHaveCount(0);

  const android = await browser.newContext({ baseURL });
  await android.addInitScript(() => {
    (window as unknown as { ContactsManager: unknown }).ContactsManager = function ContactsManager() {};
    Object.defineProperty(navigator, "contacts", {
      value: {
        select: async (properties: string[], options: { multiple: boolean }) => {
          (window as unknown as { asked: unknown }).asked = { properties, options };
          return [{ name: ["Priya Nair"], email: ["priya@meridian.example"], tel: ["+44 20 7946 0000"] }];
        },
      },
    });
  });
  const other = await android.newPage();
  await other.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [STORAGE_KEY, documentOf(SEEDS)]);
  const picker = new CandorApp(other);
  await picker.open(`#/opportunities/${HOOLI}`);
  await other.getByRole("button", { name: "Fill from my contacts" }).click();
  await expect(picker.field("Recruiter's name")).toHaveValue("Priya Nair");
  await expect(picker.field("E-mail")).toHaveValue("priya@meridian.example");
  await expect(picker.field("Phone")).toHaveValue("+44 20 7946 0000");
  expect(await other.evaluate(() => (window as unknown as { asked: unknown }).asked)).toEqual({ properties: ["name", "email", "tel"], options: { multiple: false } });
  await picker.savedText("priya@meridian.example");
  await android.close();
});

const SEARCHED: Seed[] = [
  { id: ACME, company: "Café Olé", role: "Staff engineer", notes: "The salary band is wide, ask early", created: NOW - 3 * DAY, recruiter: { name: "Dana Reyes", agency: "Northwind" } },
  { id: GLOBEX, company: "Globex", role: "Platform lead", created: NOW - 2 * DAY, recruiter: { name: "Zoë Brûlé", agency: "Meridian" } },
  { id: INITECH, company: "Initech", role: "Data engineer", reason: "rejected", created: NOW - 1 * DAY, recruiter: { name: "Sam Ortiz", phone: "06 11 22 33 44" } },
];

test("one search finds opportunities as you type: accents and word order aside, every field, marked, kept in the address, with the filters", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await storeOnce(page, documentOf(SEARCHED));
  const app = new CandorApp(page);
  await app.open("#/opportunities");
  const search = page.getByRole("searchbox", { name: "Search opportunities" });
  const rows = page.locator(".opportunity-row");
  await expect(rows).toHaveCount(3);

  await search.fill("cafe");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("mark")).toHaveText("Café");
  await search.fill("engineer staff");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("mark")).toHaveText(["Staff", "engineer"]);
  await search.fill("BRULE meridian");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Globex");
  await expect(rows.first().locator("mark")).toHaveText(["Brûlé", "Meridian"]);
  // Found in a field the line does not show: it says where, with the words around.
  await search.fill("salary");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator(".opportunity-row__found")).toHaveText("Notes: The salary band is wide, ask early");
  await search.fill("11 22 33");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Initech");
  await search.fill("engineer");
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(/#\/opportunities\?q=engineer$/);
  await expect(page.getByRole("link", { name: /^Closed/ }).locator(".filters__count")).toHaveText("1");

  // With a filter; then nothing under it, which says so and offers to clear.
  await page.getByRole("link", { name: /^Closed/ }).click();
  await expect(page).toHaveURL(/#\/opportunities\?status=closed&q=engineer$/);
  await expect(search).toHaveValue("engineer");
  await expect(rows).toHaveCount(1);
  await search.fill("olé");
  await expect(rows).toHaveCount(0);
  await expect(page.getByText("No opportunity matches “olé” under Closed.")).toBeVisible();
  await page.getByRole("button", { name: "Clear the search" }).click();
  await expect(search).toHaveValue("");
  await expect(search).toBeFocused();
  await expect(rows).toHaveCount(1);
  await expect(page).toHaveURL(/#\/opportunities\?status=closed$/);

  // Reload and Back keep the search.
  await search.fill("olé");
  await page.getByRole("link", { name: /^All/ }).click();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(search).toHaveValue("olé");
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("link").click();
  await expect(app.heading).toHaveText("Café Olé");
  await page.goBack();
  await expect(search).toHaveValue("olé");
  await expect(rows).toHaveCount(1);
});

test("with nothing stored there is nothing to search: the field comes with the first opportunity, or with a search in the address", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/opportunities");
  await expect(page.getByLabel("Company", { exact: true })).toBeVisible();
  const search = page.getByRole("searchbox", { name: "Search opportunities" });
  await expect(search).toHaveCount(0);

  await app.open("#/opportunities?q=acme");
  await expect(search).toHaveValue("acme");
  await expect(page.getByText("No opportunity matches “acme”.")).toBeVisible();

  await app.addOpportunity("Acme", "Dana Reyes");
  await app.open("#/opportunities");
  await expect(search).toBeVisible();
  await expect(search).toHaveValue("");
});

test("the Recruiters screen has the same search", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await storeOnce(page, documentOf(SEARCHED));
  const app = new CandorApp(page);
  await app.open("#/recruiters");
  const search = page.getByRole("searchbox", { name: "Search recruiters" });
  const rows = page.locator(".opportunity-row");
  await expect(rows).toHaveCount(3);
  await search.fill("zoe");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("mark")).toHaveText("Zoë");
  // A company they brought finds them too.
  await search.fill("initech");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Sam Ortiz");
  await expect(page).toHaveURL(/#\/recruiters\?q=initech$/);
  await search.fill("nobody here");
  await expect(page.getByText("No recruiter matches “nobody here”.")).toBeVisible();
  await page.getByRole("button", { name: "Clear the search" }).click();
  await expect(rows).toHaveCount(3);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`no axe violations on the recruiter screens and a search, ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.clock.setFixedTime(NOW);
    await storeOnce(page, documentOf(SEEDS));
    const app = new CandorApp(page);
    for (const screen of ["#/recruiters", "#/recruiters?q=reyes", `#/recruiters/${ACME}`, "#/opportunities?q=acme", "#/opportunities?q=zzz"]) {
      await app.open(screen);
      if (screen.includes(ACME)) await page.getByLabel("Remind me to keep in touch").check();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, screen).toEqual([]);
    }
  });
}

test("leaving the list while its search field has focus (Back, a typed address) is safe, even mid-search", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await storeOnce(page, documentOf(SEARCHED));
  const app = new CandorApp(page);
  await app.open("#/opportunities");
  const search = page.getByRole("searchbox", { name: "Search opportunities" });
  await search.fill("engineer");
  await expect(page).toHaveURL(/q=engineer$/);
  // The field still has focus, with a changed value, when the screen goes.
  await search.pressSequentially(" st");
  await page.evaluate(() => { location.hash = "#/recruiters"; });
  await expect(app.heading).toHaveText("Recruiters");
  await expect(page.locator(".opportunity-row")).toHaveCount(3);
  await expect(page).toHaveURL(/#\/recruiters$/);
  // The guard fixture fails the test on any page error ("Candor stopped unexpectedly").
  await expect(page.getByText("Candor stopped unexpectedly")).toHaveCount(0);
});
