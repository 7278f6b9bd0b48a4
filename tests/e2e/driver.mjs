// The shared start-up of the end-to-end tests: tauri-driver (and through it
// WebKitWebDriver) started on a fresh election file, the real app
// (target/debug/scrutineer-app, built with the UI embedded) opened in it,
// the helpers that wait for the window to settle, and axe-core run in the
// page. Each *.test.mjs calls `start` in its `before` and `stop` in its
// `after`. Run them with ./run.sh (it builds everything and provides the X
// display).

import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By } from "selenium-webdriver";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
export const application = process.env.SCRUTINEER_APP ?? join(root, "target/debug/scrutineer-app");
export const fixtures = join(here, "fixtures");
export const TIMEOUT = 30_000;
// Screenshots of each step, for people to look at (not compared).
const shots = process.env.SCRUTINEER_SHOTS ?? join(here, "out");

/** The WebDriver session; set by `start`. */
export let driver;
/** A fresh folder for this file's tests (removed by `stop`). */
export let work;
let driverProcess;

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

/** The environment the app was last started with (for `restart`). */
let launchEnv;

/** Start tauri-driver and the app on a new election file in a new folder
 * named after `prefix`. `env(work)` gives the app's extra environment
 * (SCRUTINEER_DB is `work/election.db` and SCRUTINEER_SETTINGS
 * `work/settings.json` unless it says otherwise). The window speaks
 * English unless `env` gives another locale (LANG, LC_MESSAGES, LC_ALL):
 * the machine's own locale never decides a test. Returns the folder and
 * the election file. */
export async function start(prefix, env = () => ({})) {
  assert.ok(existsSync(application), `the app is not built: ${application} (run tests/e2e/run.sh)`);
  work = mkdtempSync(join(tmpdir(), `scrutineer-e2e-${prefix}-`));
  const db = join(work, "election.db");
  launchEnv = {
    ...process.env,
    // The app inherits this: it works on a fresh election file.
    // Its settings (the officer's name, recent files) too, never the user's.
    SCRUTINEER_DB: db,
    SCRUTINEER_SETTINGS: join(work, "settings.json"),
    LANG: "en_US.UTF-8",
    LC_ALL: "",
    LC_MESSAGES: "",
    LANGUAGE: "",
    ...env(work),
  };
  await launch();
  return { work, db };
}

