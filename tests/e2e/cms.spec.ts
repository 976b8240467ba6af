import { expect, test, type Page } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse } from "yaml";
import { CMS_PROXY_PORT, DEV_PORT } from "./servers";
import { mdxParts } from "../support/mdx-tree";
import { buildSiteCopy } from "../../scripts/site-copy";
import { solidPng } from "../support/png";

// The real editor (Decap CMS at /admin/, served by `astro dev`) in its local mode: its own proxy,
// decap-server, reads and writes a throwaway git copy of content/, never the working tree.
const ROOT = resolve(import.meta.dirname, "../..");
const ADMIN = `http://127.0.0.1:${DEV_PORT}/admin/index.html`;

let repo = "";
let proxy: ChildProcess | undefined;

const git = (...args: string[]) =>
  spawnSync("git", ["-c", "user.name=Editor test", "-c", "user.email=editor@example.com", ...args], {
    cwd: repo,
    encoding: "utf8",
  });

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  mkdirSync(join(ROOT, ".cache"), { recursive: true });
  repo = mkdtempSync(join(ROOT, ".cache", "cms-repo-"));
  // Leave out the writing-preview test's throwaway post if it exists at this moment.
  cpSync(join(ROOT, "content"), join(repo, "content"), {
    recursive: true,
    filter: (source) => !basename(source).startsWith("e2e-throwaway-"),
  });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "content as committed");
  proxy = spawn(process.execPath, [join(ROOT, "node_modules/decap-server/dist/index.js")], {
    env: {
      ...process.env,
      PORT: String(CMS_PROXY_PORT),
      BIND_HOST: "127.0.0.1",
      GIT_REPO_DIRECTORY: repo,
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((ready, fail) => {
    proxy?.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) ready();
    });
    proxy?.on("exit", (code) => fail(new Error(`decap-server exited with ${code}`)));
  });
});

test.afterAll(() => {
  proxy?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

async function openEntry(page: Page, collection: string, slug: string) {
  const field = page.getByRole("textbox", { name: collection === "posts" ? "Title" : "Name" });
  if (page.url().includes(`/admin/index.html#/collections/${collection}`)) {
    // Within a collection, go back to its list and click the entry, as an editor would (changing
    // only the address keeps the previous entry's form).
    await page.getByRole("link", { name: /Writing in/ }).click();
    await page.locator(`a[href$="/collections/${collection}/entries/${slug}"]`).click();
  } else {
    await page.goto("about:blank");
    await page.goto(`${ADMIN}#/collections/${collection}/entries/${slug}`);
    // Local mode asks for no password: one click on the login screen the first time.
    const login = page.getByRole("button", { name: "Login" });
    await expect(login.or(field).first()).toBeVisible({ timeout: 30_000 });
    if (await login.isVisible()) await login.click();
  }
  await expect(field).not.toHaveValue("", { timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`/entries/${slug}$`));
}

/** Publishes in local mode and waits until the proxy has written the file. */
async function publish(page: Page, file: string) {
  const before = existsSync(file) ? statSync(file).mtimeMs : 0;
  await expect(page.getByText("Unsaved Changes")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect
    .poll(() => (existsSync(file) ? statSync(file).mtimeMs : 0), { timeout: 20_000 })
    .toBeGreaterThan(before);
  await expect(page.getByText("Changes saved").first()).toBeVisible();
}

// From the editor's copy: the writing-preview test may have a throwaway post in content/ meanwhile.
const files = (dir: string) =>
  readdirSync(join(repo, dir))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => name.replace(/\.mdx$/, ""));

test.beforeEach(() => {
  git("checkout", "-q", "--", ".");
  git("clean", "-fdq");
});

test("editing one post's title changes exactly that line", async ({ page }) => {
  const slug = "massage-stress-and-sleep";
  const file = join(repo, "content/posts", `${slug}.mdx`);
  await openEntry(page, "posts", slug);
  const title = page.getByRole("textbox", { name: "Title" });
  await title.fill("Massage, Stress and Sleep: What to Expect and How to Rest");
  await publish(page, file);
  const numstat = git("diff", "--numstat").stdout.trim();
  expect(numstat).toBe(`1\t1\tcontent/posts/${slug}.mdx`);
  expect(git("diff", "-U0").stdout).toContain(
    '+title: "Massage, Stress and Sleep: What to Expect and How to Rest"',
  );
});

// Every post; CMS_ROUNDTRIP_ALL=1 adds the massage types (measured for docs/decisions/cms.md; slow).
const roundTrip = [
  ["posts", "content/posts"],
  ...(process.env["CMS_ROUNDTRIP_ALL"] ? [["massage-types", "content/massage-types"]] : []),
] as const;

test("every post opens and saves through the editor with no change in data or MDX tree", async ({ page }) => {
  test.setTimeout(600_000);
  const changed: string[] = [];
  for (const [collection, dir] of roundTrip) {
    for (const slug of files(dir)) {
      const file = join(repo, dir, `${slug}.mdx`);
      const before = readFileSync(file, "utf8");
      await openEntry(page, collection, slug);
      // Type and delete one character in the first heading: the editor then writes the whole body
      // through its own Markdown serialiser, as it does after any change to the text.
      const heading = page.locator("[data-slate-editor] h2").first();
      const text = await heading.innerText();
      await heading.click();
      // Put the caret after the heading's last character (End only reaches the end of a visual line).
      await heading.evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if ((node.textContent ?? "").trim() !== "") last = node as Text;
        }
        if (last) document.getSelection()?.collapse(last, last.length);
      });
      await page.waitForTimeout(200);
      await page.keyboard.insertText("§");
      await expect(heading).toHaveText(`${text}§`);
      await page.keyboard.press("Backspace");
      await expect(heading).toHaveText(text);
      await publish(page, file);
      const after = readFileSync(file, "utf8");
      const a = mdxParts(before);
      const b = mdxParts(after);
      const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
      if (!same(a.data, b.data)) changed.push(`${dir}/${slug}.mdx (frontmatter data)`);
      if (!same(a.tree, b.tree)) changed.push(`${dir}/${slug}.mdx (MDX tree)`);
    }
  }
  for (const entry of changed) console.log(git("diff", "--", entry.replace(/ \(.*$/, "")).stdout);
  expect(changed).toEqual([]);
});

