import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, testChromium } from "./scripts/chromium.ts";
import { CMS_PROXY_PORT, DEV_PORT, HOST_PORT, PREVIEW_PORT, hostEmulator } from "./tests/e2e/servers.ts";

const executablePath = testChromium();
const PORT = PREVIEW_PORT;

// The specs that drive the editor (`astro dev` and an editor proxy of their own each): the longest
// in the run, about 7 s of Chromium running Decap per page load. One at a time by default, always
// first, so they are the one long line of the run; E2E_EDITOR_WORKERS=2 runs two at once (each
// file has its own proxy port, none writes the dev server's files). On the two-core machine two at
// once gained nothing: the second core is the other project's (measured 2026-12-06, tests/README.md).
const EDITOR_WORKERS = Number(process.env["E2E_EDITOR_WORKERS"] || 1);
const EDITOR_SPECS = [
  "cms.spec.ts",
  "cms-new-entry.spec.ts",
  "cms-fields.spec.ts",
  "cms-preview.spec.ts",
  "cms-redirects.spec.ts",
];
// The other specs that drive `astro dev`, a preview of a copy of the site, or Cloudflare's
// emulator: one at a time, beside the editor's, then the static specs take their worker.
const SERVER_SPECS = [
  "content-errors-in-dev.spec.ts",
  "drafts-in-dev.spec.ts",
  "share-images-in-dev.spec.ts",
  "host-headers.spec.ts",
  "redirects.spec.ts",
  "sign-in.spec.ts",
  "file-documents.spec.ts",
  "security.spec.ts",
  "counting.spec.ts",
  "video.spec.ts",
];
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_FLAGS,
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env["CI"] ? 1 : 0,
  reporter: process.env["CI"] ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace records a screenshot of every frame and a copy of the page at every step, for every
    // test, even one that passes: it was more than half of the run's CPU (measured 2026-12-07,
    // tests/README.md). A test that fails is retried in CI with its trace recorded; run one spec
    // with `--trace on` to record one locally. The failure's own screenshot costs nothing before.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "editor", testMatch: EDITOR_SPECS, workers: EDITOR_WORKERS, use: browser },
    { name: "servers", testMatch: SERVER_SPECS, workers: 1, use: browser },
    { name: "static", testIgnore: [...EDITOR_SPECS, ...SERVER_SPECS], use: browser },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env["CI"],
      timeout: 60_000,
    },
    {
      command: `npx astro dev --host 127.0.0.1 --port ${DEV_PORT}`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      // The content editor's local mode talks to this port (tests/e2e/cms.spec.ts starts the proxy).
      env: { CMS_PROXY_PORT: String(CMS_PROXY_PORT) },
      reuseExistingServer: !process.env["CI"],
      timeout: 120_000,
    },
    {
      // The built site as Netlify and Cloudflare Pages serve it, `_headers` applied (astro preview
      // ignores that file): tests/e2e/host-headers.spec.ts and sign-in.spec.ts.
      // A stand-in OAuth app, so /auth answers as on a configured site (it never reaches GitHub).
      command: `${hostEmulator("dist", HOST_PORT)} --binding GITHUB_CLIENT_ID=emulator-app GITHUB_CLIENT_SECRET=emulator-secret`,
      url: `http://127.0.0.1:${HOST_PORT}`,
      env: { WRANGLER_SEND_METRICS: "false" },
      reuseExistingServer: !process.env["CI"],
      timeout: 120_000,
    },
  ],
});
