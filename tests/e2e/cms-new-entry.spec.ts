import { expect, test, type Locator, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CMS_NEW_ENTRY_PROXY_PORT, DEV_PORT } from "./servers.ts";
import {
  besideField,
  consoleErrors,
  openEditor,
  publish,
  publishRefused,
  nextEditorTest,
  ROOT,
  sharedEditorPage,
} from "./cms-editor.ts";
import { solidPng } from "../support/png.ts";
import { mdxParts } from "../support/mdx-tree.ts";
import { gitIn, startEditorProxy, type EditorProxy } from "../../scripts/editor-proxy.ts";
import { newEntryFile } from "../../src/lib/cms/entry-slug.ts";
import { parse as parseYaml } from "yaml";

// A NEW post gets the same check before its first save as an edited one (src/admin/editor.ts works
// out the file Decap will write from the collection's slug rule). Each everyday mistake below is
// made in a new post that is otherwise complete: the save is refused in the catalogue's words,
// the message sits beside the field it is about, and nothing is written to the editor's copy.
// The editor talks to this file's own proxy (a throwaway git copy of content/), so this file runs
// beside cms.spec.ts and cms-preview.spec.ts.

let repo = "";
let port = CMS_NEW_ENTRY_PROXY_PORT;
let editor: EditorProxy | undefined;
const git = (...args: string[]) => gitIn(repo)(...args);
const status = () => git("status", "--porcelain", "--untracked-files=all").stdout;

// Each test starts from the copy as committed, so the tests run side by side: each worker has its
// own proxy and copy (two workers: E2E_PORT + 10 and + 11).
test.describe.configure({ timeout: 300_000 });

let page: Page;

test.beforeAll(async ({ browser }) => {
  port = CMS_NEW_ENTRY_PROXY_PORT + (test.info().parallelIndex % 2);
  editor = await startEditorProxy(ROOT, {
    port,
    prefix: "cms-new-",
    mode: "git",
    editorOrigin: `http://127.0.0.1:${DEV_PORT}`,
  });
  repo = editor.dir;
  page = await sharedEditorPage(browser, port);
});

test.afterAll(async () => {
  await page?.context().close();
  await editor?.stop();
});

test.beforeEach(() => {
  nextEditorTest(page, { saved: status() !== "" });
  git("checkout", "-q", "--", ".");
  git("clean", "-fdq");
});

const TITLE = "Three Gentle Desk Stretches for a Stiff Back";
/** The posts collection's file naming, as src/lib/cms/config.ts sets it. */
const POSTS = { folder: "content/posts", extension: "mdx", slug: "{{slug}}", identifier_field: "title" };

/**
 * A new post with every required field filled in correctly (a published post's reviewer and review
 * date included, unless `reviewed` is false), and a first sentence of text.
 */
async function newPost(page: Page, title = TITLE, { reviewed = true } = {}) {
  const titleField = page.getByRole("textbox", { name: "Title" });
  await openEditor(page, "/collections/posts/new", titleField, 60_000);
  await titleField.fill(title);
  await fillAfterTitle(page, { reviewed });
}

/** Every field of a new post after its title, filled in correctly, and a first sentence of text. */
async function fillAfterTitle(page: Page, { reviewed = true } = {}) {
  await page
    .getByRole("textbox", { name: "Description (search snippet)" })
    .fill(
      "Three slow stretches you can do at your desk between meetings, and when to stop and ask a doctor instead.",
    );
  await page.getByRole("button", { name: "Set Publication date to now" }).click();
  await page.getByRole("combobox", { name: "Author" }).fill("clinical");
  await page.getByRole("option", { name: "The clinical team" }).click();
  // The tag box takes a tag typed in, one in use here (src/admin/field-widgets.ts).
  const tags = page.getByRole("combobox", { name: "Tags" });
  await tags.fill("back-pain");
  await tags.press("Enter");
  await expect(page.getByRole("button", { name: "Remove tag back-pain" })).toBeVisible();
  if (reviewed) {
    // The reviewer of ten posts is a therapist whose name comes from the team: listed by it.
    await page.getByRole("combobox", { name: "Reviewed by" }).fill("Jordan");
    await page.getByRole("option", { name: "Jordan Reyes" }).click();
    await page.getByRole("button", { name: "Set Reviewed on to now" }).click();
  }
  await page.locator("[data-slate-editor]").first().click();
  await page.keyboard.insertText(
    "Sitting for hours stiffens the back. These three moves take a minute each.",
  );
}