test("a new post with tags, a callout and an uploaded image is saved, passes the checks and is published", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const title = "Three Gentle Desk Stretches for a Stiff Back";
  const slug = "three-gentle-desk-stretches-for-a-stiff-back";
  const file = join(repo, "content/posts", `${slug}.mdx`);
  await page.goto("about:blank");
  await page.goto(`${ADMIN}#/collections/posts/new`);
  const login = page.getByRole("button", { name: "Login" });
  const titleField = page.getByRole("textbox", { name: "Title" });
  await expect(login.or(titleField).first()).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();

  await titleField.fill(title);
  await page
    .getByRole("textbox", { name: "Description (search snippet)" })
    .fill(
      "Three slow stretches you can do at your desk between meetings, and when to stop and ask a doctor instead.",
    );
  await page.getByRole("button", { name: "Set pubDate to now" }).click();
  await page.getByRole("combobox", { name: "Author" }).fill("clinical");
  await page.getByRole("option", { name: "The clinical team" }).click();
  const tags = page.getByRole("combobox", { name: "Tags" });
  for (const tag of ["back-pain", "self-care"]) {
    await tags.click();
    await page.getByRole("option", { name: tag, exact: true }).click();
  }

  const editor = page.locator("[data-slate-editor]").first();
  await editor.click();
  await page.keyboard.type("Sitting for hours stiffens the back. These three moves take a minute each.");

  await page.getByRole("button", { name: "Add Component" }).click();
  await page.getByRole("menuitem", { name: "Callout" }).click();
  await page.getByRole("textbox", { name: "Heading" }).fill("Stop if it hurts");
  const calloutText = page.locator("[data-slate-editor]").nth(1);
  await calloutText.click();
  await page.keyboard.type("A stretch should feel easy. Sharp or spreading pain is a reason to stop.");

  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: "Image with description" }).click();
  await page.getByRole("button", { name: "Choose an image" }).last().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "desk-stretch.png",
    mimeType: "image/png",
    buffer: solidPng(1200, 800),
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page
    .getByRole("textbox", { name: "Description (alt text)", exact: true })
    .fill("A person stretching at a desk");

  await publish(page, file);

  const text = readFileSync(file, "utf8");
  const { data } = mdxParts(text);
  expect(data).toMatchObject({ title, author: "clinical-team", tags: ["back-pain", "self-care"] });
  expect(text).toContain('<Callout kind="note" title="Stop if it hurts">');
  expect(text).toContain(
    `<Figure src="posts/images/${slug}/desk-stretch.png" alt="A person stretching at a desk" />`,
  );
  expect(existsSync(join(repo, "content/posts/images", slug, "desk-stretch.png"))).toBe(true);

  // The content checks run in the build: a copy of the site with the editor's files is published.
  const site = buildSiteCopy({
    prepare: (dir) => cpSync(join(repo, "content/posts"), join(dir, "content/posts"), { recursive: true }),
  });
  try {
    expect(site.ok, site.output.slice(-3000)).toBe(true);
    const html = readFileSync(join(site.dir, "dist/blog", slug, "index.html"), "utf8");
    expect(html).toContain(title);
    expect(html).toContain("Stop if it hurts");
    // Optimised by the build: a resized WebP from Astro's pipeline, not the uploaded PNG.
    expect(html).toMatch(
      /<img[^>]+src="[^"]*\/_astro\/desk-stretch\.[^"]+\.webp"[^>]+alt="A person stretching at a desk"/,
    );
  } finally {
    site.remove();
  }
});

