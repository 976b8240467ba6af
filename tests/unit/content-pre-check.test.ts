import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSiteFiles } from "../../src/data/content-files.ts";
import { z } from "astro/zod";
import { calendarDate, isCalendarDate } from "../../src/lib/content/fields.ts";
import { formatProblem } from "../../src/lib/content/problems.ts";
import { checkSite, parseFile, type SiteFiles } from "../../src/lib/content/site-check.ts";
import { checkEdit, siteWithEdit } from "../../src/lib/content/edit-check.ts";
import { MESSAGES } from "../../src/lib/content/messages.ts";
import { minimalSite, POST_FIELDS } from "../support/minimal-site.ts";
import { postSchema } from "../../src/lib/content/schemas.ts";
import { settingsProblems } from "../../src/lib/site/settings.ts";

const schema = postSchema({ image: () => z.string(), author: () => z.string() });
const post = (frontmatter: string, body = "Body.") => ({
  file: "content/posts/x.mdx",
  text: `---\n${frontmatter}\n---\n\n${body}\n`,
});
const messages = (frontmatter: string) =>
  parseFile(post(frontmatter), schema, "mdx").problems.map(formatProblem);

describe("frontmatter mistakes name the file, the line and the fix", () => {
  // Found in review (2026-12-07): the editor's date box reads month/day/year, so 2026-12-25 typed into
  // it became 1225-02-02, saved without a word.
  it("a date centuries away is refused, naming the likely slip", () => {
    expect(messages(POST_FIELDS.replace("2026-03-14", "1225-02-02"))).toEqual([
      expect.stringMatching(/^content\/posts\/x\.mdx:4 {2}pubDate .*2000 to 2099/),
    ]);
  });

  it("a date that does not exist, in the issue's words", () => {
    expect(messages(POST_FIELDS.replace("2026-03-14", "2026-13-45"))).toEqual([
      'content/posts/x.mdx:4  pubDate "2026-13-45" is not a real date. Write it as YYYY-MM-DD, e.g. 2026-03-14.',
    ]);
  });

  it("YAML syntax: a tab, a repeated key, an unquoted colon, curly quotes", () => {
    expect(messages(POST_FIELDS.replace("author:", "\tauthor:"))).toEqual([
      'content/posts/x.mdx:5  This line is indented with a tab. Indent with spaces only, two per level, e.g. "  - lower-back".',
    ]);
    expect(messages(`${POST_FIELDS}\ntitle: "Again"`)).toEqual([
      "content/posts/x.mdx:9  title is written twice. Keep one title: line and delete the other.",
    ]);
    expect(messages(POST_FIELDS.replace('"How to sit well at a desk"', "Back pain: what helps"))[0]).toMatch(
      /^content\/posts\/x\.mdx:2 {2}This value contains a colon \(:\) but is not in quotes\. Put the whole value in straight double quotes/,
    );
    expect(
      messages(POST_FIELDS.replace('"How to sit well at a desk"', "“How to sit well at a desk”")),
    ).toEqual([
      'content/posts/x.mdx:2  title is wrapped in curly quotes (“ ” or ‘ ’), which count as part of the text. Use straight quotes, e.g. title: "Back pain at work". (Word processors curl them.)',
    ]);
  });

  it("a misspelt field lists the allowed ones; a missing one shows an example", () => {
    const [missing, unknown] = messages(POST_FIELDS.replace("author:", "autor:")).sort();
    expect(missing).toBe("content/posts/x.mdx  author is missing. Add it, e.g. author: clinical-team");
    expect(unknown).toMatch(
      /^content\/posts\/x\.mdx:5 {2}autor is not a field this file can have\. Check the spelling\. The fields are: title, description, pubDate, .*author, .*sources, review\.$/,
    );
  });

  it("a tag not in tag style suggests the tag", () => {
    expect(messages(POST_FIELDS.replace("[posture]", "[Lower Back]"))).toEqual([
      'content/posts/x.mdx:6  tag "Lower Back" is not in tag style. Write tags in lowercase with dashes, e.g. lower-back.',
    ]);
  });
});

