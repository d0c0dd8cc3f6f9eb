// Updating a running app: a new build is deployed while the candidate is typing. The app says
// a new version is ready, keeps running the old one until the candidate agrees, then switches
// whole (every file from the new build) without losing what was typed.
import { spawn, type ChildProcess } from "node:child_process";
import { access, cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test, expect, CandorApp } from "./fixtures";

const ROOT = resolve(__dirname, "../..");
const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASE = `${ORIGIN}/app/`;

test.use({ otherOwnOrigins: [ORIGIN] });

async function startServer(dir: string): Promise<ChildProcess> {
  const server = spawn("node", [join(ROOT, "scripts/static-server.mjs"), "--dir", dir, "--port", String(PORT), "--base", "/app/"], {
    stdio: "ignore",
  });
  await expect
    .poll(async () => fetch(BASE).then((r) => r.status).catch(() => 0), { timeout: 10_000 })
    .toBe(200);
  return server;
}

async function deploy(from: string, to: string) {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
}

const mainWasmOf = async (dir: string) => (await readdir(dir)).find((name) => /^candor-.*_bg\.wasm$/.test(name));

test("a new version waits for the candidate, then switches whole without losing typing", async ({ page }) => {
  const next = join(ROOT, "target/dist-next");
  await access(next).catch(() => {
    throw new Error("target/dist-next is missing: scripts/test.sh builds it before the end-to-end suite");
  });
  const served = await mkdtemp(join(tmpdir(), "candor-update-"));
  await deploy(join(ROOT, "dist"), served);
  const server = await startServer(served);
  try {
    const app = new CandorApp(page);
    await page.goto(`${BASE}#/data`);
    await expect(page.getByTestId("app-version")).toHaveText("0.1.0");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
      }
    });
    // The candidate has used the app for a while: every screen of this version is kept.
    await expect(page.getByTestId("offline-ready")).toContainText("Ready");
    await app.nav("Opportunities").click();
    await page.getByLabel("Company", { exact: true }).fill("Acme");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    const notes = app.field("Notes for yourself");
    await notes.fill("Half-typed thought");

    // Build B is deployed; the browser finds it.
    await deploy(next, served);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const banner = page.getByRole("status").filter({ hasText: "A new version of Candor is ready" });
    await expect(banner).toBeVisible();

    // Until the candidate agrees, the old version keeps running, files and all.
    await notes.pressSequentially(", finished.");
    await page.reload();
    await expect(banner).toBeVisible();
    await expect(notes).toHaveValue("Half-typed thought, finished.");
    await app.nav("Data").click();
    await expect(page.getByTestId("app-version")).toHaveText("0.1.0");
    // A screen not opened before the deploy still comes from the old version, whole.
    await app.nav("Playbook").click();
    await expect(page.getByRole("heading", { name: "Your playbooks" })).toBeVisible();
    await app.nav("Data").click();

    const loaded: string[] = [];
    page.on("response", (response) => loaded.push(new URL(response.url()).pathname));
    await banner.getByRole("button", { name: "Switch to the new version" }).click();
    await expect(page.getByTestId("app-version")).toHaveText("0.1.0 (next)");
    await expect(banner).toHaveCount(0);
    // Every file from the new build: its main module, and the chunks of the screen shown.
    const wasm = loaded.filter((path) => path.endsWith(".wasm"));
    expect(wasm.filter((path) => /\/candor-.*_bg\.wasm$/.test(path))).toEqual([`/app/${await mainWasmOf(next)}`]);
    const nextFiles = new Set((await readdir(next)).map((name) => `/app/${name}`));
    expect(wasm.filter((path) => !nextFiles.has(path))).toEqual([]);
    await app.nav("Opportunities").click();
    await page.getByRole("link", { name: /Acme/ }).click();
    await expect(notes).toHaveValue("Half-typed thought, finished.");
  } finally {
    server.kill();
    await rm(served, { recursive: true, force: true });
  }
});