test("a new post with a title alone is refused once, every mistake listed; filled in as listed, it saves", async () => {
  const errors = consoleErrors(page);
  const titleField = page.getByRole("textbox", { name: "Title" });
  await openEditor(page, "/collections/posts/new", titleField, 60_000);
  // Decap's own rules are off: a field the check needs reads as Decap's required ones do, with no
  // "(optional)"; a field the post may leave out keeps it.
  const labelText = (name: RegExp) => page.locator("label", { hasText: name }).first();
  // A switch is on or off, never left empty: no "(optional)" either.
  for (const needed of [/^Title/, /^Description \(search snippet\)/, /^Author/, /^Text/, /^Draft/])
    await expect(labelText(needed)).not.toContainText("(optional)");
  await expect(labelText(/^Hero image$|^Hero image \(optional\)/).getByText("(optional)")).toBeVisible();
  await titleField.fill(TITLE);
  await publishRefused(page, status, [
    `Not saved: “${TITLE}” has 7 mistakes.`,
    "“Description (search snippet)” is missing.",
    "“Publication date” is missing.",
    "“Author” is missing.",
    "“Tags” is missing.",
    "“Reviewed by” is missing: a published article needs a licensed therapist's review.",
    "“Reviewed on” is missing: a published article needs a licensed therapist's review.",
    "“Text” is empty: the page would show a title and nothing to read.",
  ]);
  // One round: Decap said nothing of its own, and each message is beside its field.
  await expect(page.getByText(/Oops|missed a required field|is required|marked in red/i)).toHaveCount(0);
  await expect(besideField(page, /^Author/)).toContainText("“Author” is missing.");
  await expect(besideField(page, /^Text/)).toContainText("“Text” is empty");
  await page.locator("#editor-check").getByRole("button", { name: "Close" }).click();
  await fillAfterTitle(page);
  const file = newEntryFile(POSTS, { title: TITLE }, (path) => existsSync(join(repo, path)));
  await publish(page, join(repo, file));
  expect(mdxParts(readFileSync(join(repo, file), "utf8")).data).toMatchObject({ title: TITLE, draft: false });
  expect(errors).toEqual([]);
});

test("a new post with a full YouTube address as the video id is refused", async () => {
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
  // The editor's notice counts the mistakes, in the catalogue's words; the message is on screen.
  await publishRefused(page, status, [line], "Not saved: 1 mistake stops the save.");
  await expect(besideField(page, /^Text$/)).toContainText(line);
  await expect(page.getByText(/Oops|Failed to persist/)).toHaveCount(0);
  await expect(besideField(page, /^Text$/)).toBeInViewport();
  expect(errors).toEqual([]);
});

test("a new post with an image without alt text is refused, and the upload is not written", async () => {
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

test("a PDF renamed .jpg as a new post's hero image is refused before saving, beside the field", async () => {
  // The check reads the chosen file's first bytes, as the build does (pictureProblem in
  // src/lib/content/media.ts): a name ending in .jpg does not make a picture.
  const errors = consoleErrors(page);
  await newPost(page);
  await page.getByRole("button", { name: "Choose an image" }).first().click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "desk-offer.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from(
      "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    ),
  });
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page
    .getByRole("textbox", { name: "Hero image description (alt text)" })
    .fill("A desk with a laptop by a window");
  const line = "/desk-offer.jpg is named .jpg but holds a PDF document.";
  await publishRefused(page, status, [line, "renaming a file does not make it a picture."]);
  const beside = besideField(page, /^Hero image( \(optional\))?$/);
  await expect(beside).toContainText(line);
  await expect(beside).toContainText("renaming a file does not make it a picture.");
  // Said once, at the field: not again as the uploaded file's own mistake.
  await expect(page.locator("#editor-check")).not.toContainText("named like a picture");
  // Nothing written: neither the post nor the upload (publishRefused checked git's status too).
  expect(status()).toBe("");
  expect(errors).toEqual([]);
});

test("a new post with a reviewer and no review date is refused beside the review date", async () => {
  const errors = consoleErrors(page);
  await newPost(page, TITLE, { reviewed: false });
  await page.getByRole("combobox", { name: "Reviewed by" }).fill("Jordan");
  await page.getByRole("option", { name: "Jordan Reyes" }).click();
  const line =
    "“Reviewed on” is missing: a published article needs a licensed therapist's review. Once a licensed therapist has reviewed the article, add it, e.g. “Reviewed on”: 2026-03-14; until then keep the post a draft.";
  await publishRefused(page, status, [line]);
  const beside = besideField(page, /^Reviewed on/);
  await expect(beside).toHaveText(line);
  // Scrolled to and focused: the first mistake is where the eye is.
  await expect(beside).toBeInViewport();
  await expect(page.getByLabel(/^Reviewed on/)).toBeFocused();
  expect(errors).toEqual([]);
});