describe("a published article needs its clinical review; a draft may wait", () => {
  const unreviewed = POST_FIELDS.replace(/\nreviewedBy: .*\nreviewedDate: .*$/, "");

  it("a published post without a reviewer names both fields and the fix", () => {
    expect(messages(unreviewed)).toEqual([
      "content/posts/x.mdx  reviewedBy is missing: a published article needs a licensed therapist's review. Once a licensed therapist has reviewed the article, add it, e.g. reviewedBy: jordan-reyes; until then keep the post a draft.",
      "content/posts/x.mdx  reviewedDate is missing: a published article needs a licensed therapist's review. Once a licensed therapist has reviewed the article, add it, e.g. reviewedDate: 2026-03-14; until then keep the post a draft.",
    ]);
    expect(messages(`${unreviewed}\nreviewedBy: clinical-team`)).toEqual([
      "content/posts/x.mdx  reviewedDate is missing: a published article needs a licensed therapist's review. Once a licensed therapist has reviewed the article, add it, e.g. reviewedDate: 2026-03-14; until then keep the post a draft.",
    ]);
  });

  it("beside the other fields' mistakes, not after they are fixed: a new post hears every one at once", () => {
    expect(messages('title: "Three gentle desk stretches"')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/posts\/x\.mdx\s+description is missing/),
        expect.stringMatching(/reviewedBy is missing: a published article/),
        expect.stringMatching(/reviewedDate is missing: a published article/),
      ]),
    );
    expect(messages('title: "Three gentle desk stretches"\ndraft: true').join("\n")).not.toMatch(/reviewed/);
    expect(messages(`title: "Three gentle desk stretches"\nheroImage: ./images/desk.jpg`).join("\n")).toMatch(
      /heroImage has no heroAlt/,
    );
  });

  // Found by a review (2026-12-08): the rules between fields ran on a value of the wrong type and
  // threw, which stopped every save and the build with a stack trace.
  it("a rule between fields reads only what it can: a heroAlt that is no text, fields written as a list", () => {
    expect(messages(`${POST_FIELDS}\nheroImage: ./images/desk.jpg\nheroAlt: 2024`)).toEqual([
      expect.stringMatching(/^content\/posts\/x\.mdx:\d+ {2}heroAlt "2024" is not accepted/),
    ]);
    expect(messages(`${POST_FIELDS}\nheroImage: ./images/desk.jpg\nheroAlt: [a, b]`)).toHaveLength(1);
    expect(messages("- a\n- b").join("\n")).not.toMatch(/reviewed/);
  });

  it("a draft may wait for its review, but not hold half of one", () => {
    expect(messages(`${unreviewed}\ndraft: true`)).toEqual([]);
    expect(messages(`${unreviewed}\ndraft: true\nreviewedBy: clinical-team`)).toEqual([
      "content/posts/x.mdx  reviewedDate is missing. Add it, e.g. reviewedDate: 2026-03-14",
    ]);
  });
});

describe("calendar dates", () => {
  it("accepts real days only, with no roll-over", () => {
    expect(["2026-03-14", "2024-02-29"].every(isCalendarDate)).toBe(true);
    expect(["2026-13-45", "2026-02-29", "2026-3-14", "14/03/2026"].some(isCalendarDate)).toBe(false);
    expect(calendarDate().parse("2026-03-14").toISOString()).toBe("2026-03-14T00:00:00.000Z");
  });
});

