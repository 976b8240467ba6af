import { expect, test, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CMS_NEW_ENTRY_PROXY_PORT } from "./servers";
import { consoleErrors, openEditor, publish, publishRefused, ROOT, useOwnProxy } from "./cms-editor";
import { solidPng } from "../support/png";
import { mdxParts } from "../support/mdx-tree";
import { gitIn, startEditorProxy, type EditorProxy } from "../../scripts/editor-proxy";
import { newEntryFile } from "../../src/lib/cms/entry-slug";

// A NEW post gets the same check before its first save as an edited one (src/admin/editor.ts works
// out the file Decap will write from the collection's slug rule). Each everyday mistake below is
// made in a new post that is otherwise complete: the save is refused in the catalogue's words,
// the message sits beside the field it is about, and nothing is written to the editor's copy.
// The editor talks to this file's own proxy (a throwaway git copy of content/), so this file runs
// beside cms.spec.ts and cms-preview.spec.ts.

let repo = "";
let editor: EditorProxy | undefined;
const git = (...args: string[]) => gitIn(repo)(...args);
const status = () => git("status", "--porcelain", "--untracked-files=all").stdout;

test.describe.configure({ mode: "serial", timeout: 300_000 });
test.use({ permissions: ["local-network-access"] });

test.beforeAll(async () => {
  editor = await startEditorProxy(ROOT, { port: CMS_NEW_ENTRY_PROXY_PORT, prefix: "cms-new-", mode: "git" });
  repo = editor.dir;
});

test.afterAll(() => editor?.stop());

test.beforeEach(async ({ page }) => {
  git("checkout", "-q", "--", ".");
  git("clean", "-fdq");
  await useOwnProxy(page, CMS_NEW_ENTRY_PROXY_PORT);
});

const TITLE = "Three Gentle Desk Stretches for a Stiff Back";
/** The posts collection's file naming, as src/lib/cms/config.ts sets it. */
const POSTS = { folder: "content/posts", extension: "mdx", slug: "{{slug}}", identifier_field: "title" };

/** A new post with every required field filled in correctly, and a first sentence of text. */
async function newPost(page: Page, title = TITLE) {
  const titleField = page.getByRole("textbox", { name: "Title" });
  await openEditor(page, "/collections/posts/new", titleField, 60_000);
  await titleField.fill(title);
  await page
    .getByRole("textbox", { name: "Description (search snippet)" })
    .fill(
      "Three slow stretches you can do at your desk between meetings, and when to stop and ask a doctor instead.",
    );
  await page.getByRole("button", { name: "Set pubDate to now" }).click();
  await page.getByRole("combobox", { name: "Author" }).fill("clinical");
  await page.getByRole("option", { name: "The clinical team" }).click();
  await page.getByRole("combobox", { name: "Tags" }).click();
  await page.getByRole("option", { name: "back-pain", exact: true }).click();
  await page.locator("[data-slate-editor]").first().click();
  await page.keyboard.insertText(
    "Sitting for hours stiffens the back. These three moves take a minute each.",
  );
}

/** The message placed under the field labelled `label`. */
const besideField = (page: Page, label: string | RegExp) =>
  page
    .locator("label", { hasText: label })
    .locator("xpath=..")
    .locator("xpath=following-sibling::p[contains(@class, 'editor-check-field')]");

test("a new post with a full YouTube address as the video id is refused", async ({ page }) => {
  const errors = consoleErrors(page);
  await newPost(page);
  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: /YouTube video/ }).click();
  const id = page.getByRole("textbox", { name: "Video id" });
  await id.fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await page
    .getByRole("textbox", { name: "What the video shows" })
    .fill("A gentle stretch for the lower back");
  await id.focus();
  await page.getByRole("textbox", { name: "Title" }).focus();
  const line = `YouTube id "https://www.youtube.com/watch?v=dQw4w9WgXcQ" is not accepted.`;
  await publishRefused(page, status, [line]);
  await expect(besideField(page, /^Text$/)).toContainText(line);
  expect(errors).toEqual([]);
});

