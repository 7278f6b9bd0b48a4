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
  // WebKitWebDriver's port too, so that two runs on one machine do not meet.
  const nativePort = Number(process.env.TAURI_NATIVE_PORT ?? port + 1);
  driverProcess = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
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

/** Choose an option of a select the way a person does (the page then
 * re-renders the wizard, so the select is found again each try). */
async function choose(selector, value) {
  await settled(async () => {
    const option = await driver.findElement(css(`${selector} option[value='${value}']`));
    await option.click();
    const el = await driver.findElement(css(selector));
    return (await el.getAttribute("value")) === value ? true : undefined;
  }, `could not choose ${value} in ${selector}`);
  await idle();
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
    await click("#roll-check");
    await waitText("#roll-counts", "6 voters ready, no rows refused.");
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
    assert.match(alert, /The file could not be used/);
    await shot("06-error");
    await waitText("main", "No ballots yet.");
  });

  it("imports the ballots", async () => {
    await fill("#ballots-path", join(fixtures, "ballots.csv"));
    await click("#ballots-import");
    // What the file is, before anything is imported.
    await waitText("#ballot-preview-format", "Ballot grid CSV");
    assert.match(await text("#ballot-preview-blank"), /no opinion/);
    await shot("07a-ballot-preview");
    await click("#ballot-preview-import");
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
    await waitText("table[aria-label='Results by nominee']", "Alice Smith");
    assert.match(await text("[data-testid=stage]"), /Counted/);
    await shot("08-results");
    await driver.executeScript("document.querySelector(\"table[aria-label='Results by nominee']\").scrollIntoView()");
    await shot("08b-results-candidates");
  });

  it("copies the announcement of the results", async () => {
    await idle();
    // The page's clipboard, observed (the test cannot read the system's).
    await driver.executeScript(
      "window.__copied = null; Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t) => { window.__copied = t; } } });",
    );
    await choose("select[name=announce-format]", "markdown");
    await click("#copy-announcement");
    await waitText(".message.notice", "Announcement copied.");
    const copied = await driver.executeScript("return window.__copied");
    assert.match(copied, /^# Results: Example Association, Board 2025 — Łódź/);
    assert.match(copied, /Łukasz Nowak and 稲田直哉 are elected, in that order\./);
    assert.match(copied, /- 1\. Łukasz Nowak: 5 approvals, elected/);
    assert.doesNotMatch(copied, /\(s\)/);
    await shot("08c-announcement-copied");
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

const BOARD = "Vorstand 2025";

describe("the voter roll wizard and the count explained", () => {
  it("creates an instant-runoff term with its nominees", async () => {
    // The story above ends on the list of terms.
    await waitHeading("Terms");
    await settled(async () => {
      const b = await buttonNamed("New term");
      if (!b) return undefined;
      await b.click();
      return true;
    }, "no New term button");
    await waitHeading("New term");
    await fill("#term-name", BOARD);
    await fill("#term-seats", "1");
    await driver.findElement(css("#term-method option[value=irv]")).click();
    await click("form button[type=submit]");
    await waitHeading(BOARD);
    await click("#tab-nominees");
    for (const name of ["Ada Adams", "Ben Brown", "Cy Cole"]) {
      await idle();
      await fill("#nominee-name", name);
      await click("#nominee-add");
      await waitText(".message.notice", `Added ${name}.`);
    }
  });

  it("checks a semicolon-separated Windows-1252 roll, maps its columns by hand and imports it", async () => {
    await idle();
    await click("#tab-voters");
    await fill("#roll-path", join(fixtures, "mitglieder-1252.csv"));
    await click("#roll-check");
    // Detected, not chosen: the encoding and the delimiter.
    await waitText("[data-testid=roll-encoding]", "windows-1252");
    assert.equal(await text("[data-testid=roll-delimiter]"), "semicolon");
    assert.match(await text("#roll-read-as"), /guessed from the letters in the file/);
    assert.equal(await driver.findElement(css("#roll-encoding")).getAttribute("value"), "windows-1252");
    assert.equal(await driver.findElement(css("#roll-delimiter")).getAttribute("value"), "semicolon");
    // E-Mail maps by itself; Vorname and Nachname do not.
    assert.equal(await driver.findElement(css("#roll-map-email")).getAttribute("value"), "E-Mail");
    assert.equal(await driver.findElement(css("#roll-map-first_name")).getAttribute("value"), "");
    await waitText("#roll-problem", "no name column");
    assert.equal(await driver.findElement(css("#roll-import")).isEnabled(), false);
    await shot("10-roll-wizard-unmapped");
    await choose("#roll-map-first_name", "Vorname");
    await choose("#roll-map-last_name", "Nachname");
    await choose("#roll-map-id", "Mitgliedsnummer");
    await waitText("#roll-counts", "4 voters ready, 1 row will be refused.");
    assert.equal(await text("#roll-refused li"), "Line 5: 'kein-email' is not an email address: expected exactly one '@'");
    await waitText("table[aria-label='Preview of the voters']", "Jörg Müller");
    await waitText("table[aria-label='Preview of the voters']", "Søren Åberg");
    assert.equal(await driver.findElement(css("#roll-map-last_name")).getAttribute("value"), "Nachname");
    await driver.executeScript(`document.querySelector("#roll-read-as").scrollIntoView()`);
    await shot("11-roll-wizard-mapped");
    // Windows-1252 or 1250: both readings shown, 1252 kept (issue 10).
    await waitText("#encoding-choice", "Is this file windows-1252 or windows-1250?");
    await waitText("#encoding-choice table", "Søren;Åberg");
    await waitText("#encoding-choice table", "Sřren;Ĺberg");
    await driver.executeScript(`document.querySelector("#encoding-choice").scrollIntoView()`);
    await shot("11c-roll-encoding-choice");
    await driver.executeScript(`document.querySelector("#roll-counts").scrollIntoView()`);
    await shot("11b-roll-wizard-preview");
    await click("#roll-import");
    await waitText(".message.notice", "Imported 4 voters.");
    await waitText("#tab-voters", "4");
    // The refused row stays visible after the import (issue 10).
    await waitText("#refused-rows", "The last import refused 1 row.");
    await waitText("#refused-rows table", "'kein-email' is not an email address");
    assert.ok(await driver.findElement(css("#save-refused")).isEnabled());
    await shot("12a-refused-rows");
    // Case is ignored outside ASCII too.
    await fill("#voter-search", "MÜLLER");
    await settled(async () => {
      const rows = await driver.findElements(css("table[aria-label=Voters] tbody tr"));
      if (rows.length !== 1) return undefined;
      const t = await rows[0].getText();
      return t.includes("Jörg Müller") && t.includes("1001") ? true : undefined;
    }, "the search did not find Jörg Müller with member ID 1001");
    await shot("12-roll-imported");
  });

  it("counts the instant-runoff term and shows it round by round", async () => {
    await idle();
    await click("#tab-ballots");
    await fill("#ballots-path", join(fixtures, "irv-ballots.csv"));
    await click("#ballots-import");
    await click("#ballot-preview-import");
    await waitText(".message.notice", "Imported 9 ballots");
    await idle();
    await click("#tab-results");
    await click("#count-button");
    await waitText(".message.notice", "The votes are counted.");
    assert.deepEqual(await settled(async () => {
      const w = await driver.findElements(css(".winners li"));
      return w.length ? Promise.all(w.map((x) => x.getText())) : undefined;
    }, "no winners"), ["Ada Adams"]);
    // Cy Cole (2 first preferences) is excluded in round 1; his ballots
    // give Ada Adams 5 of 9 in round 2.
    const table = "table[aria-label='Round by round']";
    await waitText(table, "Round 2");
    const heads = await Promise.all((await driver.findElements(css(`${table} thead th`))).map((e) => e.getText()));
    assert.deepEqual(heads.map((x) => x.toUpperCase()), ["NOMINEE", "ROUND 1", "ROUND 2"]);
    const cy = await driver.findElement(css(`${table} tbody tr:nth-child(3)`)).getText();
    assert.match(cy, /Cy Cole/);
    assert.match(cy, /EXCLUDED/i);
    const ada = await driver.findElement(css(`${table} tbody tr:nth-child(1)`)).getText();
    assert.match(ada, /Ada Adams[\s\S]*4[\s\S]*5/);
    await waitText("ul.bars", "Ada Adams");
    await driver.executeScript(`document.querySelector("${table}").scrollIntoView()`);
    await shot("13-results-rounds");
  });

  it("shows the audit log and finds it intact", async () => {
    await idle();
    await click("#tab-audit");
    await waitText("table[aria-label='Audit log']", "roll.import");
    await click("#audit-verify");
    await waitText("#audit-verdict", "Intact.");
  });
});

describe("published totals typed twice, and a tie the returns officer decides", () => {
  const OFFICERS = "Officers 2026";
  const NAMES = ["Ann Λάμπρου", "Bo Иванов", "Cy 李"];

  async function typeTotals(figures, cast) {
    for (let i = 0; i < figures.length; i++) await fill(`#totals-votes-${i}`, String(figures[i]));
    await fill("#totals-ballots", String(cast));
  }

  it("creates an approval term whose ties the returns officer decides", async () => {
    await idle();
    await click(".crumbs button");
    await waitHeading("Terms");
    await settled(async () => {
      const b = await buttonNamed("New term");
      if (!b) return undefined;
      await b.click();
      return true;
    }, "no New term button");
    await waitHeading("New term");
    await fill("#term-name", OFFICERS);
    await fill("#term-seats", "1");
    await driver.findElement(css("#term-method option[value=approval]")).click();
    await driver.findElement(css("#term-tieRule option[value=officer]")).click();
    await click("form button[type=submit]");
    await waitHeading(OFFICERS);
    await click("#tab-nominees");
    for (const name of NAMES) {
      await idle();
      await fill("#nominee-name", name);
      await click("#nominee-add");
      await waitText(".message.notice", `Added ${name}.`);
    }
  });

  it("shows a mismatch between the two entries, then saves them when they agree", async () => {
    await idle();
    await click("#tab-ballots");
    await fill("#totals-source", "Hand count, table 1");
    await typeTotals([7, 7, 2], 12);
    await click("#totals-next");
    await waitText("#totals-step", "Second entry");
    // The first entry is hidden from the second person.
    assert.equal(await driver.findElement(css("#totals-votes-0")).getAttribute("value"), "");
    await typeTotals([7, 6, 2], 12);
    await click("#totals-next");
    await waitText("#totals-mismatches", "Bo Иванов");
    const rows = await Promise.all((await driver.findElements(css("#totals-mismatches tbody tr"))).map((r) => r.getText()));
    assert.equal(rows.length, 1);
    assert.match(rows[0], /^Bo Иванов\s*7\s*6$/);
    await waitText("main", "No ballots yet.");
    await driver.executeScript(`document.querySelector("#totals-mismatches").scrollIntoView()`);
    await shot("20-totals-mismatch");
    await fill("#totals-votes-1", "7");
    await click("#totals-next");
    await waitText(".message.notice", "Saved the totals: 12 ballots cast.");
    await waitText("table[aria-label='Ballot batches']", "Hand count, table 1");
    await shot("21-totals-saved");
  });

  it("stops the count at the tie, records the officer's decision, and shows the winner", async () => {
    await idle();
    await click("#tab-results");
    await click("#count-button");
    await waitText("#tie-decision", "Tied: Ann Λάμπρου, Bo Иванов");
    assert.match(await text("#tie-context"), /tied/);
    await waitText("#tie-order", "Bo Иванов");
    await shot("22-tie-decision");
    await click("button[aria-label='Move Bo Иванов up']");
    await settled(async () => {
      const names = await Promise.all((await driver.findElements(css("#tie-order .tie-name"))).map((e) => e.getText()));
      return names[0] === "Bo Иванов" ? true : undefined;
    }, "Bo Иванов did not move up");
    await click("#tie-decision input[value=coin]");
    await fill("#tie-decided-by", "R. Officer");
    await fill("#tie-witness", "W. Itness");
    await click("#tie-record");
    await waitText(".message.notice", "The votes are counted.");
    const winners = await settled(async () => {
      const w = await driver.findElements(css(".winners li"));
      return w.length ? Promise.all(w.map((x) => x.getText())) : undefined;
    }, "no winners");
    assert.deepEqual(winners, ["Bo Иванов"]);
    await waitText("li.tie", "Decided by R. Officer (coin), witnessed by W. Itness.");
    await driver.executeScript(`document.querySelector("li.tie").scrollIntoView()`);
    await shot("23-tie-decided");
  });
});

describe("the returns officer's desk: certify with names, correct and delete a term", () => {
  // The first story's term, counted there (winners Łukasz Nowak, 稲田直哉).
  const OFFICERS = TERM;

  it("certifies with the officer's and the witness's names; Cancel is the default button", async () => {
    await idle();
    await click(".crumbs button");
    await waitHeading("Terms");
    await click(`tr[data-term='${TERM}'] button`);
    await waitHeading(TERM);
    await click("#tab-results");
    await click("#certify");
    await settled(async () => ((await driver.executeScript("return document.activeElement && document.activeElement.id")) === "certify-cancel" ? true : undefined), "Cancel does not have the focus");
    await shot("30-certify-dialog");
    // Enter in the dialog cancels.
    await driver.findElement(css("#certify-officer")).sendKeys("\uE007");
    await settled(async () => ((await driver.findElements(css("[role=dialog]"))).length === 0 ? true : undefined), "the dialog did not close");
    assert.match(await text("[data-testid=stage]"), /Counted/);
    await click("#certify");
    await fill("#certify-officer", "Zoë Ødegaard");
    await fill("#certify-witness", "Иван Петров");
    await click("#certify-confirm");
    await waitText(".message.notice", "The results are certified.");
    await waitText(".message.notice", "by Zoë Ødegaard");
    assert.match(await text("[data-testid=stage]"), /Certified/);
  });

  it("shows the certified term's winners, and when and by whom, on the Overview", async () => {
    await idle();
    await click("#tab-overview");
    await waitText("[data-testid=certified]", "稲田直哉");
    await waitText("[data-testid=certified-line]", "by Zoë Ødegaard, witnessed by Иван Петров");
    await shot("31-certified-overview-1280x900");
    await driver.manage().window().setRect({ width: 760, height: 560 });
    await shot("32-certified-overview-760x560");
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await click("#tab-audit");
    await waitText("table[aria-label='Audit log']", "term.certify");
  });

  it("corrects a term's name with a reason, then deletes it", async () => {
    await idle();
    await click(".crumbs button");
    await waitHeading("Terms");
    await settled(async () => {
      const b = await buttonNamed("New term");
      if (!b) return undefined;
      await b.click();
      return true;
    }, "no New term button");
    await waitHeading("New term");
    await fill("#term-name", "Tpyo 2026");
    await fill("#term-seats", "1");
    await click("form button[type=submit]");
    await waitHeading("Tpyo 2026");
    await click(".corrections details:first-of-type summary");
    await fill("#edit-name", "Typo 2026");
    await click("#edit-save");
    await waitText("#edit-error", "reason");
    await fill("#edit-reason", "the name was mistyped");
    await click("#edit-save");
    await waitHeading("Typo 2026");
    await waitText(".message.notice", "The term was changed.");
    await shot("33-term-corrected");
    await click(".corrections details:last-of-type summary");
    await fill("#delete-reason", "created by mistake");
    await click("#delete-confirm");
    await waitHeading("Terms");
    await waitText(".message.notice", "was deleted");
    assert.equal((await driver.findElements(css("tr[data-term='Typo 2026']"))).length, 0);
    assert.ok((await driver.findElements(css(`tr[data-term='${OFFICERS}']`))).length > 0);
  });
});
