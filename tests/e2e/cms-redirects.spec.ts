import { expect, test } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { gitIn, startEditorProxy, type EditorProxy } from "../../scripts/editor-proxy.ts";
import { ROOT, consoleErrors, openEditor, openFresh, publish, useOwnProxy } from "./cms-editor.ts";
import { CMS_REDIRECTS_PROXY_PORT, DEV_PORT } from "./servers.ts";

// Deleting a published page in the browser editor (local mode, on a copy of the repository): refused
// while its address would be lost, with the message beside the field its address comes from, and
// allowed once "Addresses that moved" has an entry for it. Decap cannot rename a file, so a rename
// is a new entry plus this (docs/CONTENT.md, "Renaming, moving and removing pages").
const SLUG = "six-reasons-to-get-a-massage-for-back-pain";
const POST = `/blog/${SLUG}/`;
// Its one tag no other post has: the tag's page goes with it.
const TAG = "/tags/massage-benefits/";
// Its Spanish translation names it (translationOf), and has an address of its own.
const SPANISH_SLUG = "seis-razones-para-recibir-un-masaje-para-el-dolor-de-espalda";
const SPANISH_POST = `/es/blog/${SPANISH_SLUG}/`;

let repo = "";
let editor: EditorProxy | undefined;
const git = (...args: string[]) => gitIn(repo)(...args);

// Four editor pages and two whole-site checks in the browser: minutes on a busy two-core machine.
test.describe.configure({ mode: "serial", timeout: 600_000 });
// Its own proxy, so it runs beside cms.spec.ts (which has the dev server's default one).
test.use({ permissions: ["local-network-access"] });

test.beforeAll(async () => {
  editor = await startEditorProxy(ROOT, {
    port: CMS_REDIRECTS_PROXY_PORT,
    prefix: "cms-redirects-",
    mode: "git",
    editorOrigin: `http://127.0.0.1:${DEV_PORT}`,
  });
  repo = editor.dir;
});

test.afterAll(() => editor?.stop());

test.beforeEach(({ page }) => useOwnProxy(page, CMS_REDIRECTS_PROXY_PORT));

const deleteButton = (page: import("@playwright/test").Page) =>
  page.getByRole("button", { name: /^Delete (published )?entry$/ });

test("deleting a published post is refused until its addresses are listed, then allowed", async ({
  page,
}) => {
  const errors = consoleErrors(page);
  const file = join(repo, "content/posts", `${SLUG}.mdx`);
  const title = (p: typeof page) => p.getByRole("textbox", { name: "Title" });
  await openFresh(page, `/collections/posts/entries/${SLUG}`, title);
  page.on("dialog", (dialog) => void dialog.accept());
  await deleteButton(page).click();

  const list = page.locator("#editor-check");
  // Its Spanish translation would name a post that is gone: a page it breaks.
  await expect(list).toContainText("Not deleted: this would break 1 other page");
  for (const address of [POST, SPANISH_POST, TAG])
    await expect(list).toContainText(
      `${MESSAGES.addressDropped.what({ address })} ${MESSAGES.addressDropped.fix({ address })}`,
    );
  await expect(list).toContainText(
    MESSAGES.unknownChoice.what({
      field: "“Translation of (the original post)”",
      value: SLUG,
      kind: "a post in content/posts/",
      choices: "",
    }),
  );
  // The entry's own matter, in the marketer's words: no record file named in front of it.
  await expect(list).not.toContainText("published-addresses.txt");
  // Beside the title, whose words make the address.
  const beside = page.locator(".editor-check-field").first();
  await expect(beside).toContainText(MESSAGES.addressDropped.what({ address: POST }));
  await expect(beside).toBeInViewport();
  await page.waitForTimeout(1000);
  expect(existsSync(file)).toBe(true);
  expect(git("status", "--porcelain").stdout).toBe("");

  // The fix, in the editor: the old addresses (the translation's too) under "Addresses that moved",
  // then the translation deleted before its original.
  const add = page.getByRole("button", { name: "Add old address" });
  await openEditor(page, "/collections/redirects/entries/redirects", add);
  for (const [from, to] of [
    [POST, "/blog/what-research-says-about-massage-for-back-pain/"],
    [TAG, "/tags/"],
    [SPANISH_POST, "/es/blog/lo-que-dice-la-investigacion-sobre-el-masaje-para-el-dolor-de-espalda/"],
  ] as const) {
    await add.click();
    await page.getByRole("textbox", { name: "Old address" }).last().fill(from);
    await page
      .getByRole("textbox", { name: /^New address/ })
      .last()
      .fill(to);
  }
  const redirects = join(repo, "content/redirects.yaml");
  await publish(page, redirects);
  // The switch left off is written as gone: false, which the build reads as "moved".
  expect(parse(readFileSync(redirects, "utf8"))).toEqual({
    redirects: [
      { from: POST, to: "/blog/what-research-says-about-massage-for-back-pain/", gone: false },
      { from: TAG, to: "/tags/", gone: false },
      {
        from: SPANISH_POST,
        to: "/es/blog/lo-que-dice-la-investigacion-sobre-el-masaje-para-el-dolor-de-espalda/",
        gone: false,
      },
    ],
  });

  const spanishFile = join(repo, "content/es/posts", `${SPANISH_SLUG}.mdx`);
  await page.getByRole("link", { name: /Writing in/ }).click();
  await page.locator('a[href$="/collections/post-translations-es"]').first().click();
  await page.locator(`a[href$="/collections/post-translations-es/entries/${SPANISH_SLUG}"]`).click();
  await expect(title(page)).not.toHaveValue("", { timeout: 30_000 });
  await deleteButton(page).click();
  await expect.poll(() => existsSync(spanishFile), { timeout: 20_000 }).toBe(false);

  // Back to the post as an editor would, in the same session (Decap shows the translations' list
  // after a delete): the editor checks the delete against the site as saved (a reload would read
  // the dev server's own content/, not this copy).
  await page.locator('a[href$="/collections/posts"]').first().click();
  await page.locator(`a[href$="/collections/posts/entries/${SLUG}"]`).click();
  await expect(title(page)).not.toHaveValue("", { timeout: 30_000 });
  await deleteButton(page).click();
  await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(false);
  await expect(page.locator("#editor-check")).toHaveCount(0);
  expect(errors).toEqual([]);
});
