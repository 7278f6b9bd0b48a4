// End to end (issue 11): the window speaks the officer's language. Started
// with LANG=de_DE.UTF-8 and no preference, the real window is German; in
// Preferences the officer chooses 日本語 and the window is Japanese at once;
// after a restart (the system still German) the choice is kept. axe-core
// checks a German and a Japanese screen; an error from the core arrives in
// Japanese. With $SCRUTINEER_ROOT_SHOTS set,
// the terms list, a term's Overview, Preferences and the new-term form are
// photographed in both languages at 1280×900 and 760×560.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { axeCheck, choose, click, clickButtonNamed, css, driver, fill, focusedId, idle, restart, rootShot, settled, start, stop, text, waitHeading, waitText } from "./driver.mjs";

let work;

before(async () => {
  ({ work } = await start("language", () => ({ LANG: "de_DE.UTF-8" })));
});

after(stop);

const TERM = "Vorstandswahl 2026 — Łódź";
const ORGANISATION = "Kleingartenverein Sonnenschein e. V.";

async function pageLang() {
  return driver.executeScript("return document.documentElement.lang");
}

/** The settings file the app wrote (the officer's preferences). */
function settings() {
  const p = join(work, "settings.json");
  return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : {};
}

/** Photograph the window as it is at 1280×900 and at its smallest size. */
async function shots(name) {
  const top = () => driver.executeScript("window.scrollTo(0, 0)");
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  await top();
  await rootShot(`${name}-1280x900`);
  await driver.manage().window().setRect({ width: 760, height: 560 });
  try {
    await top();
    await rootShot(`${name}-760x560`);
  } finally {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  }
}

async function openPreferences() {
  await idle();
  // The File menu is native (GTK): its item is sent as the app sends it.
  await driver.executeScript("return window.__TAURI_INTERNALS__.invoke('plugin:event|emit', { event: 'menu', payload: 'file-preferences' })");
  await settled(async () => ((await focusedId()) === "pref-officer" ? true : undefined), "the Preferences dialog did not open");
}

async function closeDialog() {
  await driver.executeScript("document.querySelector('[role=dialog] .form-actions button[type=button]').click()");
  await settled(async () => ((await driver.findElements(css("[role=dialog]"))).length === 0 ? true : undefined), "the dialog did not close");
}

describe("the window speaks the officer's language", () => {
  it("starts in German under LANG=de_DE.UTF-8 with no preference", async () => {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await waitHeading("Wahlen");
    assert.equal(await pageLang(), "de");
    assert.equal(await text(".db-path .label"), "Wahldatei");
    await waitText("main", "Noch keine Wahlen");
    assert.equal(await driver.executeScript("return document.querySelector('.skip').textContent"), "Zum Hauptinhalt springen");
    // No preference was written: the system decided.
    assert.equal(settings().language, undefined);
    await axeCheck("the empty list of terms in German");
  });

  it("creates a term in German: the new-term form and the Overview", async () => {
    await clickButtonNamed("Neue Wahl");
    await waitHeading("Neue Wahl");
    await waitText("main form", "Übertragbare Einzelstimmgebung");
    await shots("de-new-term");
    await fill("#term-name", TERM);
    await fill("#term-organisation", ORGANISATION);
    await fill("#term-seats", "3");
    await choose("#term-method", "stv-scottish");
    await fill("#term-maxPerEmployer", "2");
    await fill("#term-quorum", "25");
    await clickButtonNamed("Wahl anlegen");
    await waitHeading(TERM);
    await waitText(".message.notice", `Die Wahl „${TERM}“ wurde angelegt.`);
    assert.equal(await text("#tab-overview"), "Übersicht");
    await waitText("main", "Übertragbare Einzelstimmgebung, schottische Regeln");
    await waitText("main", "% der Wahlberechtigten");
    await axeCheck("a term's Overview in German");
    await shots("de-overview");
    await click("nav.crumbs button");
    await waitHeading("Wahlen");
    await waitText(`tr[data-term='${TERM}']`, "Entwurf");
    await shots("de-terms");
  });

  it("switches to 日本語 in Preferences, at once and on the same screen", async () => {
    await openPreferences();
    assert.equal(await text("[role=dialog] h2"), "Einstellungen");
    assert.equal(await text("#pref-language option[value='']"), "Wie das System (Deutsch)");
    await axeCheck("the Preferences dialog in German");
    await shots("de-preferences");
    await choose("#pref-language", "ja");
    await click("#pref-save");
    await waitText(".message.notice", "設定を保存しました。");
    await waitHeading("選挙");
    assert.equal(await pageLang(), "ja");
    assert.equal(await text(".db-path .label"), "選挙ファイル");
    await waitText(`tr[data-term='${TERM}']`, "下書き");
    assert.equal(settings().language, "ja");
    await axeCheck("the list of terms in Japanese");
  });

  it("is still Japanese after a restart, though the system is German", async () => {
    await restart();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await waitHeading("選挙");
    assert.equal(await pageLang(), "ja");
    await waitText(`tr[data-term='${TERM}']`, "下書き");
    await shots("ja-terms");
    await click(`tr[data-term='${TERM}'] button`);
    await waitHeading(TERM);
    assert.equal(await text("#tab-overview"), "概要");
    await waitText("main", "単記移譲式投票（スコットランド式）");
    await axeCheck("a term's Overview in Japanese");
    await shots("ja-overview");
    await click("nav.crumbs button");
    await waitHeading("選挙");
    await clickButtonNamed("新しい選挙");
    await waitHeading("新しい選挙");
    await shots("ja-new-term");
    // An error from the core reaches the window in its language too (the
    // shell writes it with Error::in_lang): a second term of the same name.
    await fill("#term-name", TERM);
    await fill("#term-seats", "1");
    await choose("#term-method", "approval");
    await clickButtonNamed("選挙を作成");
    // It is shown beside the button that caused it (feedback.ts fieldError).
    await waitText("main form .field-error", "すでに存在します");
    await waitText("main form .field-error", `「${TERM}」という選挙はすでにあります`);
    assert.doesNotMatch(await text("main form .field-error"), /already exists|a term named/);
    await openPreferences();
    assert.equal(await text("[role=dialog] h2"), "設定");
    assert.equal(await driver.findElement(css("#pref-language")).getAttribute("value"), "ja");
    await shots("ja-preferences");
    await closeDialog();
  });
});
