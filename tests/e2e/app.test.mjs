// End to end: the real Scrutineer window (target/debug/scrutineer-app, built
// with the UI embedded), driven through tauri-driver and WebKitWebDriver.
// A returns officer's whole story: create a term, add nominees, import the
// roll and the ballots by typing their paths, count, see the winners.
// Run with ./run.sh (it builds everything and provides the X display).

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By } from "selenium-webdriver";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const application = process.env.SCRUTINEER_APP ?? join(root, "target/debug/scrutineer-app");
const fixtures = join(here, "fixtures");
const TIMEOUT = 30_000;
// Screenshots of each step, for people to look at (not compared).
const shots = join(here, "out");

async function shot(name) {
  mkdirSync(shots, { recursive: true });
  writeFileSync(join(shots, `${name}.png`), await driver.takeScreenshot(), "base64");
}

let driverProcess;
let driver;
let work;
let db;

async function waitForDriver(port) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`tauri-driver did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

before(async () => {
  assert.ok(existsSync(application), `the app is not built: ${application} (run tests/e2e/run.sh)`);
  work = mkdtempSync(join(tmpdir(), "scrutineer-e2e-"));
  db = join(work, "election.db");
  const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
  driverProcess = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    // The app inherits this: it works on a fresh election file.
    env: { ...process.env, SCRUTINEER_DB: db },
  });
  await waitForDriver(port);
  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}/`)
    .withCapabilities({ browserName: "wry", "tauri:options": { application } })
    .build();
});

