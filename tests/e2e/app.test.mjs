// End to end: the real Scrutineer window (target/debug/scrutineer-app, built
// with the UI embedded), driven through tauri-driver and WebKitWebDriver.
// A returns officer's whole story: create a term, add nominees, import the
// roll and the ballots by typing their paths, count, see the winners.
// Run with ./run.sh (it builds everything and provides the X display).

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  axeCheck,
  choose,
  click,
  clickButtonNamed,
  css,
  driver,
  fill,
  fixtures,
  focusedId,
  idle,
  rootShot,
  settled,
  shot,
  start,
  stop,
  text,
  waitHeading,
  waitText,
} from "./driver.mjs";

let work;
let db;

before(async () => {
  ({ work, db } = await start("app"));
});

after(stop);

/** Run `work` with the window at its smallest (760×560), then back at
 * 1280×900. */
async function atSmallSize(work) {
  await driver.manage().window().setRect({ width: 760, height: 560 });
  try {
    await work();
  } finally {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  }
}

const TERM = "Board 2025 — Łódź";

describe("a returns officer runs an election in the window", () => {
  it("starts on an empty list of terms, showing the election file", async () => {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await waitHeading("Terms");
    assert.equal(await text("[data-testid=db-path]"), db);
    await waitText("main", "No terms yet");
    await shot("01-terms-empty");
    await rootShot("01-terms-empty-1280x900");
    await axeCheck("the empty list of terms");
  });

  it("fails the axe-core check on a screen with a violation (the check is not vacuous)", async () => {
    await driver.executeScript("const b = document.createElement('button'); b.id = 'planted'; document.querySelector('main').appendChild(b);");
    await assert.rejects(axeCheck("a screen with a nameless button planted"), (e) => /button-name \(critical\)[\s\S]*#planted/.test(e.message));
    await driver.executeScript("document.getElementById('planted').remove()");
    await axeCheck("the empty list of terms, the planted button gone");
  });

  it("creates a term", async () => {
    await clickButtonNamed("New term");
    await waitHeading("New term");
    // Nothing filled in: each error is beside its field, the first focused.
    await click("form button[type=submit]");
    await waitText(".field-error", "Enter a name for the term.");
    assert.equal(await focusedId(), "term-name");
    assert.equal(await driver.findElement(css("#term-name")).getAttribute("aria-invalid"), "true");
    await axeCheck("the new term form with its errors");
    await fill("#term-name", TERM);
    await fill("#term-organisation", "Example Association");
    await fill("#term-seats", "2");
    await driver.findElement(css("#term-method option[value=approval]")).click();
    await fill("#term-maxPerEmployer", "1");
    await fill("#term-seed", "e2e seed");
    await shot("02-new-term");
    await axeCheck("the new term form");
    await click("form button[type=submit]");
    await waitHeading(TERM);
    await waitText(".message.notice", "created");
    assert.match(await text("[data-testid=stage]"), /Draft/);
    await shot("03-term-overview");
    await axeCheck("a new term's Overview");
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
    await axeCheck("the Nominees tab with nominees");
  });

  it("imports the voter roll from a typed path and finds a voter", async () => {
    await idle();
    await click("#tab-voters");
    await fill("#roll-path", join(fixtures, "roll.csv"));
    await click("#roll-check");
    await waitText("#roll-counts", "6 voters ready, no rows refused.");
    await axeCheck("the roll wizard, the file checked");
    await click("#roll-import");
    await waitText(".message.notice", "Imported 6 voters.");
    await waitText("table[aria-label=Voters]", "Ξένια Παππά");
    await fill("#voter-search", "naoya");
    await settled(async () => {
      const rows = await driver.findElements(css("table[aria-label=Voters] tbody tr"));
      return rows.length === 1 && (await rows[0].getText()).includes("稲田直哉") ? true : undefined;
    }, "the search did not narrow the roll to 稲田直哉");
    await shot("05-voters");
    await axeCheck("the Voters tab with voters");
    await atSmallSize(async () => {
      await rootShot("05-voters-760x560");
      await axeCheck("the Voters tab at 760×560");
    });
  });

  it("disables Count, saying why, until there are ballots", async () => {
    await idle();
    await click("#tab-results");
    await waitText("#count-reason", "There are no ballots yet");
    const count = await driver.findElement(css("#count-button"));
    assert.equal(await count.getAttribute("aria-disabled"), "true");
    assert.equal(await count.getAttribute("aria-describedby"), "count-reason");
    await count.click();
    await idle();
    assert.match(await text("[data-testid=stage]"), /Nominations|Draft/);
    await axeCheck("the Results tab before any ballot");
    await click("#go-ballots");
    await waitText(".empty-note", "No ballots yet: import the ballot file above, or type the totals.");
    assert.equal(await focusedId(), "tab-ballots");
    await axeCheck("the Ballots tab, empty");
  });

  it("says in plain words when a ballot file does not exist, beside its path, and changes nothing", async () => {
    await idle();
    await click("#tab-ballots");
    await fill("#ballots-path", join(work, "missing.csv"));
    await click("#ballots-import");
    await waitText("[role=alert]", "missing.csv");
    const alert = await text("[role=alert]");
    assert.match(alert, /The file could not be used/);
    // The error is beside the path and the path has the focus.
    await settled(async () => ((await focusedId()) === "ballots-path" ? true : undefined), "the path did not take the focus");
    const described = await driver.findElement(css("#ballots-path")).getAttribute("aria-describedby");
    assert.match(await driver.findElement(css(`[id='${described.split(" ").pop()}']`)).getText(), /missing\.csv/);
    await shot("06-error");
    await axeCheck("an error beside the ballot file's path");
    await waitText(".empty-note", "No ballots yet: import the ballot file above");
  });

  it("imports the ballots", async () => {
    await fill("#ballots-path", join(fixtures, "ballots.csv"));
    await click("#ballots-import");
    // What the file is, before anything is imported.
    await waitText("#ballot-preview-format", "Ballot grid CSV");
    assert.match(await text("#ballot-preview-blank"), /no opinion/);
    await shot("07a-ballot-preview");
    await axeCheck("the ballot file's preview");
    await click("#ballot-preview-import");
    await waitText(".message.notice", "Imported 6 ballots from ballots.csv.");
    await waitText("table[aria-label='Ballot batches']", "ballots.csv");
    await shot("07-ballots");
    await axeCheck("the Ballots tab with a batch");
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
    await axeCheck("the Results tab");
    await rootShot("08-results-1280x900");
    await atSmallSize(() => rootShot("08-results-760x560"));
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
    await axeCheck("the list of terms");
  });
});

const BOARD = "Vorstand 2025";

describe("the voter roll wizard and the count explained", () => {
  it("creates an instant-runoff term with its nominees", async () => {
    // The story above ends on the list of terms.
    await waitHeading("Terms");
    await clickButtonNamed("New term");
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
    await rootShot("10-roll-wizard-unmapped-1280x900");
    await axeCheck("the roll wizard, its columns not mapped");
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
    await axeCheck("the roll wizard, mapped, with the encoding choice");
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
    await axeCheck("the refused rows");
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
    await axeCheck("the Results tab, round by round");
  });

  it("shows the audit log and finds it intact", async () => {
    await idle();
    await click("#tab-audit");
    await waitText("table[aria-label='Audit log']", "roll.import");
    await click("#audit-verify");
    await waitText("#audit-verdict", "Intact.");
    await axeCheck("the Audit log tab");
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
    await clickButtonNamed("New term");
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
    await waitText(".empty-note", "No ballots yet: import the ballot file above");
    await driver.executeScript(`document.querySelector("#totals-mismatches").scrollIntoView()`);
    await shot("20-totals-mismatch");
    await axeCheck("totals typed twice that differ");
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
    await axeCheck("the tie decision form");
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
    await axeCheck("the Results tab after a decided tie");
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
    await rootShot("30-certify-dialog-1280x900");
    await axeCheck("the certify dialog");
    // Enter in the dialog cancels.
    await driver.findElement(css("#certify-officer")).sendKeys("\uE007");
    await settled(async () => ((await driver.findElements(css("[role=dialog]"))).length === 0 ? true : undefined), "the dialog did not close");
    assert.match(await text("[data-testid=stage]"), /Counted/);
    await click("#certify");
    // Without the officer's name: the error is beside the field, which
    // takes the focus; the dialog stays open.
    await fill("#certify-officer", "");
    await click("#certify-confirm");
    await waitText("[role=dialog] .field-error", "returns officer's name");
    assert.equal(await focusedId(), "certify-officer");
    await axeCheck("the certify dialog with an error");
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
    await rootShot("31-certified-overview-1280x900");
    await axeCheck("a certified term's Overview");
    await driver.manage().window().setRect({ width: 760, height: 560 });
    await shot("32-certified-overview-760x560");
    await rootShot("32-certified-overview-760x560");
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    // Every other tab says why nothing can be changed.
    for (const tab of ["nominees", "voters", "ballots", "results"]) {
      await idle();
      await click(`#tab-${tab}`);
      await waitText("[data-testid=certified-notice]", "Nothing here can be changed: this term was certified on");
      await waitText("[data-testid=certified-notice]", "by Zoë Ødegaard");
    }
    await axeCheck("a certified term's Results");
    await click("#tab-ballots");
    await waitText("[data-testid=certified-notice]", "File ▸ Restore a backup");
    assert.equal((await driver.findElements(css("#ballots-path"))).length, 0);
    await axeCheck("a certified term's Ballots");
    await driver.manage().window().setRect({ width: 760, height: 560 });
    await shot("32b-certified-ballots-760x560");
    await rootShot("32b-certified-ballots-760x560");
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await idle();
    await click("#tab-audit");
    await waitText("table[aria-label='Audit log']", "term.certify");
  });

  it("corrects a term's name with a reason, then deletes it", async () => {
    await idle();
    await click(".crumbs button");
    await waitHeading("Terms");
    await clickButtonNamed("New term");
    await waitHeading("New term");
    await fill("#term-name", "Tpyo 2026");
    await fill("#term-seats", "1");
    await click("form button[type=submit]");
    await waitHeading("Tpyo 2026");
    await click(".corrections details:first-of-type summary");
    await fill("#edit-name", "Typo 2026");
    await click("#edit-save");
    await waitText(".corrections .field-error", "reason");
    assert.equal(await focusedId(), "edit-reason");
    await axeCheck("the term correction form with an error");
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

  it("sets the officer's name in Preferences (File menu)", async () => {
    await idle();
    // The File menu is native (GTK): its item is sent as the app sends it.
    await driver.executeScript("return window.__TAURI_INTERNALS__.invoke('plugin:event|emit', { event: 'menu', payload: 'file-preferences' })");
    await settled(async () => ((await focusedId()) === "pref-officer" ? true : undefined), "the Preferences dialog did not open with the officer's name focused");
    await shot("34-preferences");
    await axeCheck("the Preferences dialog");
    await fill("#pref-officer", "Zoë Ødegaard");
    await click("#pref-save");
    await waitText(".message.notice", "The audit log names Zoë Ødegaard from now on.");
    assert.equal((await driver.findElements(css("[role=dialog]"))).length, 0);
  });
});

describe("a long roll import", () => {
  it("moves the focus to Cancel, and cancelling leaves the roll unchanged", async () => {
    // 400,000 voters: long enough, even in a release build, to be seen busy.
    const big = join(work, "big-roll.csv");
    const rows = ["name,email"];
    for (let i = 0; i < 400_000; i++) rows.push(`Voter ${i},voter${i}@example.org`);
    writeFileSync(big, rows.join("\n") + "\n");
    // The story above ends on the list of terms.
    await idle();
    await waitHeading("Terms");
    await clickButtonNamed("New term");
    await waitHeading("New term");
    await fill("#term-name", "Big roll 2026");
    await fill("#term-seats", "1");
    await click("form button[type=submit]");
    await waitHeading("Big roll 2026");
    await idle();
    await click("#tab-voters");
    await fill("#roll-path", big);
    await click("#roll-check");
    // Reading 400,000 rows to check them takes a while in a debug build.
    await driver.wait(
      async () => (await driver.executeScript("return !document.body.classList.contains('is-busy') && !!document.querySelector('#roll-counts')")) === true,
      300_000,
      "the roll was not checked",
    );
    await waitText("#roll-counts", "400,000 voters ready");
    await click("#roll-import");
    // While it runs, the page is inert and the one thing to do has the focus.
    await settled(async () => ((await focusedId()) === "busy-cancel" ? true : undefined), "Cancel did not take the focus during the import");
    await rootShot("40-long-import-1280x900", { whileBusy: true });
    await click("#busy-cancel");
    await waitText("[role=alert]", "The import was cancelled; the roll is unchanged.");
    await idle();
    assert.equal(await text("#tab-voters .count"), "0");
  });
});
