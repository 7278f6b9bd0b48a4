import "./fonts.css";
import "./style.css";
import { AppWindow } from "./app";
import { tauriApi, tauriDialogs } from "./api";

async function main(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const app = new AppWindow(root, await tauriApi(), await tauriDialogs());
  await app.start();
}

void main();