// Opening hours (a word or a list per day) and a booking page without a service parameter
// (`serviceParam: false`) have no safe widget: the editor hides them. Saving the settings must
// write them back exactly as the file had them.
test("saving the practice settings keeps the opening hours and the booking parameter it does not show", async ({
  page,
}) => {
  const file = join(repo, "content/settings.yaml");
  const withoutParameter = readFileSync(file, "utf8").replace(
    /^ {2}serviceParam: .*$/m,
    "  serviceParam: false",
  );
  writeFileSync(file, withoutParameter);
  const before = parse(withoutParameter) as Record<string, unknown>;
  expect(before["booking"]).toMatchObject({ serviceParam: false });

  await page.goto("about:blank");
  await page.goto(`${ADMIN}#/collections/settings/entries/settings`);
  const login = page.getByRole("button", { name: "Login" });
  const phone = page.getByRole("textbox", { name: "Phone" });
  await expect(login.or(phone).first()).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(phone).toHaveValue("+1 555 0100", { timeout: 30_000 });
  await phone.fill("+1 555 0199");
  await publish(page, file);

  const after = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  expect(after).toEqual({ ...before, phone: "+1 555 0199" });
});

// The editor runs the build's content check before it saves (src/admin/editor.ts): each mistake
// below is refused on screen in the catalogue's words, and nothing is written to the editor's copy.

/** Console errors on the editor's page, for the checks below (none are expected). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Tries to publish: the editor must refuse with these lines and leave every file as it was. */
async function publishRefused(page: Page, lines: readonly string[]) {
  await expect(page.getByText("Unsaved Changes")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  const list = page.locator("#editor-check");
  await expect(list).toBeVisible({ timeout: 20_000 });
  await expect(list).toContainText("Not saved");
  for (const line of lines) await expect(list).toContainText(line);
  await expect(page.getByText("Failed to persist entry").first()).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByText("Changes saved")).toHaveCount(0);
  expect(git("status", "--porcelain").stdout).toBe("");
}

async function openFresh(page: Page, hash: string, ready: (page: Page) => ReturnType<Page["getByRole"]>) {
  await page.goto("about:blank");
  await page.goto(`${ADMIN}#${hash}`);
  const login = page.getByRole("button", { name: "Login" });
  await expect(login.or(ready(page)).first()).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(ready(page)).not.toHaveValue("", { timeout: 30_000 });
}

test("an impossible date in the settings is refused before saving", async ({ page }) => {
  const errors = consoleErrors(page);
  const file = join(repo, "content/settings.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace('from: "2026-12-31"', 'from: "2026-02-30"'));
  git("commit", "-qam", "a closure on a day that does not exist");
  await openFresh(page, "/collections/settings/entries/settings", (p) =>
    p.getByRole("textbox", { name: "Phone" }),
  );
  await page.getByRole("textbox", { name: "Phone" }).fill("+1 555 0199");
  await publishRefused(page, [
    'hours.exceptions.1.from "2026-02-30" is not accepted. This date does not exist in the calendar.',
  ]);
  git("reset", "-q", "--hard", "HEAD~1");
  expect(errors).toEqual([]);
});

test("a reviewer without a review date is refused before saving", async ({ page }) => {
  const errors = consoleErrors(page);
  await openEntry(page, "posts", "sciatica-and-massage");
  await page.getByRole("combobox", { name: "Reviewed by" }).fill("Derrick");
  await page.getByRole("option", { name: "Derrick Allen" }).click();
  await publishRefused(page, [
    "content/posts/sciatica-and-massage.mdx  reviewedDate is missing. Add it, e.g. reviewedDate:",
  ]);
  expect(errors).toEqual([]);
});

test("a full YouTube address in the YouTube block is refused before saving", async ({ page }) => {
  const errors = consoleErrors(page);
  await openEntry(page, "posts", "sciatica-and-massage");
  await page.locator("[data-slate-editor]").first().click();
  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: /YouTube video/ }).click();
  const id = page.getByRole("textbox", { name: "Video id" });
  await id.fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await page
    .getByRole("textbox", { name: "What the video shows" })
    .fill("A gentle stretch for the lower back");
  // Leaving a block's field used to throw "this.props.onValidate is not a function".
  await id.focus();
  await page.getByRole("textbox", { name: "Title" }).focus();
  await publishRefused(page, [
    `YouTube id "https://www.youtube.com/watch?v=dQw4w9WgXcQ" is not accepted. Write the 11 characters after watch?v= in the video's address, e.g. <YouTube id="dQw4w9WgXcQ" title="…" />.`,
  ]);
  expect(errors).toEqual([]);
});

