import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { CMS_FIELDS_PROXY_PORT, DEV_PORT } from "./servers.ts";
import {
  besideField,
  consoleErrors,
  openEditor,
  openEntry,
  publish,
  publishRefused,
  ROOT,
  useOwnProxy,
} from "./cms-editor.ts";
import { gitIn, startEditorProxy, type EditorProxy } from "../../scripts/editor-proxy.ts";
import { readFrontmatter } from "../../src/lib/content/frontmatter.ts";
import { resolveSettingPicture } from "../../src/lib/content/checks.ts";
import { settingsProblems } from "../../src/lib/site/settings.ts";

// The editor's fields a marketer meets on the walk through docs/CONTENT.md: the logo uploaded from
// its field, the brand colours with a picker and
// the build's contrast rule beside them, a new tag typed into a post. Each is used as a person
// would, in the real editor in local mode, against this file's own proxy (a throwaway git copy of
// content/), so it runs beside the other editor specs.

let repo = "";
let editor: EditorProxy | undefined;
const git = (...args: string[]) => gitIn(repo)(...args);

// One worker runs the file, in order: its proxy has one port (two server workers would otherwise
// split the file and start the proxy twice on it).
test.describe.configure({ mode: "default", timeout: 300_000 });
// The media library copies a path with the clipboard.
test.use({ permissions: ["local-network-access", "clipboard-read", "clipboard-write"] });

test.beforeAll(async () => {
  editor = await startEditorProxy(ROOT, {
    port: CMS_FIELDS_PROXY_PORT,
    prefix: "cms-fields-",
    mode: "git",
    editorOrigin: `http://127.0.0.1:${DEV_PORT}`,
  });
  repo = editor.dir;
});

test.afterAll(() => editor?.stop());

test.beforeEach(async ({ page }) => {
  git("checkout", "-q", "--", ".");
  git("clean", "-fdq");
  await useOwnProxy(page, CMS_FIELDS_PROXY_PORT);
});

const SETTINGS = () => join(repo, "content/settings.yaml");
const settingsData = () => parse(readFileSync(SETTINGS(), "utf8")) as { brand?: Record<string, unknown> };

async function openSettings(page: Page) {
  const name = page.getByRole("textbox", { name: "Practice name" });
  await openEditor(page, "/collections/settings/entries/settings", name, 60_000);
  await expect(name).not.toHaveValue("", { timeout: 30_000 });
}

/** A small drawing, as a designer exports a logo. */
const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0f5c5a"/><text x="8" y="26" fill="#fff">Still Point</text></svg>',
);

