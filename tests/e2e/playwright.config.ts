import { defineConfig } from '@playwright/test';

// Run by `cargo xtask test`, which builds the site, serves it with a plain static server and
// sets BASE_URL (the site at /), SUB_URL (the same site built for a sub-path) and DIST_DIR.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: '.results/artifacts',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080/',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumFlags,
    },
    // The service worker would answer requests that specs count or time (security.spec.ts):
    // blocked except where a spec allows it (offline.spec.ts).
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