test("an image block without a description is refused before saving", async ({ page }) => {
  const errors = consoleErrors(page);
  await openEntry(page, "posts", "sciatica-and-massage");
  await page.locator("[data-slate-editor]").first().click();
  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: "Image with description" }).click();
  await page.getByRole("button", { name: "Choose an image" }).last().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "sciatica-stretch.png",
    mimeType: "image/png",
    buffer: solidPng(1200, 800),
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  const alt = page.getByRole("textbox", { name: "Description (alt text)", exact: true });
  await alt.focus();
  await page.getByRole("textbox", { name: "Title" }).focus();
  await publishRefused(page, [
    '/sciatica-stretch.png"> has no alt text. Describe what it shows for people who cannot see it: ![A desk with the screen at eye level](…) or alt="…".',
  ]);
  // The upload is part of the save: it is not written either (publishRefused found no new file).
  expect(errors).toEqual([]);
});

test("a hero image without a description is refused before saving", async ({ page }) => {
  const errors = consoleErrors(page);
  await openEntry(page, "posts", "massage-stress-and-sleep");
  await page.getByRole("button", { name: "Choose an image" }).first().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "calm-room.png",
    mimeType: "image/png",
    buffer: solidPng(1200, 630),
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await publishRefused(page, [
    'heroImage has no heroAlt. Describe the image for people who cannot see it, e.g. heroAlt: "A therapist working on a lower back".',
  ]);
  expect(errors).toEqual([]);
});

test("a pasted <iframe> in the text is refused before saving", async ({ page }) => {
  const errors = consoleErrors(page);
  await openEntry(page, "posts", "sciatica-and-massage");
  // The switch between the "Rich Text" and "Markdown" labels: the text as Markdown, as pasted code stays.
  await page
    .getByText("Markdown", { exact: true })
    .locator("xpath=preceding-sibling::*[@role='switch'][1]")
    .first()
    .click();
  const raw = page.locator("[data-slate-editor]").first();
  await raw.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(
    '\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>\n',
  );
  await publishRefused(page, [
    `<iframe> is not allowed in a post: the live site's security policy blocks it, so visitors would see nothing. Use the YouTube component instead: <YouTube id="dQw4w9WgXcQ" title="What the video shows" />.`,
  ]);
  expect(errors).toEqual([]);
});

test("making a post a draft while other posts link to it is refused, naming them", async ({ page }) => {
  const errors = consoleErrors(page);
  await openEntry(page, "posts", "gentle-movement-between-massage-sessions");
  await page
    .getByRole("switch", { name: "Draft (not published)" })
    .or(page.getByLabel("Draft (not published)"))
    .first()
    .click();
  const link =
    "The link to /blog/gentle-movement-between-massage-sessions/ goes to a page that does not exist (or is a draft).";
  await publishRefused(page, [
    "this would break 5 other files",
    `content/posts/when-to-see-a-doctor-before-a-massage.mdx:92  ${link}`,
    `content/posts/what-research-says-about-massage-for-back-pain.mdx:84  ${link}`,
  ]);
  expect(errors).toEqual([]);
});

test("deleting an author that posts name is refused, listing each post's missing author", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  const file = join(repo, "content/authors/clinical-team.yaml");
  await openFresh(page, "/collections/authors/entries/clinical-team", (p) =>
    p.getByRole("textbox", { name: "Name (optional)" }),
  );
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: /^Delete (published )?entry$/ }).click();
  const list = page.locator("#editor-check");
  await expect(list).toContainText("Not deleted: this would break 10 other files");
  await expect(list).toContainText(
    'content/posts/sciatica-and-massage.mdx:6  author "clinical-team" is not an author in content/authors/. Use one of: derrick-allen or jordan-reyes.',
  );
  await page.waitForTimeout(1000);
  expect(existsSync(file)).toBe(true);
  expect(git("status", "--porcelain").stdout).toBe("");
  expect(errors).toEqual([]);
});