test("a new post with an image without alt text is refused, and the upload is not written", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  await newPost(page);
  await page.getByRole("button", { name: "Add Component" }).first().click();
  await page.getByRole("menuitem", { name: "Image with description" }).click();
  await page.getByRole("button", { name: "Choose an image" }).last().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "desk-stretch.png",
    mimeType: "image/png",
    buffer: solidPng(1200, 800),
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  const alt = page.getByRole("textbox", { name: "Description (alt text)", exact: true });
  await alt.focus();
  await page.getByRole("textbox", { name: "Title" }).focus();
  await publishRefused(page, status, ['/desk-stretch.png"> has no alt text.']);
  await expect(besideField(page, /^Text$/)).toContainText("has no alt text. Describe what it shows");
  expect(errors).toEqual([]);
});

test("a new post with a reviewer and no review date is refused beside the review date", async ({ page }) => {
  const errors = consoleErrors(page);
  await newPost(page);
  await page.getByRole("combobox", { name: "Reviewed by" }).fill("Derrick");
  await page.getByRole("option", { name: "Derrick Allen" }).click();
  await publishRefused(page, status, ["reviewedDate is missing. Add it, e.g. reviewedDate:"]);
  const beside = besideField(page, /^Reviewed on/);
  await expect(beside).toHaveText(/^reviewedDate is missing\. Add it/);
  expect(errors).toEqual([]);
});

test("a new post with a pasted <iframe> is refused", async ({ page }) => {
  const errors = consoleErrors(page);
  await newPost(page);
  // The switch between "Rich Text" and "Markdown": the text as Markdown, where pasted code stays.
  await page
    .getByText("Markdown", { exact: true })
    .locator("xpath=preceding-sibling::*[@role='switch'][1]")
    .first()
    .click();
  await page.locator("[data-slate-editor]").first().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(
    '\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>\n',
  );
  const line = "<iframe> is not allowed in a post: the live site's security policy blocks it";
  await publishRefused(page, status, [line]);
  await expect(besideField(page, /^Text$/)).toContainText(line);
  expect(errors).toEqual([]);
});

test("a new post with Word text holding <3 and {signed} is refused, both named", async ({ page }) => {
  const errors = consoleErrors(page);
  await newPost(page);
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("We <3 our clients. {signed} The team");
  const lines = [
    "<3: a < right before a letter or digit is read as the start of a component.",
    "{signed} is code. Posts and pages hold text only: nothing in them runs.",
  ];
  await publishRefused(page, status, lines);
  for (const line of lines) await expect(besideField(page, /^Text$/)).toContainText([line]);
  expect(errors).toEqual([]);
});

test("a new post with the title of an existing post is refused, naming both files", async ({ page }) => {
  const errors = consoleErrors(page);
  const existing = "content/posts/massage-stress-and-sleep.mdx";
  const { data } = mdxParts(readFileSync(join(repo, existing), "utf8"));
  const title = String((data as { title: string }).title);
  await newPost(page, title);
  // The file the new post would be written to, from its title (the old post's file is older than
  // its title, so the names differ).
  const file = newEntryFile(POSTS, { title }, (path) => existsSync(join(repo, path)));
  await publishRefused(page, status, [
    `Not saved: ${file} has 1 mistake.`,
    `${file}  title is the same as in ${existing}. Give each post its own title.`,
  ]);
  await expect(besideField(page, /^Title$/)).toHaveText(
    `title is the same as in ${existing}. Give each post its own title.`,
  );
  expect(errors).toEqual([]);
});

test("a new post is written to the file the check read: the collection's slug rule, accents and all", async ({
  page,
}) => {
  const title = "Crème brûlée & Ørsted's Straße: it's 5 p.m. — Stretch!";
  const file = newEntryFile(POSTS, { title }, (path) => existsSync(join(repo, path)));
  expect(file).toBe("content/posts/creme-brulee-orsteds-strasse-its-5-p-m-stretch.mdx");
  await newPost(page, title);
  await publish(page, join(repo, file));
  expect(status()).toBe(`?? ${file}\n`);
});
