import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "./scripts/chromium";
import { CMS_PROXY_PORT, DEV_PORT, HOST_PORT, PREVIEW_PORT, hostEmulator } from "./tests/e2e/servers";

const executablePath = systemChromium();
const PORT = PREVIEW_PORT;

// The specs that drive `astro dev` (and the editor's proxy behind it) or Cloudflare's emulator. They
// run first, because the editor's specs are the longest. None of them writes the shared preview's
// files (a spec that saves in content/ runs its own preview on a copy of the site,
// tests/e2e/dev-server.ts) and each has its own editor proxy and ports, so E2E_SERVER_WORKERS=2 runs
// two at once: one at a time they are nearly all of Playwright's time, the other worker idle after
// the static specs. One stays the default until two are measured on a quiet machine: on a machine
// at a load average of 30, three editor tests ran past their time limits (tests/README.md).
const SERVER_WORKERS = Number(process.env["E2E_SERVER_WORKERS"] || 1);
const SERVER_SPECS = [
  "cms.spec.ts",
  "cms-preview.spec.ts",
  "cms-new-entry.spec.ts",
  "cms-redirects.spec.ts",
  "cms-fields.spec.ts",
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
    trace: "retain-on-failure",
  },
  projects: [
    { name: "servers", testMatch: SERVER_SPECS, workers: SERVER_WORKERS, use: browser },
    { name: "static", testIgnore: SERVER_SPECS, use: browser },
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
