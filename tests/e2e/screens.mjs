// Screenshots of a term's work views in one language, for looking at (not a
// test: nothing is compared). A real Elekto election (Kubernetes steering
// 2023, from ../shared/reference-elections) is imported and counted with the
// CLI, then the app is opened on it under LANG and each tab is photographed
// at 1280×900 and 760×560 into $SCRUTINEER_ROOT_SHOTS. It fails if a page is
// wider than the window (scrolls sideways).
//
//   SCRUTINEER_APP=target/debug/scrutineer-app SCRUTINEER_ROOT_SHOTS=/tmp/shots \
//     xvfb-run -a -s "-screen 0 1280x900x24" node tests/e2e/screens.mjs de_DE.UTF-8 de
//
// Set TAURI_DRIVER_PORT to run beside the end-to-end suite.

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { click, driver, rootShot, start, stop, waitHeading } from "./driver.mjs";

const [locale = "de_DE.UTF-8", tag = "de"] = process.argv.slice(2);
const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "target/debug/scrutineer");
const folder = join(root, "../shared/reference-elections/kubernetes-elekto/steering-2023");
if (!existsSync(cli) || !existsSync(folder)) {
  console.error(`screens.mjs needs ${cli} (cargo build -p scrutineer-cli) and ${folder}`);
  process.exit(1);
}

const TERM = "Steering 2023";

await start(`screens-${tag}`, (work) => {
  const db = join(work, "election.db");
  const run = (...args) => execFileSync(cli, ["--db", db, ...args], { env: { ...process.env, LANG: "C" } });
  run("term", "import", folder, "--name", TERM, "--organisation", "Kubernetes");
  run("tally", TERM);
  return { LANG: locale };
});

/** Screens whose page is wider than the window (it scrolls sideways). */
const wide = [];

async function both(name) {
  for (const [w, h] of [[1280, 900], [760, 560]]) {
    await driver.manage().window().setRect({ width: w, height: h });
    await driver.executeScript("window.scrollTo(0, 0)");
    await rootShot(`${tag}-${name}-${w}x${h}`);
    const [scroll, client] = await driver.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
    if (scroll > client) wide.push(`${name} at ${w}×${h}: the page is ${scroll} px wide in a ${client} px window`);
  }
  await driver.manage().window().setRect({ width: 1280, height: 900 });
}

try {
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  await click(`tr[data-term='${TERM}'] button`);
  await waitHeading(TERM);
  for (const tab of ["nominees", "voters", "ballots", "results", "audit"]) {
    await click(`#tab-${tab}`);
    await both(tab);
  }
} finally {
  await stop();
}
if (wide.length) {
  console.error(wide.join("\n"));
  process.exit(1);
}
