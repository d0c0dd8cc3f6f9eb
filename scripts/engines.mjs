// Walks Candor's release build (dist/) in the engines phones use besides Chromium, through
// WebDriver: WebKit (WebKitGTK's MiniBrowser driven by WebKitWebDriver: Safari's engine, and
// every iPhone browser's) and Firefox ESR (geckodriver). The build is served from a sub-folder
// of the plain gzip static server, as a static host would.
//
// The walk: open, add an opportunity, type, add a round, every main screen, a search and a
// recruiter's contact card, lock a link and
// open it with its passphrase, reload and find the typing, the service worker in control, a
// backup saved through the one file helper (a download here), a locked backup, and a transfer
// made and opened again (WebCrypto's PBKDF2 and AES-GCM, deflate) through "Open a link or a
// file". iOS's installed-app rules cannot be had in these engines; the end-to-end suite
// scripts them in Chromium.
//
//   xvfb-run -a node scripts/engines.mjs [--engine webkit|firefox]
//
// Prints a line per step and ends with "Engines: N passed, M failed".
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { Builder, By } from "selenium-webdriver";

const only = process.argv.includes("--engine") ? process.argv[process.argv.indexOf("--engine") + 1] : null;
const BASE = "/phone/candor/";
const SERVER_PORT = 4180;
const MINIBROWSER = ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser"].find(existsSync);

const engines = [
  {
    name: "WebKit",
    key: "webkit",
    driver: ["WebKitWebDriver", (port) => [`--port=${port}`]],
    port: 4444,
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    },
  },
  {
    name: "Firefox",
    key: "firefox",
    driver: ["geckodriver", (port) => ["--port", String(port)]],
    port: 4445,
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"] },
    },
  },
].filter((engine) => !only || engine.key === only);

let passed = 0;
let failed = 0;
const children = [];

function start(command, args) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr.on("data", () => {});
  children.push(child);
  return child;
}

async function waitFor(what, check, timeout = 20_000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${last.message.split("\n")[0]})` : ""}`);
}

/** The page as a candidate uses it, in one engine. */
class Walk {
  constructor(driver, origin) {
    this.driver = driver;
    this.origin = origin;
  }
  url(fragment = "") {
    return `${this.origin}${BASE}${fragment}`;
  }
  async go(fragment) {
    await this.driver.get(this.url(fragment));
  }
  async heading(text) {
    return waitFor(`the heading “${text}”`, async () => {
      const h1 = await this.driver.findElements(By.css("main h1"));
      return h1.length && (await h1[0].getText()).trim() === text;
    });
  }
  async field(label) {
    return waitFor(`the field “${label}”`, async () => {
      const labels = await this.driver.findElements(By.xpath(`//label[normalize-space()=${JSON.stringify(label)}]`));
      if (!labels.length) return null;
      const id = await labels[0].getAttribute("for");
      const inputs = await this.driver.findElements(By.id(id));
      return inputs.length && (await inputs[0].isEnabled()) ? inputs[0] : null;
    });
  }
  async button(text, within = "") {
    return waitFor(`the button “${text}”`, async () => {
      const buttons = await this.driver.findElements(By.xpath(`${within}//button[normalize-space()=${JSON.stringify(text)}]`));
      for (const button of buttons) if ((await button.isDisplayed()) && (await button.isEnabled())) return button;
      return null;
    });
  }
  async click(text, within) {
    await (await this.button(text, within)).click();
  }
  async type(label, text) {
    const input = await this.field(label);
    await input.clear();
    await input.sendKeys(text);
  }
  async text(css) {
    const found = await this.driver.findElements(By.css(css));
    return found.length ? found[0].getText() : "";
  }
  async sees(text) {
    return waitFor(`“${text}” on the page`, async () => (await this.driver.findElement(By.css("body")).getText()).includes(text));
  }
  script(body, ...args) {
    return this.driver.executeScript(body, ...args);
  }
  stored() {
    return this.script("return localStorage.getItem('candor')");
  }
  /** Records what the file helper downloads: the anchor's name, and the blob's type and text. */
  async recordDownloads() {
    await this.script(`
      window.saved = [];
      const made = new Map();
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => { const url = create(blob); made.set(url, blob); return url; };
      HTMLAnchorElement.prototype.click = function () {
        const blob = made.get(this.href);
        if (blob) blob.text().then((text) => window.saved.push({ name: this.download, type: blob.type, text }));
      };`);
  }
  async saved(count) {
    return waitFor(`${count} file(s) saved`, async () => {
      const files = await this.script("return window.saved");
      return files && files.length >= count ? files : null;
    });
  }
}