test("a new post with a pasted <iframe> is refused", async () => {
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

test("a new post with Word text holding <3 and {signed} is refused, both named", async () => {
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

test("a new post with the title of an existing post is refused, naming both files", async () => {
  const errors = consoleErrors(page);
  const existing = "content/posts/massage-stress-and-sleep.mdx";
  const { data } = mdxParts(readFileSync(join(repo, existing), "utf8"));
  const title = String((data as { title: string }).title);
  await newPost(page, title);
  // The file the new post would be written to, from its title (the old post's file is older than
  // its title, so the names differ).
  const file = newEntryFile(POSTS, { title }, (path) => existsSync(join(repo, path)));
  // Both pages by their title, the field by its label; no file names or YAML keys.
  const words = `“Title” is the same as in “${title}”. Give each post its own title.`;
  await publishRefused(page, status, [`Not saved: “${title}” has 1 mistake.`, words]);
  await expect(page.locator("#editor-check")).not.toContainText(file);
  await expect(page.locator("#editor-check")).not.toContainText(existing);
  await expect(besideField(page, /^Title/)).toHaveText(words);
  await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();
  expect(errors).toEqual([]);
});

test("a new post is written to the file the check read: the collection's slug rule, accents and all", async () => {
  const title = "Crème brûlée & Ørsted's Straße: it's 5 p.m. — Stretch!";
  const file = newEntryFile(POSTS, { title }, (path) => existsSync(join(repo, path)));
  expect(file).toBe("content/posts/creme-brulee-orsteds-strasse-its-5-p-m-stretch.mdx");
  await newPost(page, title);
  // Typed digit by digit, as a person types a date (month, day, year in a US browser): the year
  // stays 2027 (the editor's old date box turned it into 1907), and the post is marked scheduled.
  const date = page.getByLabel("Publication date", { exact: true });
  await date.focus();
  await page.keyboard.type("0115202");
  // A year typed part way is no date yet: the box says so, and that the entry cannot be saved yet.
  const unfinished = page.getByText(/^Not a whole date yet: write the year in four digits/);
  await expect(unfinished).toBeVisible();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.type("7");
  await expect(date).toHaveValue("2027-01-15");
  await expect(unfinished).toHaveCount(0);
  const scheduled = "Scheduled for January 15, 2027";
  await expect(page.getByText(scheduled)).toBeVisible();
  await publish(page, join(repo, file));
  expect(status()).toBe(`?? ${file}\n`);
  expect(mdxParts(readFileSync(join(repo, file), "utf8")).data).toMatchObject({ pubDate: "2027-01-15" });
  await page.getByRole("link", { name: /Writing in/ }).click();
  const slug = file.replace(/^content\/posts\/|\.mdx$/g, "");
  await expect(page.locator(`a[href$="/collections/posts/entries/${slug}"]`)).toContainText(`${scheduled}:`);
  await expect(
    page.locator('a[href$="/collections/posts/entries/massage-stress-and-sleep"]'),
  ).not.toContainText("Scheduled");
});

test("a description with a live character count; too long is refused in the catalogue's words", async () => {
  const errors = consoleErrors(page);
  await newPost(page);
  const description = page.getByRole("textbox", { name: "Description (search snippet)" });
  // The count under the box follows the typing, against the schema's most (160).
  const count = page.locator("#" + (await description.getAttribute("aria-describedby"))!);
  await expect(count).toHaveText("105 / 160");
  await description.fill("x".repeat(142));
  await expect(count).toHaveText("142 / 160");
  await description.pressSequentially("yz");
  await expect(count).toHaveText("144 / 160");
  const long = "A sentence that goes on. ".repeat(12).trim();
  await description.fill(long);
  await expect(count).toHaveText("299 / 160: 139 too many");
  // The title's box counts against its own most, read from the same schema.
  await expect(
    page.locator(
      "#" + (await page.getByRole("textbox", { name: "Title" }).getAttribute("aria-describedby"))!,
    ),
  ).toHaveText(`${TITLE.length} / 100`);
  const line = `“Description (search snippet)” "${long}" is not accepted. Write 50 to 160 characters: it is the snippet search engines show.`;
  await publishRefused(page, status, [line]);
  await expect(besideField(page, /^Description \(search snippet\)/)).toHaveText(line);
  await expect(page.getByText(/didn't match the pattern|Oops|missed a required field/i)).toHaveCount(0);
  await expect(description).toBeFocused();
  expect(errors).toEqual([]);
});

test("a published post needs its review: both fields marked, refused without them, saved as a draft", async () => {
  const errors = consoleErrors(page);
  await newPost(page, TITLE, { reviewed: false });
  for (const label of [/^Reviewed by/, /^Reviewed on/]) {
    const bar = page.locator("label", { hasText: label }).locator("xpath=..");
    await expect(bar).toContainText("Needed to publish");
    await expect(bar.getByText("(optional)")).toBeHidden();
  }
  await publishRefused(page, status, [
    "Not saved: “Three Gentle Desk Stretches for a Stiff Back” has 2 mistakes.",
    "“Reviewed by” is missing: a published article needs a licensed therapist's review.",
    "“Reviewed on” is missing: a published article needs a licensed therapist's review.",
  ]);
  await expect(besideField(page, /^Reviewed by/)).toContainText("until then keep the post a draft.");
  // The list sits below the toolbar: it covers none of the editor's buttons. A draft may wait for
  // its review (the list is closed first, as it sits over the form's first fields).
  const list = (await page.locator("#editor-check").boundingBox())!;
  const publishButton = (await page.getByRole("button", { name: "Publish" }).first().boundingBox())!;
  expect(list.y).toBeGreaterThanOrEqual(publishButton.y + publishButton.height);
  // Nor does it hide the field it sends the keyboard to, its message, or the fields reached from
  // there with Tab and Shift+Tab (WCAG 2.2 2.4.11, found by the editor audit).
  const listBottom = list.y + list.height;
  const focusedTop = () =>
    page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? Number.NaN);
  await expect(page.getByRole("combobox", { name: /^Reviewed by/ })).toBeFocused();
  expect(await focusedTop()).toBeGreaterThanOrEqual(listBottom);
  const message = (await besideField(page, /^Reviewed by/).boundingBox())!;
  expect(message.y).toBeGreaterThanOrEqual(listBottom);
  for (const key of ["Shift+Tab", "Shift+Tab", "Shift+Tab", "Tab", "Tab", "Tab", "Tab"]) {
    await page.keyboard.press(key);
    expect(await focusedTop(), key).toBeGreaterThanOrEqual(listBottom);
  }
  await page.locator("#editor-check").getByRole("button", { name: "Close" }).click();
  await page.getByLabel("Draft (not published)").first().click();
  const file = newEntryFile(POSTS, { title: TITLE }, (path) => existsSync(join(repo, path)));
  await publish(page, join(repo, file));
  expect(mdxParts(readFileSync(join(repo, file), "utf8")).data).toMatchObject({ draft: true });
  expect(errors).toEqual([]);
});

test("an existing post shows its reviewer by name, and the example-values notice covers no field", async () => {
  const title = page.getByRole("textbox", { name: "Title" });
  await openEditor(page, "/collections/posts/entries/massage-stress-and-sleep", title, 60_000);
  await expect(title).not.toHaveValue("", { timeout: 30_000 });
  const reviewer = page.locator("label", { hasText: /^Reviewed by/ }).locator("xpath=../..");
  await expect(reviewer).toContainText("Jordan Reyes");
  // The team file still holds the example licence: the notice sits above the form's first field.
  await openEditor(
    page,
    "/collections/team/entries/jordan-reyes",
    page.getByRole("textbox", { name: "Name" }),
  );
  const notice = page.locator("#editor-examples");
  await expect(notice).toContainText("Still an example value");
  const box = (await notice.boundingBox())!;
  for (const field of await page.locator("input, textarea, label").all()) {
    const other = await field.boundingBox();
    if (!other) continue;
    const overlaps =
      box.x < other.x + other.width &&
      other.x < box.x + box.width &&
      box.y < other.y + other.height &&
      other.y < box.y + box.height;
    expect(overlaps, await field.evaluate((element) => element.outerHTML.slice(0, 80))).toBe(false);
  }
});

// Found by an audit of the editor (2026-12-08): a new Spanish author, therapist, page or massage
// type was named after its role, title or name, and refused for not having its original's name.
test("a new Spanish author is saved under the name of the author picked in “Translation of”; a second translation of one is refused", async () => {
  const errors = consoleErrors(page);
  const original = page.getByRole("combobox", { name: /^Translation of \(the original author\)/ });
  await openEditor(page, "/collections/author-translations-es/new", original, 60_000);
  // The pick is needed in the form, which names the file from it (the file itself may leave it out).
  await expect(page.locator("label", { hasText: /^Translation of/ })).not.toContainText("(optional)");
  // Nothing picked yet: the one mistake is the pick, beside it, not the file's missing name (which
  // comes from the pick, and which the form cannot rename).
  await page.getByRole("textbox", { name: /^Role/ }).fill("Masoterapeuta con licencia");
  const pick =
    "“Translation of (the original author)” is empty: a new translation's file is named after the entry it translates. Pick the entry this translates in “Translation of (the original author)”.";
  await publishRefused(page, status, ["has 1 mistake.", pick]);
  await expect(page.locator("#editor-check")).not.toContainText(/file name|\.yaml/);
  await expect(besideField(page, /^Translation of/)).toHaveText(pick);
  await page.locator("#editor-check").getByRole("button", { name: "Close" }).click();
  await original.fill("Jordan");
  await page.getByRole("option", { name: "Jordan Reyes" }).click();
  const file = "content/es/authors/jordan-reyes.yaml";
  await publish(page, join(repo, file));
  expect(status()).toBe(`?? ${file}\n`);
  expect(parseYaml(readFileSync(join(repo, file), "utf8"))).toEqual({
    translationOf: "jordan-reyes",
    role: "Masoterapeuta con licencia",
  });

  // The clinical team has its Spanish words already: a second file for it is refused, naming the
  // one there is, and nothing is written.
  git("checkout", "-q", "--", ".");
  git("clean", "-fdq");
  await openEditor(page, "/collections/author-translations-es/new", original, 60_000);
  await original.fill("clinical");
  await page.getByRole("option", { name: "The clinical team" }).click();
  await page.getByRole("textbox", { name: /^Role/ }).fill("Otro equipo");
  // Both entries by their names in the editor, the field by its label.
  const words =
    "“Masoterapeutas con licencia” already translates the entry picked in “Translation of (the original author)” into this language. Open “Masoterapeutas con licencia” to change its words, or pick an entry it does not translate in “Translation of (the original author)”.";
  await publishRefused(page, status, [words]);
  await expect(besideField(page, /^Translation of/)).toHaveText(words);
  expect(errors).toEqual([]);
});

test("local mode: the editor opens at /admin/, the address the guide gives", async ({ request }) => {
  const page = await request.get(`http://127.0.0.1:${DEV_PORT}/admin/`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<script src="decap-cms.js"></script>');
});

// Found by the editor audit (2026-12-08): Decap left the keyboard on the page itself after adding a
// block, so Tab went back to the body's toolbar.
test("a block added from the body's menu takes the keyboard: by mouse or by Enter, its first field is focused", async () => {
  // Nothing is saved: the body alone is enough.
  await openEditor(page, "/collections/posts/new", page.getByRole("textbox", { name: "Title" }), 60_000);
  await page.locator("[data-slate-editor]").first().click();
  await page.keyboard.insertText("Sitting for hours stiffens the back.");
  const blocks = page.locator("[data-slate-editor] [data-slate-void='true']");
  await expect(blocks).toHaveCount(0);
  await page.getByRole("button", { name: "Add Component" }).click();
  await page.getByRole("menuitem", { name: "Callout" }).click();
  await expect(blocks).toHaveCount(1);
  // A field of the block (its kind), not one of the block's buttons.
  const focusedField = (block: Locator) =>
    block.locator("input:focus, select:focus, textarea:focus, [contenteditable='true']:focus");
  await expect(focusedField(blocks.first())).toHaveCount(1);
  // The keyboard goes on through the block's fields: Tab reaches its heading, which takes the text.
  const heading = blocks.first().getByRole("textbox", { name: "Heading" });
  for (
    let presses = 0;
    presses < 5 && !(await heading.evaluate((box) => box === document.activeElement));
    presses++
  )
    await page.keyboard.press("Tab");
  await expect(heading).toBeFocused();
  await page.keyboard.type("Stop if it hurts");
  await expect(heading).toHaveValue("Stop if it hurts");

  // Chosen with the keyboard: the menu's item takes Enter.
  await page.getByRole("button", { name: "Add Component" }).first().focus();
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Booking button" }).focus();
  await page.keyboard.press("Enter");
  await expect(blocks).toHaveCount(2);
  await expect(focusedField(blocks.nth(1))).toHaveCount(1);
});
