// The benchmark's yardstick: a plain Astro blog in a throwaway folder, with the project's own
// Astro and @astrojs/mdx, a bare layout and no extras (no share images, tags, related posts,
// search index or sitemap), rendering the same generated posts. Our build time is quoted as a
// ratio to this one, measured in the same run on the same machine.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { writeGeneratedPosts } from "./generated-posts.ts";
import { ASTRO, astroEnvironment, ROOT, siteFolder } from "./site-copy.ts";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-baseline", private: true, type: "module" }),
  "astro.config.mjs": `import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
export default defineConfig({ site: "https://example.com", integrations: [mdx()] });
`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
const posts = defineCollection({
  loader: glob({ base: "./content/posts", pattern: "**/*.mdx" }),
  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date(), tags: z.array(z.string()) }),
});
export const collections = { posts };
`,
  "src/layouts/Bare.astro": `---
const { title } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head><body><slot /></body></html>
`,
  "src/components/Callout.astro": `<aside><slot /></aside>\n`,
  "src/components/QuizCallout.astro": `<p><a href="/quiz/">Take the quiz</a></p>\n`,
  "src/pages/index.astro": `---
import { getCollection } from "astro:content";
import Bare from "../layouts/Bare.astro";
const posts = (await getCollection("posts")).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<Bare title="Blog"><ul>{posts.map((post) => <li><a href={\`/blog/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></Bare>
`,
  "src/pages/blog/[...slug].astro": `---
import { getCollection, render } from "astro:content";
import Bare from "../../layouts/Bare.astro";
import Callout from "../../components/Callout.astro";
import QuizCallout from "../../components/QuizCallout.astro";
export async function getStaticPaths() {
  return (await getCollection("posts")).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<Bare title={post.data.title}><h1>{post.data.title}</h1><Content components={{ Callout, QuizCallout }} /></Bare>
`,
};

export interface BaselineFigures {
  seconds: number;
  /** CPU seconds of the build process, all threads (child processes not included). */
  cpuSeconds: number;
  pages: number;
  peakMb: number;
}

/** Runs on the baseline's folder before its build and after a successful one (the benchmark keeps caches). */
export interface BaselineHooks {
  before?: (dir: string) => void;
  after?: (dir: string) => void;
}

/** Builds the plain site with `posts` generated posts and returns its wall-clock time and peak memory. */
export function buildBaseline(
  posts: number,
  nodeArgs: string[] = [],
  { before, after }: BaselineHooks = {},
): BaselineFigures & { output: string } {
  // Inside the project, so Astro and @astrojs/mdx resolve from the project's node_modules; always
  // the same folder, as our site's benchmark builds are (its cache holds absolute paths).
  const dir = siteFolder("bench-baseline");
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    writeGeneratedPosts(join(dir, "content/posts"), posts);
    before?.(dir);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [...nodeArgs, "--import", join(ROOT, "scripts/report-rss.mjs"), ASTRO, "build"],
      {
        cwd: dir,
        encoding: "utf8",
        env: astroEnvironment(),
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const output = `${run.stdout}\n${run.stderr}`;
    if (run.status !== 0) throw new Error(`the baseline build failed:\n${output.slice(-3000)}`);
    after?.(dir);
    const pages = readdirSync(join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".html"),
    ).length;
    const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(output)?.[1] ?? 0);
    const cpu = Number(/BENCH_CPU_MS=(\d+)/.exec(output)?.[1] ?? 0);
    return { seconds, cpuSeconds: cpu / 1000, pages, peakMb: rss / 1024, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