async function steps(walk) {
  const section = (title) => `//section[.//h2[normalize-space()=${JSON.stringify(title)}]]`;
  const list = [
    ["opens", async () => {
      await walk.go("");
      await waitFor("the app to replace the shell", async () => (await walk.driver.findElements(By.id("boot"))).length === 0);
      await walk.heading("Today");
    }],
    ["adds an opportunity", async () => {
      await walk.go("#/opportunities");
      await walk.heading("Opportunities");
      await walk.type("Company", "Acme Robotics");
      await walk.type("Recruiter's name", "Dana Reyes");
      await walk.click("Add");
      await walk.heading("Acme Robotics");
    }],
    ["types, and the typing is saved", async () => {
      await walk.type("Notes for yourself", "Typed in this engine: é ü 😀");
      walk.typed = await (await walk.field("Notes for yourself")).getAttribute("value");
      if (!walk.typed.startsWith("Typed in this engine: é ü")) throw new Error(`typed ${JSON.stringify(walk.typed)}`);
      await waitFor("the notes in storage", async () => JSON.parse((await walk.stored()) ?? "{}").data?.opportunities?.[0]?.notes === walk.typed);
    }],
    ["adds a round", async () => {
      walk.opportunity = (await walk.driver.getCurrentUrl()).split("#")[1];
      await walk.click("Add an interview round");
      await waitFor("the round's screen", async () => (await walk.text("main h1")).startsWith("Round 1"));
      await walk.field("Starts");
    }],
    ["shows every main screen", async () => {
      for (const [fragment, heading, control] of [
        ["#/today", "Today", null],
        ["#/opportunities", "Opportunities", "Company"],
        ["#/recruiters", "Recruiters", "Search recruiters"],
        ["#/playbook", "Playbooks", null],
        ["#/settings", "Your pitch", "Your name"],
        ["#/elsewhere", "Interviews and offers elsewhere", null],
        ["#/progress", "Progress", null],
        ["#/board", "Coach board", null],
        ["#/open", "Open a link or a file", "Paste a Candor link"],
        ["#/data", "Data", "Paste a Candor link"],
      ]) {
        await walk.go(fragment);
        await walk.heading(heading);
        if (control) await walk.field(control);
      }
    }],
    ["searches the list, and saves a recruiter as a contact card", async () => {
      await walk.go("#/opportunities");
      await walk.heading("Opportunities");
      await walk.type("Search opportunities", "ROBOTICS acmé");
      await waitFor("the search in the address", async () => (await walk.driver.getCurrentUrl()).includes("q=ROBOTICS%20acm%C3%A9"));
      await waitFor("the match marked", async () => (await walk.text(".opportunity-row mark")) !== "");
      await walk.go(`#/recruiters/${walk.opportunity.split("/").pop()}`);
      await walk.heading("Dana Reyes");
      await walk.recordDownloads();
      await walk.click("Save as a contact");
      const [card] = await walk.saved(1);
      if (card.name !== "Dana Reyes.vcf" || card.type !== "text/vcard" || !card.text.includes("FN:Dana Reyes\r\n")) {
        throw new Error(`saved ${JSON.stringify(card)}`);
      }
    }],
    ["locks a link and opens it with its passphrase", async () => {
      await walk.go(`#${walk.opportunity}/share`);
      await walk.heading("Share with your coach");
      await walk.type("Passphrase", "four words on paper");
      await walk.click("Lock the link");
      const link = await waitFor("the locked link", async () => {
        const value = await (await walk.field("The link")).getAttribute("value");
        return /#\/(view|import)\/l1\./.test(value ?? "") ? value : null;
      });
      await walk.driver.get(link);
      await walk.heading("This link is locked");
      await walk.type("Passphrase", "four words on paper");
      await walk.click("Open the link");
      await walk.heading("Acme Robotics");
    }],
    ["reloads and finds the typing", async () => {
      await walk.go(`#${walk.opportunity}`);
      await walk.heading("Acme Robotics");
      await walk.driver.navigate().refresh();
      await walk.heading("Acme Robotics");
      await waitFor("the notes after a reload", async () =>
        (await (await walk.field("Notes for yourself")).getAttribute("value")) === walk.typed);
    }],
    ["logs a call that asked something, and an offer with its answer date; both survive a reload", async () => {
      await walk.go(`#${walk.opportunity}`);
      await walk.heading("Acme Robotics");
      const asked = "On their call, they asked something of me: remind me to get back to them";
      await (await waitFor("the box", async () => (await walk.driver.findElements(By.xpath(`//label[normalize-space()=${JSON.stringify(asked)}]`)))[0])).click();
      await walk.click("They called");
      await waitFor("the call in storage, waiting on an answer", async () =>
        JSON.parse((await walk.stored()) ?? "{}").data?.opportunities?.[0]?.contacts?.some((c) => c.kind === "call" && c.awaits_answer));
      // The stage and the date through their own change events, as a picker sets them.
      const set = (label, value) => walk.field(label).then((input) =>
        walk.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", input, value));
      await set("Where it stands", "offer");
      await set("Answer asked for by", "2030-01-15");
      await waitFor("the offer's date in storage", async () =>
        JSON.parse((await walk.stored()) ?? "{}").data?.opportunities?.[0]?.answer_by === "2030-01-15");
      await walk.driver.navigate().refresh();
      await walk.heading("Acme Robotics");
      await waitFor("the date after a reload", async () =>
        (await (await walk.field("Answer asked for by")).getAttribute("value")) === "2030-01-15");
      await walk.go("#/today");
      await walk.heading("Today");
      await walk.sees("Give Dana Reyes your answer on the offer");
    }],
    ["is controlled by the service worker", async () => {
      await waitFor("the worker to be active", () => walk.script("return navigator.serviceWorker.ready.then((r) => !!r.active)"));
      // A new navigation into the app (Firefox's WebDriver refresh bypasses the worker).
      await walk.driver.get("about:blank");
      await walk.go("#/data");
      await walk.heading("Data");
      await waitFor("the page to be controlled", () => walk.script("return !!navigator.serviceWorker.controller"));
    }],
    ["saves a backup and a locked backup through the file helper", async () => {
      await walk.go("#/data");
      await walk.heading("Data");
      await walk.recordDownloads();
      await walk.click("Save a backup");
      let files = await walk.saved(1);
      if (!/^candor-backup-\d{4}-\d\d-\d\d\.json$/.test(files[0].name)) throw new Error(`named ${files[0].name}`);
      if (files[0].type !== "application/json") throw new Error(`typed ${files[0].type}`);
      if (!JSON.parse(files[0].text).data.opportunities.some((o) => o.company === "Acme Robotics")) throw new Error("not the data");
      await (await walk.driver.findElement(By.xpath("//label[contains(., 'Lock the backup with a passphrase')]/input"))).click();
      await walk.type("Passphrase", "another four words");
      await walk.click("Save a backup");
      files = await walk.saved(2);
      const locked = JSON.parse(files[1].text);
      if (locked.format !== "candor-locked" || files[1].text.includes("Acme")) throw new Error("not locked");
      walk.lockedBackup = files[1].text;
    }],
    ["makes a transfer and opens it again, with a wrong passphrase first", async () => {
      await walk.go("#/data");
      await walk.heading("Data");
      await (await walk.driver.findElement(By.id("move-passphrase"))).sendKeys("transfer words here");
      await walk.click("Make the transfer", section("Move to another device"));
      const link = await waitFor("the transfer link", async () => {
        const areas = await walk.driver.findElements(By.css("#share-link"));
        const value = areas.length ? await areas[0].getAttribute("value") : "";
        return value.includes("#/import/t1.") ? value : null;
      });
      await walk.type("Paste a Candor link", link);
      await walk.click("Open the link");
      await walk.heading("Move from another device");
      await walk.type("Passphrase", "wrong words entirely");
      await walk.click("Open");
      await walk.sees("That passphrase does not open this file");
      await walk.type("Passphrase", "transfer words here");
      await walk.click("Open");
      await walk.sees("Everything in this file is already here");
      await walk.click("Merge into my data");
      await walk.sees("Merged with your other device's data.");
    }],
    // Last: it starts from empty storage, playing the coach and then the candidate.
    ["keeps a coach's playbook, then takes part of a newer version; the old link changes nothing", async () => {
      const share = async () => {
        await walk.go("#/playbook");
        await walk.heading("Playbooks");
        await (await waitFor("the Share link", async () => (await walk.driver.findElements(By.xpath("//a[normalize-space()='Share']")))[0])).click();
        return waitFor("the playbook link", async () => {
          const value = await (await walk.field("The link")).getAttribute("value");
          return /#\/import\/p1\./.test(value ?? "") ? value : null;
        });
      };
      const item = (key, part) => waitFor(`the item ${key}`, async () => (await walk.driver.findElements(By.id(`item-${key}-${part}`)))[0]);
      const retype = async (key, part, text) => {
        const input = await item(key, part);
        await input.clear();
        await input.sendKeys(text);
      };
      // Storage is emptied from a page of the same origin that is not the app, so that the
      // app has gone (and saved what it had) before.
      const empty = async () => {
        await walk.driver.get(walk.url("icon-192.png"));
        await walk.script("localStorage.clear()");
      };
      await empty();
      await walk.go("#/playbook");
      await walk.heading("Playbooks");
      await walk.click("Make my own copy");
      await walk.heading("My playbook");
      await walk.type("Name", "Coach book");
      const first = await share();
      await walk.go("#/playbook");
      await (await waitFor("the playbook", async () => (await walk.driver.findElements(By.xpath("//a[normalize-space()='Coach book']")))[0])).click();
      await retype("call-pitch", "text", "Pitch in three sentences");
      const second = await share();
      // Now the candidate, on a device that has neither.
      await empty();
      await walk.driver.get(first);
      await walk.click("Keep this playbook");
      await walk.heading("Coach book");
      await retype("call-return", "why", "My own reason");
      await waitFor("the edit in storage", async () => ((await walk.stored()) ?? "").includes("My own reason"));
      await walk.driver.get(second);
      await walk.sees("A newer version");
      await walk.sees("Pitch in three sentences");
      await walk.click("Take the ticked changes");
      await walk.heading("Coach book");
      await waitFor("the coach's change taken", async () => (await (await item("call-pitch", "text")).getAttribute("value")) === "Pitch in three sentences");
      await waitFor("the candidate's edit kept", async () => (await (await item("call-return", "why")).getAttribute("value")) === "My own reason");
      await walk.driver.get(first);
      await walk.sees("An older version");
    }],
    ["a snapshot carries the candidate's e-mail; the coach's request opens their share screen", async () => {
      await walk.driver.get(walk.url("icon-192.png"));
      await walk.script("localStorage.clear()");
      await walk.go("#/settings");
      await walk.type("Your name", "Lee Park");
      await walk.go("#/opportunities");
      await walk.type("Company", "Acme Robotics");
      await walk.type("Recruiter's name", "Dana Reyes");
      await walk.click("Add");
      await walk.heading("Acme Robotics");
      const opportunity = (await walk.driver.getCurrentUrl()).split("#")[1];
      await walk.go(`#${opportunity}/share`);
      await walk.heading("Share with your coach");
      const include = "//label[contains(normalize-space(), 'so my coach can ask for a newer snapshot')]";
      await (await waitFor("the choice to include a way to reach", async () => (await walk.driver.findElements(By.xpath(include)))[0])).click();
      await walk.type("Your e-mail or phone", "lee@example.com");
      await walk.sees("Your e-mail or phone, lee@example.com, for your coach");
      const snapshot = await waitFor("the snapshot link", async () => {
        const value = await (await walk.field("The link")).getAttribute("value");
        return /#\/view\/s3\./.test(value ?? "") ? value : null;
      });
      // The coach's side (here in the same browser): keep it, ask for a new one.
      await walk.driver.get(snapshot);
      await walk.click("Keep on my coach board");
      await walk.go("#/board");
      await walk.heading("Coach board");
      await (await waitFor("Ask for a new snapshot", async () => (await walk.driver.findElements(By.xpath("//summary[normalize-space()='Ask for a new snapshot']")))[0])).click();
      const href = await waitFor("the e-mail to Lee", async () => {
        const links = await walk.driver.findElements(By.xpath("//a[normalize-space()='E-mail Lee Park']"));
        return links.length && (await links[0].isDisplayed()) ? links[0].getAttribute("href") : null;
      });
      if (!href.startsWith("mailto:lee@example.com?")) throw new Error(`the e-mail goes to ${href.slice(0, 40)}`);
      const body = new URLSearchParams(href.split("?")[1]).get("body") ?? "";
      const request = body.match(/https?:\/\/\S+/)?.[0] ?? "";
      if (!request.endsWith(`#${opportunity}/share`)) throw new Error(`the request's link is ${JSON.stringify(request)}`);
      await walk.driver.get(request);
      await walk.heading("Share with your coach");
      // Where the opportunity is not, the request says so.
      await walk.driver.get(walk.url("icon-192.png"));
      await walk.script("localStorage.clear()");
      await walk.driver.get(request);
      await walk.heading("Opportunity not found");
    }],
  ];
  for (const [name, step] of list) {
    try {
      await step();
      passed++;
      console.log(`  ok    ${walk.engine}: ${name}`);
    } catch (error) {
      failed++;
      console.log(`  FAIL  ${walk.engine}: ${name}: ${error.message.split("\n")[0]}`);
      const seen = await walk.driver.findElement(By.css("main")).getText().catch(() => "");
      console.log(`        the screen: ${seen.replace(/\s+/g, " ").slice(-700)}`);
    }
  }
}

async function main() {
  const server = start(process.execPath, ["scripts/static-server.mjs", "--dir", "dist", "--port", String(SERVER_PORT), "--base", BASE]);
  const origin = `http://127.0.0.1:${SERVER_PORT}`;
  await waitFor("the static server", async () => (await fetch(`${origin}${BASE}`)).ok);
  for (const engine of engines) {
    console.log(`\n${engine.name}`);
    const [command, args] = engine.driver;
    start(command, args(engine.port));
    const server = `http://127.0.0.1:${engine.port}`;
    let driver;
    try {
      await waitFor(`${command}`, async () => (await fetch(`${server}/status`)).ok);
      driver = await new Builder().usingServer(server).withCapabilities(engine.capabilities).build();
      await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
      const walk = new Walk(driver, origin);
      walk.engine = engine.name;
      await steps(walk);
    } catch (error) {
      failed++;
      console.log(`  FAIL  ${engine.name}: could not start: ${error.message.split("\n")[0]}`);
    } finally {
      await driver?.quit().catch(() => {});
    }
  }
  server.kill();
}

try {
  await main();
} finally {
  for (const child of children) child.kill();
}
console.log(`\nEngines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
