import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { describe, expect, it } from "vitest";
import {
  addOutputFile,
  collectingOutputFiles,
  finishedPages,
  notePageModified,
  notePageWithIsland,
  outputFiles,
} from "../../src/integrations/build-outputs.ts";

type Hook = (options: Record<string, unknown>) => unknown;
const hook = (integration: AstroIntegration, name: string) =>
  integration.hooks[name as keyof AstroIntegration["hooks"]] as Hook;
const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

describe("what the build does with the finished pages", () => {
  it("moves the island style into head on the pages that noted an island, and gives the sitemap each post's date", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "finished-pages-"));
    const style = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";
    const quiz = `<html><head><title>Quiz</title></head><body>${style}<astro-island></astro-island></body></html>`;
    try {
      mkdirSync(join(outDir, "quiz"), { recursive: true });
      writeFileSync(join(outDir, "quiz/index.html"), quiz);
      const pages = finishedPages();
      hook(pages, "astro:config:done")({ config: { outDir: pathToFileURL(`${outDir}/`), base: "/clinic/" } });
      // Outside a build (astro dev) a note changes nothing.
      notePageModified("/clinic/blog/early/", new Date("2026-01-01"));
      hook(pages, "astro:build:start")({});
      notePageWithIsland("/clinic/quiz/");
      notePageModified("/clinic/blog/a/", new Date("2026-01-05T00:00:00.000Z"));
      notePageModified("/elsewhere/", new Date("2026-01-06"));
      hook(pages, "astro:build:generated")({});
      await hook(pages, "astro:build:done")({});
      expect(readFileSync(join(outDir, "quiz/index.html"), "utf8")).toBe(
        `<html><head><title>Quiz</title>${style}</head><body><astro-island></astro-island></body></html>`,
      );
      expect(pages.lastmod("https://x.org/clinic/blog/a/")).toBe("2026-01-05T00:00:00.000Z");
      expect(pages.lastmod("https://x.org/clinic/blog/early/")).toBeUndefined();
      expect(pages.lastmod("https://x.org/clinic/quiz/")).toBeUndefined();
      expect(pages.lastmod("https://x.org/elsewhere/")).toBeUndefined();
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe("files added to the build beside the pages", () => {
  it("writes each into the output folder and waits for every write before the build ends", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "output-files-"));
    try {
      const files = outputFiles();
      hook(files, "astro:config:done")({ config: { outDir: pathToFileURL(`${outDir}/`) } });
      expect(collectingOutputFiles()).toBe(false);
      hook(files, "astro:build:start")({});
      expect(collectingOutputFiles()).toBe(true);
      addOutputFile({ file: "og/blog/a.png", write: (path) => writeFile(path, "a") });
      addOutputFile({
        file: "og/site/default.png",
        write: async (path) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          await writeFile(path, "slow");
        },
      });
      await hook(files, "astro:build:done")({ logger });
      expect(readFileSync(join(outDir, "og/blog/a.png"), "utf8")).toBe("a");
      expect(readFileSync(join(outDir, "og/site/default.png"), "utf8")).toBe("slow");
      expect(collectingOutputFiles()).toBe(false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("fails the build when a file cannot be written", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "output-files-"));
    try {
      const files = outputFiles();
      hook(files, "astro:config:done")({ config: { outDir: pathToFileURL(`${outDir}/`) } });
      hook(files, "astro:build:start")({});
      addOutputFile({ file: "og/x.png", write: () => Promise.reject(new Error("disk full")) });
      await expect(hook(files, "astro:build:done")({ logger })).rejects.toThrow("disk full");
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("refuses files outside a build, where nothing would write them", () => {
    expect(() => addOutputFile({ file: "og/x.png", write: async () => {} })).toThrow(/only .* astro build/);
  });
});
