// Opportunities end to end: create, survive reload, edit, filter, archive and restore.
import { test, expect, CandorApp } from "./fixtures";

test("an opportunity is created, survives reload, is edited and archived", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme Robotics", "Dana Reyes");
  await expect(page).toHaveURL(/#\/opportunities\/[0-9a-f]{16}$/);

  await page.reload();
  await expect(app.heading).toHaveText("Acme Robotics");
  await expect(app.field("Recruiter's name")).toHaveValue("Dana Reyes");

  await app.field("Role").fill("Staff engineer");
  await app.field("Location").fill("Lyon, hybrid");
  await app.field("Key job details").fill("Owns the motion-planning team\nRust and C++");
  await app.field("Agency").fill("North Star Talent");
  await app.field("Phone").fill("+33 6 12 34 56 78");
  await app.field("E-mail").fill("dana@northstar.example");
  await app.field("Notes for yourself").fill("She called on Monday.");
  await app.field("Where it stands").selectOption({ label: "Interviewing" });

  await page.reload();
  await expect(app.field("Role")).toHaveValue("Staff engineer");
  await expect(app.field("Location")).toHaveValue("Lyon, hybrid");
  await expect(app.field("Key job details")).toHaveValue("Owns the motion-planning team\nRust and C++");
  await expect(app.field("Agency")).toHaveValue("North Star Talent");
  await expect(app.field("Phone")).toHaveValue("+33 6 12 34 56 78");
  await expect(app.field("E-mail")).toHaveValue("dana@northstar.example");
  await expect(app.field("Notes for yourself")).toHaveValue("She called on Monday.");
  await expect(app.field("Where it stands")).toHaveValue("interviewing");

  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived" })).toBeVisible();
  await app.nav("Opportunities").click();
  await expect(app.row("Acme Robotics")).toHaveCount(0);
  await expect(page.getByText("No opportunities yet")).toBeVisible();

  await page.getByRole("link", { name: /^Archived/ }).click();
  await expect(page).toHaveURL(/#\/opportunities\?status=archived$/);
  await page.reload();
  await expect(app.row("Acme Robotics")).toBeVisible();
  await app.row("Acme Robotics").getByRole("button", { name: "Restore" }).click();
  await expect(app.row("Acme Robotics")).toHaveCount(0);
  await page.getByRole("link", { name: /^All/ }).click();
  await expect(app.row("Acme Robotics")).toContainText("Interviewing");
});

test("typing in a field keeps focus and what is typed is saved", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Globex", "Sam Lee");
  const notes = app.field("Notes for yourself");
  await notes.click();
  await page.keyboard.type("Asked about relocation");
  await expect(notes).toBeFocused();
  await expect(notes).toHaveValue("Asked about relocation");
  await app.savedText("Asked about relocation");
});

test("the list filters by status and shows counts", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("Acme", "Dana");
  await app.addOpportunity("Globex", "Sam");
  await app.field("Where it stands").selectOption({ label: "Offer" });
  await app.addOpportunity("", "Lee Park");

  await app.nav("Opportunities").click();
  await expect(page.locator(".opportunity-row")).toHaveCount(3);
  await expect(app.row("Company not named yet")).toContainText("Recruiter: Lee Park");

  await page.getByRole("link", { name: /^Offer/ }).click();
  await expect(page.locator(".opportunity-row")).toHaveCount(1);
  await expect(app.row("Globex")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Call/ })).toContainText("2");

  await page.getByRole("link", { name: /^Closed/ }).click();
  await expect(page.getByText("None at this stage.")).toBeVisible();
});

test("adding with both fields empty says what is needed", async ({ page }) => {
  const app = new CandorApp(page);
  await app.open("#/opportunities");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Enter the company or the recruiter's name to start.")).toBeVisible();
  expect(await app.storedText()).toBeNull();
});

test("ids stay unique across reloads", async ({ page }) => {
  const app = new CandorApp(page);
  await app.addOpportunity("First", "A");
  await page.reload();
  await app.addOpportunity("Second", "B");
  await page.reload();
  await app.addOpportunity("Third", "C");
  await app.savedText("Third");
  const ids = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key)!).data.opportunities.map((o: { id: string }) => o.id),
    "candor",
  );
  expect(ids).toHaveLength(3);
  expect(new Set(ids).size).toBe(3);
});
