import { defineConfig } from "vitest/config";

// The window's UI. `vite build` writes ui/dist, which the app embeds at
// compile time (tauri.conf.json: build.frontendDist).
export default defineConfig({
  clearScreen: false,
  // The certificate's fonts (fonts.css) are read from the report crate.
  server: { port: 1420, strictPort: true, fs: { allow: [".", "../crates/scrutineer-report/fonts", "../locales"] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
  },
});