async function launch() {
  const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
  // WebKitWebDriver's port too, so that two runs on one machine do not meet.
  const nativePort = Number(process.env.TAURI_NATIVE_PORT ?? port + 1);
  driverProcess = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: launchEnv,
  });
  await waitForDriver(port);
  driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}/`)
    .withCapabilities({ browserName: "wry", "tauri:options": { application } })
    .build();
}

/** Close the app and start it again on the same folder, election file and
 * settings (what the officer sees the next day). */
export async function restart() {
  await quit();
  await launch();
}

/** Close the app and tauri-driver. */
async function quit() {
  try {
    if (driver) await driver.quit();
  } finally {
    // SIGTERM (not SIGKILL) so tauri-driver also stops WebKitWebDriver.
    if (driverProcess && driverProcess.exitCode === null) {
      const exited = new Promise((r) => driverProcess.once("exit", r));
      driverProcess.kill("SIGTERM");
      await exited;
    }
    await endStrayApps();
  }
}

/** Close the app and tauri-driver, and remove the folder. */
export async function stop() {
  try {
    await quit();
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

/** An app this test started must not outlive it. When a session's quit does
 * not close the window (seen once in CI: the app was left running with
 * tauri-driver gone), the orphan keeps the test runner's output pipe open
 * and `node --test` never ends. So every process running this build of the
 * app is asked to stop (SIGTERM), then killed if it is still there after 5 s. */
async function endStrayApps() {
  const pattern = `^${application.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( |$)`;
  const alive = () => spawnSync("pgrep", ["-f", pattern]).status === 0;
  if (!alive()) return;
  spawnSync("pkill", ["-TERM", "-f", pattern]);
  for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) spawnSync("pkill", ["-KILL", "-f", pattern]);
}

export const css = (s) => By.css(s);

export async function shot(name) {
  mkdirSync(shots, { recursive: true });
  writeFileSync(join(shots, `${name}.png`), await driver.takeScreenshot(), "base64");
}

/** The whole X screen (the window as a person sees it), taken with
 * ImageMagick's `import -window root` into $SCRUTINEER_ROOT_SHOTS when that
 * is set (for looking at, not compared); after the page is idle, unless
 * `whileBusy`. */
export async function rootShot(name, { whileBusy = false } = {}) {
  const dir = process.env.SCRUTINEER_ROOT_SHOTS;
  if (!dir) return;
  if (!whileBusy) await idle();
  // Let the window repaint after a resize or a change.
  await new Promise((r) => setTimeout(r, 500));
  mkdirSync(dir, { recursive: true });
  execFileSync("import", ["-window", "root", join(dir, `${name}.png`)]);
}

/** Run `read` until it neither fails on an element the page just replaced
 * (the window re-renders after each change) nor returns undefined. */
export async function settled(read, what) {
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

export async function text(selector) {
  return settled(async () => {
    const els = await driver.findElements(css(selector));
    return els.length ? els[0].getText() : undefined;
  }, `no ${selector}`);
}

export async function waitText(selector, expected) {
  await settled(async () => {
    for (const el of await driver.findElements(css(selector))) {
      if ((await el.getText()).includes(expected)) return true;
    }
    return undefined;
  }, `"${expected}" did not appear in ${selector}`);
}

export async function heading() {
  return text("main h1");
}

export async function waitHeading(expected) {
  await settled(async () => ((await heading()) === expected ? true : undefined), `the heading did not become "${expected}"`);
}

export async function fill(selector, value) {
  await settled(async () => {
    const el = await driver.findElement(css(selector));
    await el.clear();
    if (value) await el.sendKeys(value);
    return (await el.getAttribute("value")) === value ? true : undefined;
  }, `could not fill ${selector}`);
}

export async function click(selector) {
  await settled(async () => {
    const el = await driver.findElement(css(selector));
    if (!(await el.isEnabled())) return undefined;
    await el.click();
    return true;
  }, `could not click ${selector}`);
}

/** Wait until no work is running (the busy indicator is hidden). */
export async function idle() {
  await driver.wait(async () => (await driver.executeScript("return !document.body.classList.contains('is-busy')")) === true, TIMEOUT);
}

/** Choose an option of a select the way a person does (the page then
 * re-renders the wizard, so the select is found again each try). */
export async function choose(selector, value) {
  await settled(async () => {
    const option = await driver.findElement(css(`${selector} option[value='${value}']`));
    await option.click();
    const el = await driver.findElement(css(selector));
    return (await el.getAttribute("value")) === value ? true : undefined;
  }, `could not choose ${value} in ${selector}`);
  await idle();
}

export async function buttonNamed(name) {
  const buttons = await driver.findElements(css("main button"));
  for (const b of buttons) {
    if ((await b.getText()).trim() === name) return b;
  }
  return undefined;
}

export async function clickButtonNamed(name) {
  await settled(async () => {
    const b = await buttonNamed(name);
    if (!b) return undefined;
    await b.click();
    return true;
  }, `no ${name} button`);
}

/** The id of the focused element. */
export async function focusedId() {
  return driver.executeScript("return document.activeElement && document.activeElement.id");
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Run axe-core on the whole window as it is now (`screen` names it in the
 * failure) and fail on any violation, printing each one's id, impact, help
 * and the selectors of its nodes. */
export async function axeCheck(screen) {
  await idle();
  const injected = await driver.executeScript("return typeof window.axe === 'object'");
  if (!injected) await driver.executeScript(axeSource);
  const raw = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) => done(JSON.stringify(r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
      })))))
      .catch((e) => done(JSON.stringify({ error: String(e) })));
  `);
  const result = JSON.parse(raw);
  if (!Array.isArray(result)) throw new Error(`axe-core failed on ${screen}: ${result.error}`);
  const report = result
    .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target}\n      ${(n.summary ?? "").replace(/\n/g, "\n      ")}`).join("\n")}`)
    .join("\n");
  if (report) console.log(`axe-core on ${screen}:\n${report}`);
  assert.equal(result.length, 0, `axe-core found ${result.length === 1 ? "a violation" : `${result.length} violations`} on ${screen}:\n${report}`);
}