describe("the whole-site check", () => {
  const site = minimalSite;
  const run = (changes: Partial<SiteFiles>) =>
    checkSite(site(changes), { today: "2026-06-01", includeDrafts: false }).map(formatProblem);

  it("lists every mistake of every file in one go", () => {
    const problems = run({
      posts: [
        post(
          `${POST_FIELDS.replace("clinical-team", "derek")}\nheroImage: ./images/dsk.jpg\nheroAlt: "A desk"`,
        ),
        { file: "content/posts/2026/X.mdx", text: post(POST_FIELDS.replace("How to", "Why to")).text },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/posts/x.mdx:5  author "derek" is not an author in content/authors/. Use one of: clinical-team.',
        'content/posts/x.mdx:9  heroImage "./images/dsk.jpg": there is no file content/posts/images/dsk.jpg. Check the spelling and the folder. The path is relative to the file that names it, e.g. ./images/desk.jpg for content/posts/images/desk.jpg in a post.',
        "content/posts/2026/X.mdx  content/posts/2026/X.mdx and content/posts/x.mdx would both publish at /blog/x/. Rename one of the files: the file name is the address.",
      ]),
    );
    expect(problems).toHaveLength(3);
  });
});

describe("a published article or page needs its text; a draft may wait", () => {
  const options = { today: "2026-06-01", includeDrafts: false };
  const empty = (fields: string, body: string) => ({
    file: "content/posts/x.mdx",
    text: `---\n${fields}\n---\n${body}`,
  });
  const expected = `content/posts/x.mdx  ${MESSAGES.emptyBody.what({ field: "body", draftable: true })} ${MESSAGES.emptyBody.fix({ field: "body", draftable: true })}`;

  it("a published post with nothing after its fields, or only blank lines or a comment, is refused in the editor and the build", () => {
    for (const body of ["", "\n\n  \n", "\n{/* to do: write this */}\n"]) {
      const edit = empty(POST_FIELDS, body);
      expect(
        checkEdit(minimalSite(), edit, options).problems.map(formatProblem),
        JSON.stringify(body),
      ).toEqual([expected]);
      expect(checkSite(minimalSite({ posts: [edit] }), options).map(formatProblem)).toEqual([expected]);
    }
    expect(expected).toBe(
      "content/posts/x.mdx  The text after the fields is empty: the page would show a title and nothing to read. Write the text, or keep the post a draft until it is written.",
    );
  });

  it("a page, which has no drafts, is told to write its text", () => {
    const page = {
      file: "content/pages/about-us.mdx",
      text: '---\ntitle: "About us"\ndescription: "Who we are, how we work and where to find the practice, in a few short lines."\n---\n',
    };
    expect(checkEdit(minimalSite(), page, options).problems.map(formatProblem)).toEqual([
      "content/pages/about-us.mdx  The text after the fields is empty: the page would show a title and nothing to read. Write the text.",
    ]);
  });

  it("a draft may wait for its text; a heading alone is text", () => {
    expect(checkEdit(minimalSite(), empty(`${POST_FIELDS}\ndraft: true`, ""), options).problems).toEqual([]);
    expect(checkEdit(minimalSite(), empty(POST_FIELDS, "\n## Soon\n"), options).problems).toEqual([]);
  });
});

describe("a post named with a number alone would take a page of the article list", () => {
  const site = minimalSite();
  const options = { today: "2026-06-01", includeDrafts: false };
  const text = (title: string) =>
    `---\n${POST_FIELDS.replace("How to sit well at a desk", title)}\n---\n\nBody.\n`;

  it("is refused before the editor saves it, and by the build, naming the file, the address and the fix", () => {
    const expected = `content/posts/2.mdx  ${MESSAGES.postNamedLikeListPage.what({ name: "2.mdx", address: "/blog/2/" })} ${MESSAGES.postNamedLikeListPage.fix({ name: "2.mdx", address: "/blog/2/" })}`;
    const edit = { file: "content/posts/2.mdx", text: text("Two stretches for a stiff back") };
    expect(checkEdit(site, edit, options).problems.map(formatProblem)).toEqual([expected]);
    expect(checkSite(siteWithEdit(site, edit), options).map(formatProblem)).toEqual([expected]);
  });

  it("a number with words, or the list's first page's number, is a post's name like any other", () => {
    for (const file of ["content/posts/2-stretches.mdx", "content/posts/1.mdx"])
      expect(checkEdit(site, { file, text: text(`A post named ${file}`) }, options).problems).toEqual([]);
  });
});