test("the logo uploads from its field into the media library's folder, with nothing else changed", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await openSettings(page);
  const logo = page.locator("label", { hasText: /^Logo/ }).locator("xpath=../..");
  await logo.getByRole("button", { name: "Choose an image" }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: LOGO,
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page.getByRole("textbox", { name: /What the logo says/ }).fill("Still Point Massage Therapy");
  await publish(page, SETTINGS());
  const brand = settingsData().brand ?? {};
  expect(brand["logoAlt"]).toBe("Still Point Massage Therapy");
  // In the media library's folder, where the build looks for it.
  expect(resolveSettingPicture("content/settings.yaml", String(brand["logo"]))).toBe(
    "content/images/logo.svg",
  );
  expect(readFileSync(join(repo, "content/images/logo.svg"))).toEqual(LOGO);
  // The file's comments and every other setting stay as they were.
  expect(git("diff", "--stat").stdout).toMatch(/1 file changed, \d+ insertions?\(\+\)\n$/);
  expect(errors).toEqual([]);

  // The logo in use cannot be deleted from the media library: every page would stop (found by an audit
  // of the editor, 2026-12-08: it was deleted after the browser's "are you sure?").
  await page.getByRole("link", { name: /Writing in/ }).click();
  await page
    .getByRole("link", { name: "Media" })
    .or(page.getByRole("button", { name: "Media" }))
    .first()
    .click();
  await page.getByText("logo.svg", { exact: true }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete selected" }).click();
  await expect(page.getByRole("heading", { name: /^Not deleted/ })).toBeVisible();
  await expect(page.locator('#editor-check li[data-file="content/settings.yaml"]').first()).toBeVisible();
  expect(readFileSync(join(repo, "content/images/logo.svg"))).toEqual(LOGO);
  expect(errors).toEqual([]);
});

test("a logo uploaded on the Media page is used by the path its Copy Path gives; a mistyped path is refused beside the field", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  // The Media page, from the top of a collection's list.
  await openEditor(
    page,
    "/collections/posts",
    page.getByRole("link", { name: /Writing in/ }).first(),
    60_000,
  );
  await page
    .getByRole("button", { name: "Media" })
    .or(page.getByRole("link", { name: "Media" }))
    .first()
    .click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "logo-2027.svg",
    mimeType: "image/svg+xml",
    buffer: LOGO,
  });
  // The upload is selected: its button copies the path.
  await page.getByRole("button", { name: "Copy Path" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe("content/images/logo-2027.svg");

  // A new page load: the editor's list of files comes from the last build, not this session.
  await openSettings(page);
  const logo = page.locator("label", { hasText: /^Logo/ }).locator("xpath=../..");
  page.once("dialog", (dialog) => void dialog.accept(copied));
  await logo.getByRole("button", { name: "Insert from URL" }).click();
  // The field shows the picture it names.
  const thumbnail = logo.locator("img");
  await expect(thumbnail).toHaveJSProperty("complete", true);
  expect(await thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole("textbox", { name: /What the logo says/ }).fill("Still Point Massage Therapy");
  await publish(page, SETTINGS());
  const brand = settingsData().brand ?? {};
  expect(brand["logo"]).toBe(copied);
  expect(readFileSync(join(repo, resolveSettingPicture("content/settings.yaml", copied)))).toEqual(LOGO);

  expect(errors).toEqual([]);

  // One letter wrong: refused beside the field, in the build's words, and nothing written. (The
  // editor asks its backend for the missing picture's thumbnail and logs the failure: not counted.)
  page.once("dialog", (dialog) => void dialog.accept("content/images/logo-2072.svg"));
  await logo.getByRole("button", { name: "Replace with URL" }).click();
  const saved = git("status", "--porcelain").stdout;
  const changedSince = () => (git("status", "--porcelain").stdout === saved ? "" : "changed");
  await publishRefused(page, changedSince, [
    '"content/images/logo-2072.svg": there is no file content/images/logo-2072.svg.',
  ]);
  await expect(besideField(page, /^Logo/)).toContainText("there is no file content/images/logo-2072.svg");
});

test("the accent colour has a picker, and the build's contrast rule shows beside it as the colour changes", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await openSettings(page);
  const picker = page.getByLabel("Accent colour: colour picker");
  const box = page.getByRole("textbox", { name: "Accent colour (optional)", exact: true });
  const note = page.locator(`[id="${await box.getAttribute("id")}-contrast"]`);
  // A keyboard reaches the picker.
  await picker.focus();
  await expect(picker).toBeFocused();

  // What the build says of a faint accent, word for word.
  const faint = "#7fb8b0";
  const refusal = settingsProblems(
    `${readFileSync(SETTINGS(), "utf8")}\nbrand:\n  accent: "${faint}"\n`,
  ).find((found) => found.field === "brand.accent");
  expect(refusal?.what).toContain("4.5:1");
  await picker.fill(faint);
  await expect(box).toHaveValue(faint);
  await expect(note).toHaveText(`${refusal?.what} ${refusal?.fix}`);

  await picker.fill("#0f5c5a");
  await expect(note).toHaveText(
    /^Readable: links and headings in the accent on the page's light background \d+\.\d:1; button text on the accent \d+\.\d:1\. WCAG 2\.2 AA needs at least 4\.5:1\.$/,
  );
  await publish(page, SETTINGS());
  expect(settingsData().brand).toMatchObject({ accent: "#0f5c5a" });
  expect(errors).toEqual([]);
});

test("a new tag is added from a post; a tag the build would refuse gets its message and is not saved", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  const slug = "massage-stress-and-sleep";
  const file = join(repo, "content/posts", `${slug}.mdx`);
  const before = readFrontmatter(readFileSync(file, "utf8")) as { tags: string[] };
  await openEntry(page, "posts", slug);
  const box = page.getByRole("combobox", { name: "Tags" });
  await box.fill("Lower Back");
  await box.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Lower Back" })).toHaveText(
    'tag "Lower Back" is not in tag style. Write tags in lowercase with dashes, e.g. lower-back.',
  );
  await expect(page.getByRole("button", { name: "Remove tag Lower Back" })).toHaveCount(0);

  await box.fill("desk-work");
  await box.press("Enter");
  await expect(page.getByRole("button", { name: "Remove tag desk-work" })).toBeVisible();
  await expect(box).toHaveValue("");
  await publish(page, file);
  const after = readFrontmatter(readFileSync(file, "utf8")) as { tags: string[] };
  expect(after.tags).toEqual([...before.tags, "desk-work"]);
  expect(errors).toEqual([]);
});

