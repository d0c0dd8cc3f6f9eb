// Accessibility: axe finds no violations on any screen, in light and dark mode, at phone and
// desktop widths, including the storage warning banner.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, CandorApp, STORAGE_KEY } from "./fixtures";

const screens = ["#/today", "#/opportunities", "#/playbook", "#/data", "#/nowhere"];
const widths = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const size of widths) {
    test(`no axe violations, ${colorScheme} mode, ${size.name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      const app = new CandorApp(page);
      await app.addOpportunity("Acme", "Dana Reyes");
      const opportunity = new URL(page.url()).hash;
      for (const screen of [...screens, opportunity, "#/opportunities?status=archived"]) {
        await app.open(screen);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, `${screen}`).toEqual([]);
      }
      // The warning banner, too.
      await page.evaluate((key) => localStorage.setItem(key, "{broken"), STORAGE_KEY);
      await page.reload();
      await expect(app.banner).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, "storage banner").toEqual([]);
    });
  }
}