describe("content/ holds files, not links to files elsewhere", () => {
  it("a link committed in content/ stops the build, naming it, and nothing it points to is read", () => {
    const root = mkdtempSync(join(tmpdir(), "content-link-"));
    try {
      mkdirSync(join(root, "content/posts"), { recursive: true });
      writeFileSync(join(root, ".env"), "SECRET_TOKEN=hunter2\n");
      symlinkSync(join(root, ".env"), join(root, "content/posts/leak.mdx"));
      const site = readSiteFiles(root, ["/"]);
      expect(site.posts.map((post) => post.text).join("")).not.toContain("hunter2");
      const lines = checkSite(
        { ...minimalSite(), ...site, authors: minimalSite().authors },
        {
          today: "2026-06-01",
          includeDrafts: false,
        },
      ).map(formatProblem);
      expect(lines).toEqual([
        `content/posts/leak.mdx  ${MESSAGES.contentLink.what({})} ${MESSAGES.contentLink.fix({})}`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// Found in review (2026-12-07): a package under content/posts/node_modules/ answered a post's bare
// picture path (`![…](images/room.png)`) with a .ts file, which ran in `astro build` and `astro dev`.
describe("content/ holds entries, the site's words and pictures, nothing else", () => {
  it("a package, code or any file the site does not read stops the build, naming each file", () => {
    const root = mkdtempSync(join(tmpdir(), "content-stray-"));
    try {
      const write = (file: string, text: string | Uint8Array) => {
        mkdirSync(join(root, file, ".."), { recursive: true });
        writeFileSync(join(root, file), text);
      };
      write("content/posts/node_modules/images/package.json", '{ "name": "images" }');
      write("content/posts/node_modules/images/room.ts", "export default 1;");
      write("content/posts/node_modules/images/room.png", "a picture, but in a package's folder");
      write("content/posts/notes.html", "<script>alert(1)</script>");
      write("content/posts/images/room.png", Buffer.from("89504e470d0a1a0a0000", "hex"));
      write("content/testimonials/README.md", "# Notes for the team");
      // Red team, round two: a hidden file and a name with a # (Vite reads `images/.room.png#x` as
      // `.room.png`), and a script named like a picture.
      write("content/posts/images/.room.png", 'export default "code"');
      write("content/posts/images/room.png#x", Buffer.from("89504e470d0a1a0a0000", "hex"));
      write("content/posts/images/desk.jpg", "<script>alert(1)</script>");
      // Found reviewing this change: a photo saved as .jpg that is a PNG is a photo, and the files a
      // Mac or Windows leaves in a folder it opens are nobody's content (nothing reads them).
      write("content/posts/images/photo.jpg", Buffer.from("89504e470d0a1a0a0000", "hex"));
      for (const junk of [".DS_Store", "Thumbs.db", "desktop.ini", "._photo.jpg"])
        write(`content/posts/images/${junk}`, "made by the computer");
      const site = readSiteFiles(root, ["/"]);
      const lines = checkSite(
        { ...minimalSite(), ...site, authors: minimalSite().authors },
        { today: "2026-06-01", includeDrafts: false },
      ).map(formatProblem);
      const stray = (file: string) => `${file}  ${MESSAGES.strayFile.what({})} ${MESSAGES.strayFile.fix({})}`;
      const odd = (file: string) =>
        `${file}  ${MESSAGES.oddFileName.what({})} ${MESSAGES.oddFileName.fix({})}`;
      const fake = { holds: "a web page (HTML)" };
      expect(lines).toEqual([
        odd("content/posts/images/.room.png"),
        `content/posts/images/desk.jpg  ${MESSAGES.fakePicture.what(fake)} ${MESSAGES.fakePicture.fix(fake)}`,
        odd("content/posts/images/room.png#x"),
        odd("content/posts/node_modules/images/package.json"),
        odd("content/posts/node_modules/images/room.png"),
        odd("content/posts/node_modules/images/room.ts"),
        stray("content/posts/notes.html"),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a picture's path is the file's name alone", () => {
  it("a ? or # in a body's picture path is refused before the editor saves it, naming the line", () => {
    const site = { ...minimalSite(), files: new Set(["content/posts/images/room.png#x"]) };
    const text = `---\n${POST_FIELDS}\n---\n\nBody.\n\n![Our room](images/room.png#x)\n`;
    const lines = checkEdit(
      site,
      { file: "content/posts/room.mdx", text },
      { today: "2026-06-01", includeDrafts: false },
    ).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/posts\/room\.mdx:\d+ {2}.*"images\/room\.png#x": a picture's path is the file's name alone/,
      ),
    ]);
  });
});

describe("frontmatter is read as Astro reads it", () => {
  it("an unquoted date where text belongs is refused, naming the field, as the build would refuse it", () => {
    // Astro's YAML reads 2026-12-24 as a date, so its schema refused the title the check passed
    // (found by a review of the check against the build, 2026-12-07).
    const site = minimalSite();
    const text = `---\n${POST_FIELDS.replace('title: "How to sit well at a desk"', "title: 2026-12-24")}\n---\n\nBody.\n`;
    const lines = checkEdit(
      site,
      { file: "content/posts/dated.mdx", text },
      { today: "2026-06-01", includeDrafts: false },
    ).problems.map(formatProblem);
    expect(lines).toEqual([
      `content/posts/dated.mdx:2  ${MESSAGES.yamlReadAsDate.what({ field: "title", value: "2026-12-24" })} ${MESSAGES.yamlReadAsDate.fix({ field: "title", value: "2026-12-24" })}`,
    ]);
  });
});

describe("a file that fails its own schema is named alone, with no knock-on mistakes", () => {
  // Found by an audit (2026-12): settings that failed their schema made the check fall back to one
  // language, so every Spanish page looked lost and ~30 "add gone: true" lines came before the one
  // real mistake; a post that failed its schema lost its page, its tag page and the links to it.
  const options = { today: "2026-06-01", includeDrafts: false };
  const validSettings = readFileSync(join(process.cwd(), "content/settings.yaml"), "utf8");
  const settings = (text: string) => ({ file: "content/settings.yaml", text });
  const record = (addresses: string[]) => ({
    file: "content/published-addresses.txt",
    text: `# addresses\n${addresses.join("\n")}\n`,
  });
  const spanishPost = (file: string, translationOf: string, body = "Cuerpo.") => ({
    file: `content/es/posts/${file}.mdx`,
    text: `---\ntitle: "Una entrada en español para la prueba"\ndescription: "Una entrada en español para las reglas de la prueba, con bastante texto para un resumen."\ntranslationOf: ${translationOf}\ntranslatedDate: 2026-04-01\n---\n\n${body}\n`,
  });
  const run = (site: SiteFiles) => checkSite(site, options).map(formatProblem);

  it("settings with a time zone that is not one: only the settings' own mistake, no published address asked for", () => {
    const twoLanguages = (settingsText: string) =>
      minimalSite({
        settings: settings(settingsText),
        staticRoutes: ["/{lang}/", "/{lang}/accessibility/"],
        posts: [post(`${POST_FIELDS}\n`, "Also [in Spanish](/es/accessibility/) and [the list](/es/blog/).")],
        postTranslations: [spanishPost("x", "x", "Vea [la accesibilidad](/es/accessibility/).")],
        redirects: {
          file: "content/redirects.yaml",
          text: "redirects:\n  - from: /es/old-page/\n    to: /es/accessibility/\n",
        },
        addressRecord: record([
          "/",
          "/accessibility/",
          "/blog/",
          "/blog/x/",
          "/tags/posture/",
          "/es/",
          "/es/accessibility/",
          "/es/blog/",
          "/es/blog/x/",
        ]),
      });
    // The same site with its settings right has no mistake: every line below is the settings' own.
    expect(run(twoLanguages(validSettings))).toEqual([]);
    const broken = validSettings.replace("timeZone: America/Los_Angeles", "timeZone: Pacific Time");
    expect(broken).not.toBe(validSettings);
    const own = settingsProblems(broken).map(formatProblem);
    expect(own).toEqual([expect.stringMatching(/^content\/settings\.yaml:\d+ {2}timeZone /)]);
    expect(run(twoLanguages(broken))).toEqual(own);
    // The editor, saving the mistake, names it in the file and asks for nothing elsewhere.
    const edit = checkEdit(twoLanguages(validSettings), settings(broken), options);
    expect(edit.problems.map(formatProblem)).toEqual(own);
    expect(edit.elsewhere).toEqual([]);
    // A home-page description too short, the audit's other example.
    const short = validSettings.replace(/^description: .*$/m, "description: Massage.");
    expect(short).not.toBe(validSettings);
    const shortOwn = settingsProblems(short).map(formatProblem);
    expect(shortOwn).toEqual([expect.stringMatching(/^content\/settings\.yaml:\d+ {2}description /)]);
    expect(run(twoLanguages(short))).toEqual(shortOwn);
  });

  it("another setting's mistake leaves the site's pages known, so links are still checked; a mistake in the languages leaves them to wait", () => {
    const site = (settingsText: string) =>
      minimalSite({
        settings: settings(settingsText),
        staticRoutes: ["/{lang}/"],
        posts: [post(`${POST_FIELDS}\n`, "See [a page that is not there](/es/no-such-page/).")],
        addressRecord: record(["/", "/blog/", "/blog/x/", "/tags/posture/", "/es/", "/es/blog/"]),
      });
    const timeZone = validSettings.replace("timeZone: America/Los_Angeles", "timeZone: Pacific Time");
    const found = run(site(timeZone));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/settings\.yaml:\d+ {2}timeZone /),
        expect.stringMatching(/^content\/posts\/x\.mdx:\d+ .*\/es\/no-such-page\//),
      ]),
    );
    expect(found).toHaveLength(2);
    // A language listed twice: which pages the site has is not known until it is fixed.
    const languages = validSettings.replace(/^languages: .*$/m, "languages: [en, es, en]");
    expect(languages).not.toBe(validSettings);
    expect(run(site(languages))).toEqual(settingsProblems(languages).map(formatProblem));
  });

  it("a post without its reviewedDate: only the post's own mistake, not its page, tag page and links lost", () => {
    const withPost = (fields: string) =>
      minimalSite({
        settings: settings(validSettings),
        staticRoutes: ["/{lang}/"],
        posts: [
          {
            file: "content/posts/deep-tissue.mdx",
            text: `---\n${fields.replace("[posture]", "[deep-tissue]").replace("How to sit", "Why to sit")}\n---\n\nBody.\n`,
          },
          post(
            `${POST_FIELDS}\nrelated: [deep-tissue]`,
            "Read [deep tissue](/blog/deep-tissue/) and [the tag](/tags/deep-tissue/).",
          ),
        ],
        postTranslations: [spanishPost("tejido-profundo", "deep-tissue")],
        addressRecord: record([
          "/",
          "/blog/",
          "/blog/x/",
          "/blog/deep-tissue/",
          "/tags/posture/",
          "/tags/deep-tissue/",
          "/es/",
          "/es/blog/",
          "/es/blog/tejido-profundo/",
        ]),
      });
    expect(run(withPost(POST_FIELDS))).toEqual([]);
    const lines = run(withPost(POST_FIELDS.replace(/\nreviewedDate: .*/, "")));
    expect(lines).toEqual([
      expect.stringMatching(/^content\/posts\/deep-tissue\.mdx {2}reviewedDate is missing/),
    ]);
  });
});
