// End to end (issue 9): a nomination through the real window. A nominee is
// added with a Markdown statement (and hostile HTML in it), shown rendered
// on the nominee page, corrected with a reason, and the booklet is saved.
// Run with ./run.sh (it builds everything and provides the X display).
//
// The native save dialog cannot be driven through WebDriver: the app is
// started with SCRUTINEER_SAVE_DIR, and saves go there under the names the
// window suggests (src-tauri's app_info, ui/src/api.ts tauriDialogs).

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Key } from "selenium-webdriver";
import { axeCheck, click, css, driver, fill, idle, rootShot, settled, shot, start, stop, waitText } from "./driver.mjs";

let saved;

before(async () => {
  await start("nominations", (work) => {
    saved = join(work, "saved");
    mkdirSync(saved);
    return { SCRUTINEER_SAVE_DIR: saved };
  });
});

after(stop);

/** Put text in a textarea as a paste does (the value, then an input
 * event), then type `typed` at its end key by key. */
async function paste(selector, value, typed = "") {
  await driver.executeScript(
    "const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true }));",
    selector,
    value,
  );
  if (typed) await driver.findElement(css(selector)).sendKeys(typed);
  await settled(async () => ((await driver.findElement(css(selector)).getAttribute("value")) === value + typed ? true : undefined), `could not fill ${selector}`);
}

async function count(selector) {
  return (await driver.findElements(css(selector))).length;
}

/** Nothing hostile ran or exists anywhere in the window. */
async function assertNothingHostile(where) {
  const report = await driver.executeScript(`return {
    pwned: typeof window.__pwned,
    handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
    inlineScripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    images: document.querySelectorAll("main img").length,
  };`);
  assert.deepEqual(report, { pwned: "undefined", handlers: 0, inlineScripts: 0, images: 0 }, where);
}

const TERM = "Steering Council 2026";
const NAME = "Ξένια Παππά-稲田";
const statement = (typo) =>
  [
    "## Why I am standing",
    "",
    `I have served the ${typo ? "comunity" : "community"} for ten years :slight_smile:.`,
    "",
    "- triage",
    "- mentoring",
    "- releases",
    "",
    "1. first",
    "2. second",
    "",
    '<img src=x onerror="window.__pwned=1">',
    "",
    "<script>window.__pwned=2</script>",
    "",
    "My [plan](https://example.org/plan), in **short**.",
  ].join("\n");

describe("a nomination in the window", () => {
  it("creates a term", async () => {
    await settled(async () => {
      for (const b of await driver.findElements(css("main button"))) {
        if ((await b.getText()).trim() === "New term") {
          await b.click();
          return true;
        }
      }
      return undefined;
    }, "no New term button");
    await fill("#term-name", TERM);
    await fill("#term-seats", "2");
    await driver.findElement(css("#term-method option[value=approval]")).click();
    await click("form button[type=submit]");
    await waitText("main h1", TERM);
  });

  it("adds a nominee with a statement, previewed as it is typed", async () => {
    await idle();
    await click("#tab-nominees");
    await fill("#nominee-name", NAME);
    await fill("#nominee-employer", "Οργανισμός");
    await fill("#nominee-email", "xenia@example.org");
    await fill("#nominee-nominated_by", "self");
    await paste("#nominee-statement", statement(true), " Thanks");
    // The live preview, rendered by the backend after a pause in typing.
    await waitText("#nominee-statement-preview h2", "Why I am standing");
    await waitText("#nominee-statement-words", "words");
    // The key-by-key typing reached the preview too.
    await waitText("#nominee-statement-preview", "Thanks");
    await assertNothingHostile("in the preview");
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await driver.executeScript("document.querySelector('#nominee-statement').scrollIntoView()");
    await shot("n01-editor-1280");
    await axeCheck("the Nominees tab, a nominee being added with a statement");
    await click("#nominee-add");
    await waitText(".message.notice", `Added ${NAME}.`);
    // One line per nominee; no statement in the table.
    await waitText(`tr[data-nominee='${NAME}']`, "Self-nominated");
    const row = await driver.findElement(css(`tr[data-nominee='${NAME}']`)).getText();
    assert.doesNotMatch(row, /comunity|Why I am standing/);
  });

  it("shows the statement rendered on the nominee page, with the heading focused", async () => {
    await idle();
    await click(`tr[data-nominee='${NAME}'] button.nominee-open`);
    await waitText("#nominee-heading", NAME);
    await idle();
    assert.equal(await driver.executeScript("return document.activeElement && document.activeElement.id"), "nominee-heading");
    assert.equal(await driver.findElement(css("#statement h2")).getText(), "Why I am standing");
    assert.equal(await count("#statement ul > li"), 3);
    assert.equal(await count("#statement ol > li"), 2);
    const link = await driver.findElement(css("#statement a[href='https://example.org/plan']"));
    assert.equal(await link.getText(), "plan");
    assert.equal(await driver.findElement(css("#statement strong")).getText(), "short");
    assert.match(await driver.findElement(css("#statement")).getText(), /🙂/);
    await assertNothingHostile("on the nominee page");
    await shot("n02-nominee-1280");
    await rootShot("n02-nominee-1280x900");
    await axeCheck("the nominee page");
    await driver.manage().window().setRect({ width: 760, height: 560 });
    await shot("n03-nominee-760");
    await rootShot("n03-nominee-760x560");
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  });

  it("corrects the typo with a reason, kept in the audit log", async () => {
    await click("#nominee-edit");
    await paste("#edit-statement", statement(false));
    await click("#edit-save");
    // feedback.ts's fieldError: the message right after the reason box.
    await waitText("#edit-reason + .field-error", "Give the reason");
    await fill("#edit-reason", "typo: community");
    await driver.executeScript("document.querySelector('#edit-reason').scrollIntoView()");
    await shot("n04-edit-1280");
    await axeCheck("the nominee's correction form with an error");
    await click("#edit-save");
    await waitText(".message.notice", `Saved the correction to ${NAME}.`);
    await waitText("#statement", "served the community");
    assert.doesNotMatch(await driver.findElement(css("#statement")).getText(), /comunity/);
    await assertNothingHostile("after the correction");
    // Escape closes the page.
    await idle();
    await driver.executeScript("document.querySelector('#nominee-heading').focus()");
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await waitText(`tr[data-nominee='${NAME}']`, NAME);
    await idle();
    await click("#tab-audit");
    await waitText("table[aria-label='Audit log']", "nominee.edit");
    await waitText("table[aria-label='Audit log']", "typo: community");
  });

  it("saves the candidate list and the booklet", async () => {
    await idle();
    await click("#tab-nominees");
    await click("#export-html");
    await waitText(".message.notice", "Saved: Candidate list (web page).");
    const html = readFileSync(join(saved, "Steering-Council-2026-candidates.html"), "utf8");
    assert.match(html, /served the community/);
    assert.doesNotMatch(html, /<script|onerror|__pwned=/i);
    await idle();
    await click("#export-pdf");
    await waitText(".message.notice", "Saved: Candidate booklet (PDF).");
    const pdf = readFileSync(join(saved, "Steering-Council-2026-booklet.pdf"));
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    // The booklet's text: the corrected statement with its heading (raw
    // HTML in a statement is plain text in a PDF, where nothing runs).
    const text = execFileSync("pdftotext", ["-layout", join(saved, "Steering-Council-2026-booklet.pdf"), "-"], { encoding: "utf8" });
    assert.match(text, /Why I am standing/);
    assert.match(text, /served the community/);
    assert.match(text, /Οργανισμός/);
    assert.doesNotMatch(text, /comunity/);
  });
});
