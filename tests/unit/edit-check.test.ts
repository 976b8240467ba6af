import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { editorFileText } from "../../src/lib/cms/canonical.ts";
import {
  checkEdit,
  fromSnapshot,
  siteFileKind,
  siteWithEdit,
  toSnapshot,
} from "../../src/lib/content/edit-check.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import type { SiteFiles } from "../../src/lib/content/site-check.ts";

const front = (fields: string, body = "Text.") => `---\n${fields}\n---\n\n${body}\n`;
const POST = `description: "What to change at your desk so your lower back hurts less, in five small steps."
pubDate: 2026-03-14
author: clinical-team
tags: [posture]
reviewedBy: clinical-team
reviewedDate: 2026-03-01`;
const posts = [
  {
    file: "content/posts/desk.mdx",
    text: front(`title: "How to sit well at a desk"\n${POST}`, "See [stretches](/blog/stretches/)."),
  },
  { file: "content/posts/stretches.mdx", text: front(`title: "Three gentle stretches"\n${POST}`) },
];
const site: SiteFiles = {
  posts,
  massageTypes: [],
  authors: [{ file: "content/authors/clinical-team.yaml", text: "name: The clinical team\n" }],
  team: [],
  pages: [],
  testimonials: [],
  copy: [],
  files: new Set([...posts.map((post) => post.file), "content/authors/clinical-team.yaml"]),
  staticRoutes: ["/"],
};
const options = { today: "2026-12-01", includeDrafts: false };
const lines = (edit: Parameters<typeof checkEdit>[1]) => {
  const { problems, elsewhere } = checkEdit(site, edit, options);
  return { problems: problems.map(formatProblem), elsewhere: elsewhere.map(formatProblem) };
};

describe("the editor's check of one edit is the build's check of the site after it", () => {
  it("a clean site and a clean edit: nothing to refuse", () => {
    expect(lines({ file: posts[1]!.file, text: posts[1]!.text.replace("Text.", "Better text.") })).toEqual({
      problems: [],
      elsewhere: [],
    });
  });

  it("the edited file's own mistakes, in the catalogue's words and on the saved file's lines", () => {
    const text = front(`title: "Three gentle stretches"\n${POST.replace("2026-03-14", "2026-02-30")}`);
    expect(lines({ file: posts[1]!.file, text }).problems).toEqual([
      'content/posts/stretches.mdx:4  pubDate "2026-02-30" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-14.',
    ]);
  });

  it("drafting a post another post links to names the other post", () => {
    const text = front(`title: "Three gentle stretches"\n${POST}\ndraft: true`);
    const { problems, elsewhere } = lines({ file: posts[1]!.file, text });
    expect(problems).toEqual([]);
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]).toMatch(
      /^content\/posts\/desk\.mdx:\d+ {2}The link to \/blog\/stretches\/ goes to a page/,
    );
  });

  it("deleting an author the posts name lists every post; deleting an unused post lists nothing", () => {
    expect(lines({ file: "content/authors/clinical-team.yaml" }).elsewhere).toEqual([
      'content/posts/desk.mdx:5  author "clinical-team" is not an author in content/authors/. Use one of: (none yet).',
      'content/posts/desk.mdx:7  reviewedBy "clinical-team" is not an author in content/authors/. Use one of: (none yet).',
      'content/posts/stretches.mdx:5  author "clinical-team" is not an author in content/authors/. Use one of: (none yet).',
      'content/posts/stretches.mdx:7  reviewedBy "clinical-team" is not an author in content/authors/. Use one of: (none yet).',
    ]);
    expect(lines({ file: posts[0]!.file })).toEqual({ problems: [], elsewhere: [] });
  });

  it("a mistake that was already in another file is not blamed on the edit", () => {
    const broken = {
      ...site,
      posts: [
        { ...posts[0]!, text: posts[0]!.text.replace("/blog/stretches/", "/blog/nowhere/") },
        posts[1]!,
      ],
    };
    const { elsewhere } = checkEdit(broken, { file: posts[1]!.file, text: posts[1]!.text }, options);
    expect(elsewhere).toEqual([]);
  });

  it("an image uploaded with the save counts as present", () => {
    const text = `${posts[1]!.text}\n![A stretch at the desk](./images/stretch.png)\n`;
    expect(lines({ file: posts[1]!.file, text }).problems).toHaveLength(1);
    expect(
      lines({ file: posts[1]!.file, text, uploads: ["content/posts/images/stretch.png"] }).problems,
    ).toEqual([]);
  });
});

describe("the site after an edit", () => {
  it("files go where the build's reader puts them; a rename drops the old path", () => {
    expect(
      [
        "content/posts/a/b.mdx",
        "content/faq.yaml",
        "content/copy/site.yaml",
        "content/settings.yaml",
        "content/team/x.yaml",
        "content/pages/x.mdx",
        "content/posts/images/a.png",
      ].map((file) => siteFileKind(file)),
    ).toEqual(["posts", "copy", "copy", "settings", "team", "pages", undefined]);
    const next = siteWithEdit(site, {
      file: "content/posts/new.mdx",
      text: posts[1]!.text,
      previousFile: posts[1]!.file,
    });
    expect(next.posts.map((post) => post.file)).toEqual(["content/posts/desk.mdx", "content/posts/new.mdx"]);
    expect(next.files.has(posts[1]!.file)).toBe(false);
    expect(fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(site)))).files).toEqual(site.files);
  });

  it("the text checked is the text the editor writes: fields in order, body after the frontmatter", () => {
    const text = editorFileText("frontmatter", { tags: ["posture"], title: "A: b", body: "Text." }, [
      "title",
      "tags",
    ]);
    expect(text).toBe('---\ntitle: "A: b"\ntags:\n  - posture\n---\nText.\n');
    expect(parse(editorFileText("yaml", { phone: "+1 555 0100" }, []))).toEqual({ phone: "+1 555 0100" });
  });
});