after(async () => {
  try {
    if (driver) await driver.quit();
  } finally {
    // SIGTERM (not SIGKILL) so tauri-driver also stops WebKitWebDriver.
    if (driverProcess && driverProcess.exitCode === null) {
      const exited = new Promise((r) => driverProcess.once("exit", r));
      driverProcess.kill("SIGTERM");
      await exited;
    }
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

const css = (s) => By.css(s);

/** Run `read` until it neither fails on an element the page just replaced
 * (the window re-renders after each change) nor returns undefined. */
async function settled(read, what) {
  let result;
  await driver.wait(async () => {
    try {
      result = await read();
      return result !== undefined;
    } catch (e) {
      const retry = ["StaleElementReferenceError", "NoSuchElementError", "ElementNotInteractableError", "ElementClickInterceptedError"];
      if (retry.includes(e.name)) return false;
      throw e;
    }
  }, TIMEOUT, what);
  return result;
}

async function text(selector) {
  return settled(async () => {
    const els = await driver.findElements(css(selector));
    return els.length ? els[0].getText() : undefined;
  }, `no ${selector}`);
}

async function waitText(selector, expected) {
  await settled(async () => {
    for (const el of await driver.findElements(css(selector))) {
      if ((await el.getText()).includes(expected)) return true;
    }
    return undefined;
  }, `"${expected}" did not appear in ${selector}`);
}

async function heading() {
  return text("main h1");
}

async function waitHeading(expected) {
  await settled(async () => ((await heading()) === expected ? true : undefined), `the heading did not become "${expected}"`);
}

async function fill(selector, value) {
  await settled(async () => {
    const el = await driver.findElement(css(selector));
    await el.clear();
    if (value) await el.sendKeys(value);
    return (await el.getAttribute("value")) === value ? true : undefined;
  }, `could not fill ${selector}`);
}

async function click(selector) {
  await settled(async () => {
    const el = await driver.findElement(css(selector));
    if (!(await el.isEnabled())) return undefined;
    await el.click();
    return true;
  }, `could not click ${selector}`);
}

async function buttonNamed(name) {
  const buttons = await driver.findElements(css("main button"));
  for (const b of buttons) {
    if ((await b.getText()).trim() === name) return b;
  }
  return undefined;
}

/** Wait until no work is running (the busy indicator is hidden). */
async function idle() {
  await driver.wait(async () => (await driver.executeScript("return !document.body.classList.contains('is-busy')")) === true, TIMEOUT);
}

const TERM = "Board 2025 — Łódź";

describe("a returns officer runs an election in the window", () => {
  it("starts on an empty list of terms, showing the election file", async () => {
    await waitHeading("Terms");
    assert.equal(await text("[data-testid=db-path]"), db);
    await waitText("main", "No terms yet");
    await shot("01-terms-empty");
  });

  it("creates a term", async () => {
    await settled(async () => {
      const b = await buttonNamed("New term");
      if (!b) return undefined;
      await b.click();
      return true;
    }, "no New term button");
    await waitHeading("New term");
    await fill("#term-name", TERM);
    await fill("#term-organisation", "Example Association");
    await fill("#term-seats", "2");
    await driver.findElement(css("#term-method option[value=approval]")).click();
    await fill("#term-maxPerEmployer", "1");
    await fill("#term-seed", "e2e seed");
    await shot("02-new-term");
    await click("form button[type=submit]");
    await waitHeading(TERM);
    await waitText(".message.notice", "created");
    assert.match(await text("[data-testid=stage]"), /Draft/);
    await shot("03-term-overview");
  });

  it("adds the nominees", async () => {
    await click("#tab-nominees");
    const nominees = [
      ["Łukasz Nowak", "ACME"],
      ["稲田直哉", "Kaisha"],
      ["Alice Smith", "ACME"],
      ["Bob Jones", ""],
    ];
    for (const [name, employer] of nominees) {
      await idle();
      await fill("#nominee-name", name);
      await fill("#nominee-employer", employer);
      await click("#nominee-add");
      await waitText(".message.notice", `Added ${name}.`);
    }
    await waitText("#tab-nominees", "4");
    await waitText("table[aria-label=Nominees]", "稲田直哉");
    await shot("04-nominees");
  });

  it("imports the voter roll from a typed path and finds a voter", async () => {
    await idle();
    await click("#tab-voters");
    await fill("#roll-path", join(fixtures, "roll.csv"));
    await click("#roll-import");
    await waitText(".message.notice", "Imported 6 voters.");
    await waitText("table[aria-label=Voters]", "Ξένια Παππά");
    await fill("#voter-search", "naoya");
    await settled(async () => {
      const rows = await driver.findElements(css("table[aria-label=Voters] tbody tr"));
      return rows.length === 1 && (await rows[0].getText()).includes("稲田直哉") ? true : undefined;
    }, "the search did not narrow the roll to 稲田直哉");
    await shot("05-voters");
  });

  it("says in plain words when a ballot file does not exist, and changes nothing", async () => {
    await idle();
    await click("#tab-ballots");
    await fill("#ballots-path", join(work, "missing.csv"));
    await click("#ballots-import");
    await waitText("[role=alert]", "missing.csv");
    const alert = await text("[role=alert]");
    assert.match(alert, /A file could not be read or written/);
    await shot("06-error");
    await waitText("main", "No ballots yet.");
  });

  it("imports the ballots", async () => {
    await fill("#ballots-path", join(fixtures, "ballots.csv"));
    await click("#ballots-import");
    await waitText(".message.notice", "Imported 6 ballots from ballots.csv.");
    await waitText("table[aria-label='Ballot batches']", "ballots.csv");
    await shot("07-ballots");
  });

  it("counts the votes and shows the winners", async () => {
    await idle();
    await click("#tab-results");
    await click("#count-button");
    await waitText(".message.notice", "The votes are counted.");
    const names = await settled(async () => {
      const winners = await driver.findElements(css(".winners li"));
      return winners.length ? Promise.all(winners.map((w) => w.getText())) : undefined;
    }, "no winners shown");
    // Approval, 2 seats, at most 1 per employer: Łukasz Nowak (5 votes),
    // then 稲田直哉 (4); Alice Smith (2) is from ACME like Łukasz.
    assert.deepEqual(names, ["Łukasz Nowak", "稲田直哉"]);
    await waitText("table[aria-label=Candidates]", "Alice Smith");
    assert.match(await text("[data-testid=stage]"), /Counted/);
    await shot("08-results");
    await driver.executeScript("document.querySelector('table[aria-label=Candidates]').scrollIntoView()");
    await shot("08b-results-candidates");
  });

  it("lists the term on the first screen with its counts", async () => {
    await click(".crumbs button");
    await waitHeading("Terms");
    const cells = await settled(async () => {
      const tds = await driver.findElements(css(`tr[data-term='${TERM}'] td`));
      return tds.length ? Promise.all(tds.map((td) => td.getText())) : undefined;
    }, "the term is not listed");
    // Method, seats, stage, nominees, voters, ballots, (Open).
    assert.deepEqual(cells.slice(0, 6), ["Approval voting", "2", "Counted", "4", "6", "6"]);
    await shot("09-terms");
  });
});