test("a date set and then cleared is saved with no value, and the post still saves", async ({ page }) => {
  const errors = consoleErrors(page);
  const slug = "massage-stress-and-sleep";
  const file = join(repo, "content/posts", `${slug}.mdx`);
  const frontmatter = () => readFrontmatter(readFileSync(file, "utf8")) as Record<string, unknown>;
  expect(frontmatter()).not.toHaveProperty("updatedDate");
  await openEntry(page, "posts", slug);
  // The date box itself: its buttons are named after the field too ("Set Updated on to now").
  const box = page.getByLabel(/^Updated on/);
  await page.getByRole("button", { name: "Set Updated on to now" }).click();
  await publish(page, file);
  expect(frontmatter()).toHaveProperty("updatedDate");

  // Cleared, the date was written "" and refused as "not a real date" (and the post with it).
  await page.getByRole("button", { name: "Clear Updated on" }).click();
  await publish(page, file);
  // No value: the editor writes `updatedDate: null`, which the build reads as left out
  // (tests/build/content-build.test.ts builds a post holding it).
  expect(frontmatter()["updatedDate"] ?? null).toBeNull();
  await expect(box).toHaveValue("");
  expect(errors).toEqual([]);
});

// Found by an audit of the editor (2026-12-08): a date box holding a day the calendar does not have
// (02/30/2026) reads as empty, so the post was saved with no update date and no word, and an
// impossible publication date was called "required" while the box showed it.
test("a date the calendar does not have is refused beside its box, and nothing is saved", async ({
  page,
}) => {
  const slug = "massage-stress-and-sleep";
  const file = join(repo, "content/posts", `${slug}.mdx`);
  const before = readFileSync(file, "utf8");
  await openEntry(page, "posts", slug);
  const box = page.getByLabel(/^Updated on/);
  await box.focus();
  await page.keyboard.type("02302026");
  const hint = page.locator(`[id="${await box.getAttribute("id")}-unfinished"]`);
  await expect(hint).toContainText("check that the day is on the calendar");
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("textbox", { name: "Title" }).press("End");
  await page.keyboard.type(" ");
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect(page.getByText(/check that the day is on the calendar/).nth(1)).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByText("Changes saved")).toHaveCount(0);
  expect(readFileSync(file, "utf8")).toBe(before);
  // Clear empties the box, digits and all, and the entry can be saved again.
  await page.getByRole("button", { name: "Clear Updated on" }).click();
  await expect(page.getByLabel(/^Updated on/)).toHaveValue("");
  await page.getByLabel(/^Updated on/).focus();
  await page.getByLabel(/^Updated on/).blur();
  await expect(hint).toHaveCount(0);
  await expect(page.getByLabel(/^Updated on/)).not.toHaveAttribute("aria-invalid", "true");
});

test("text typed below a post's last block lands in the body, after the block, by mouse or by keyboard", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  const slug = "massage-stress-and-sleep";
  const file = join(repo, "content/posts", `${slug}.mdx`);
  // The post ends with the quiz's callout, as most posts do.
  expect(readFileSync(file, "utf8").trimEnd()).toMatch(/<QuizCallout \/>$/);
  await openEntry(page, "posts", slug);
  // The body's editor (a callout in it has one of its own, nested).
  const body = page.locator("[data-slate-editor]", { hasText: "Ever noticed that a stressful week" }).first();
  // The space below the body, where a person clicks to write at the end.
  await body.locator("xpath=following-sibling::div[1]").click();
  await page.keyboard.type("One more sentence, after the quiz.");
  await expect(body).toContainText("One more sentence, after the quiz.");
  await publish(page, file);
  expect(readFileSync(file, "utf8").trimEnd()).toMatch(
    /<QuizCallout \/>\n\nOne more sentence, after the quiz\.$/,
  );

  // The last block selected (a click on its frame), then typing: the words start a paragraph after it.
  const other = join(repo, "content/posts/how-often-to-book-a-massage-for-back-pain.mdx");
  await openEntry(page, "posts", "how-often-to-book-a-massage-for-back-pain");
  const otherBody = page.locator("[data-slate-editor]", { hasText: "Let your progress" }).first();
  await otherBody
    .locator(":scope > [data-slate-void]")
    .last()
    .click({ position: { x: 5, y: 5 } });
  await page.keyboard.type("Typed with the quiz box selected.");
  await expect(otherBody).toContainText("Typed with the quiz box selected.");
  await publish(page, other);
  expect(readFileSync(other, "utf8").trimEnd()).toMatch(
    /<QuizCallout \/>\n\nTyped with the quiz box selected\.$/,
  );
  expect(errors).toEqual([]);
});
