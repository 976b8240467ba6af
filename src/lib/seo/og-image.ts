import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { Renderer, type ContainerNode, type Node, type TextNode } from "@takumi-rs/core";
import { HEADING_FONTS, headingFontFiles, type HeadingFontId } from "../site/heading-font";

/** What one share image shows. */
export interface OgImageInput {
  title: string;
  /** The kind of page, e.g. "Article" or "Massage type". */
  label: string;
  /** The practice's name, from the settings. */
  siteName: string;
  /** The practice's brand accent (settings: brand.accent); the site's teal without one. */
  accent?: string | undefined;
  /** The practice's heading font (settings: brand.headingFont), for the title; Source Sans 3 without one. */
  titleFont?: HeadingFontId | undefined;
}

/** The two weights the image uses, plus a fingerprint of their bytes for the cache key. */
export interface OgFonts {
  regular: Buffer;
  bold: Buffer;
  identity: string;
}

/**
 * Bump when the layout, colours, sizes, renderer or PNG encoding below change: it is part of every cache key,
 * so old images are drawn again instead of being served from the cache.
 */
export const OG_DESIGN_VERSION = "4";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * Where builds keep rendered PNGs between runs: inside Astro's own cache folder, which hosts keep
 * between builds (Cloudflare Pages caches `node_modules/.astro` for Astro sites, Netlify keeps
 * `node_modules`; on GitHub Actions cache this folder yourself, see docs/performance.md).
 * OG_CACHE_DIR moves it (the benchmark uses that to measure a cold and a warm cache).
 */
export const OG_CACHE_DIR =
  process.env["OG_CACHE_DIR"] || join(process.cwd(), "node_modules/.astro/og-images");

const FONT_FAMILY = "Source Sans 3";
const FONT_FILES = {
  regular: "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff",
  bold: "@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff",
} as const;

const COLOURS = {
  background: "#fbfaf7",
  teal: "#0f5c5a",
  title: "#1d2b2a",
  muted: "#4d5c5b",
} as const;

let bundledFonts: OgFonts | undefined;

/** Reads the fonts from the installed @fontsource package once per process (nothing is downloaded). */
export function loadOgFonts(): OgFonts {
  if (!bundledFonts) {
    // Resolved at run time, not bundled, so it works from the source file and from Astro's build output.
    const require = createRequire(import.meta.url);
    const regular = readFileSync(require.resolve(FONT_FILES.regular));
    const bold = readFileSync(require.resolve(FONT_FILES.bold));
    const identity = createHash("sha256")
      .update(basename(FONT_FILES.regular))
      .update(regular)
      .update(basename(FONT_FILES.bold))
      .update(bold)
      .digest("hex");
    bundledFonts = { regular, bold, identity };
  }
  return bundledFonts;
}

const titleFonts = new Map<HeadingFontId, { data: Buffer; identity: string }>();

/** The heading font's bold Latin woff from its installed @fontsource package, read once per process. */
export function loadTitleFont(id: HeadingFontId): { data: Buffer; identity: string } {
  let font = titleFonts.get(id);
  if (!font) {
    const file = headingFontFiles(id).woff;
    const data = readFileSync(createRequire(import.meta.url).resolve(file));
    font = { data, identity: createHash("sha256").update(basename(file)).update(data).digest("hex") };
    titleFonts.set(id, font);
  }
  return font;
}

/** A content hash of everything that changes the pixels, so an unchanged page reuses its PNG. */
export function ogCacheKey(input: OgImageInput, fonts: Pick<OgFonts, "identity"> = loadOgFonts()): string {
  // JSON keeps the fields apart: ("ab", "c") and ("a", "bc") must not hash alike.
  const parts = [OG_DESIGN_VERSION, input.title, input.label, input.siteName, fonts.identity];
  // Only a brand colour enters the key, so images drawn before brands existed stay valid.
  if (input.accent) parts.push(input.accent);
  // Likewise the heading font, with its bytes: a new version of the font draws the images again.
  if (input.titleFont) parts.push(`titleFont:${input.titleFont}:${loadTitleFont(input.titleFont).identity}`);
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

// The tree Takumi lays out: boxes (`container`) and runs of text, styled with CSS properties.
type Style = NonNullable<Node["style"]>;
const box = (style: Style, children: Node[] = []): ContainerNode => ({ type: "container", style, children });
const text = (style: Style, content: string): TextNode => ({ type: "text", style, text: content });

/** Long titles get a smaller size so that most still fit whole within the line limit. */
function titleFontSize(title: string): number {
  if (title.length <= 45) return 80;
  if (title.length <= 75) return 68;
  return 58;
}

/**
 * Flat colours and text only: large single-colour areas keep the PNG small (well under 60 KB),
 * where photos, gradients or noise would not compress.
 */
function ogLayout({ title, label, siteName, accent = COLOURS.teal, titleFont }: OgImageInput): ContainerNode {
  const band = box({ width: 28, flexShrink: 0, backgroundColor: accent });
  const kind = text(
    {
      display: "block",
      fontSize: 30,
      fontWeight: 700,
      letterSpacing: 3,
      textTransform: "uppercase",
      color: accent,
      lineClamp: 1,
    },
    label,
  );
  const heading = text(
    {
      display: "block",
      fontSize: titleFontSize(title),
      fontWeight: 700,
      lineHeight: 1.12,
      color: COLOURS.title,
      ...(titleFont ? { fontFamily: `"${HEADING_FONTS[titleFont].family}"` } : {}),
      // Cut long titles at the last line with "…" rather than let them run off the image.
      lineClamp: 4,
    },
    title,
  );
  const footer = box({ display: "flex", alignItems: "center" }, [
    box({ width: 56, height: 6, flexShrink: 0, marginRight: 20, backgroundColor: accent }),
    text(
      { display: "block", flexShrink: 1, fontSize: 34, fontWeight: 400, color: COLOURS.muted, lineClamp: 1 },
      siteName,
    ),
  ]);
  const content = box(
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      flexGrow: 1,
      padding: "64px 88px 64px 72px",
    },
    [kind, heading, footer],
  );
  return box(
    {
      display: "flex",
      width: "100%",
      height: "100%",
      backgroundColor: COLOURS.background,
      // A family name with a digit must be quoted in CSS.
      fontFamily: `"${FONT_FAMILY}"`,
    },
    [band, content],
  );
}

/**
 * Draws the share image with Takumi, which lays the tree out, rasterises the text and encodes the
 * PNG in native code, off the JavaScript thread (on libuv's thread pool): several images drawn at
 * once use every core while the build renders pages (see `drawOgImagesAhead`). It writes a
 * palette PNG when the image has few colours, which flat colours and anti-aliased text do, and
 * the palette is exact: the pixels are those drawn, only smaller (about 24 KB for a four-line title).
 * Why Takumi and not satori, resvg and sharp: docs/decisions/build-speed.md.
 */
export async function renderOgImage(input: OgImageInput, fonts: OgFonts): Promise<Uint8Array<ArrayBuffer>> {
  const renderer = await rendererWith(fonts, input.titleFont);
  return renderer.render(ogLayout(input), { width: OG_WIDTH, height: OG_HEIGHT, format: "png" });
}

// One renderer per set of fonts and title font, so each font is parsed once per process. Takumi is
// imported statically (about 10 ms): the build starts drawing from the config's integrations, whose
// module loader is closed by then, so an import on first use would fail there.
const renderers = new WeakMap<OgFonts, Map<string, Promise<Renderer>>>();
function rendererWith(fonts: OgFonts, titleFont?: HeadingFontId): Promise<Renderer> {
  let byTitleFont = renderers.get(fonts);
  if (!byTitleFont) renderers.set(fonts, (byTitleFont = new Map()));
  let renderer = byTitleFont.get(titleFont ?? "");
  if (!renderer) {
    const created = new Renderer();
    const registered = [
      created.registerFont({ name: FONT_FAMILY, data: fonts.regular, weight: 400, style: "normal" }),
      created.registerFont({ name: FONT_FAMILY, data: fonts.bold, weight: 700, style: "normal" }),
    ];
    if (titleFont) {
      const { family } = HEADING_FONTS[titleFont];
      const { data } = loadTitleFont(titleFont);
      registered.push(created.registerFont({ name: family, data, weight: 700, style: "normal" }));
    }
    renderer = Promise.all(registered).then(() => created);
    byTitleFont.set(titleFont ?? "", renderer);
  }
  return renderer;
}

export interface GetOgImageOptions {
  cacheDir: string;
  fonts?: OgFonts;
  /** Replaceable so tests can count renders. */
  render?: typeof renderOgImage;
}

/** Where the PNG for this input is cached. */
export function ogCacheFile(input: OgImageInput, cacheDir: string, fonts: OgFonts = loadOgFonts()): string {
  return join(cacheDir, `${ogCacheKey(input, fonts)}.png`);
}

/** Returns the cached PNG for this input, or renders and stores it. */
export async function getOgImage(
  input: OgImageInput,
  { cacheDir, fonts = loadOgFonts(), render = renderOgImage }: GetOgImageOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = ogCacheFile(input, cacheDir, fonts);
  try {
    return await readFile(file);
  } catch {
    // Not cached yet (or unreadable): draw it.
  }
  const png = await render(input, fonts);
  await storeAtomically(file, png);
  return png;
}

// One mkdir per folder and build, not one per image.
const createdFolders = new Map<string, Promise<unknown>>();
function createdFolder(folder: string): Promise<unknown> {
  let created = createdFolders.get(folder);
  if (!created) {
    created = mkdir(folder, { recursive: true });
    createdFolders.set(folder, created);
    // A failed attempt is tried again next time (the folder may have been removed meanwhile).
    created.catch(() => createdFolders.delete(folder));
  }
  return created;
}

/**
 * Writes to a temporary file and renames it into place, so a parallel or interrupted build
 * never reads a half-written PNG. A cache that cannot be written only costs time, not the build.
 */
async function storeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await createdFolder(dirname(file));
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    console.warn(`og-image: could not cache ${file}: ${String(error)}`);
  }
}

/**
 * How many share images are drawn at once: one per core keeps every core busy while leaving
 * libuv's other threads free for the build's file writes. OG_IMAGE_CONCURRENCY overrides it;
 * 0 turns drawing ahead off (each image is then drawn when Astro asks for it, one at a time).
 */
export function ogImageConcurrency(env: Record<string, string | undefined> = process.env): number {
  const configured = env["OG_IMAGE_CONCURRENCY"];
  if (configured !== undefined && configured !== "" && Number.isInteger(Number(configured))) {
    return Math.max(0, Number(configured));
  }
  return availableParallelism();
}

export interface OgImagesAhead {
  /** How many images were missing from the cache and not being drawn yet: this call draws them. */
  drawing: number;
  /** How many were already being drawn by an earlier call in this process (see below). */
  joined: number;
  /** How many were found in the cache. */
  cached: number;
  /** Resolves when this input's image is in the cache; rejects if drawing it failed. */
  ready: (input: OgImageInput) => Promise<void>;
}

// Images being drawn in this process, by cache file. The build starts drawing before Astro loads
// content (src/integrations/share-images.ts) and the share-image route, called much later, joins
// those drawings instead of drawing the same images again. The two callers hold two copies of
// this module (the config's and the build's bundle), so the list lives on a global.
const IN_FLIGHT = Symbol.for("back-pain-massage-site.og-images-in-flight");
function imagesInFlight(): Map<string, Promise<void>> {
  const registry = globalThis as typeof globalThis & { [IN_FLIGHT]?: Map<string, Promise<void>> };
  return (registry[IN_FLIGHT] ??= new Map());
}

/** Notes that `file` is being drawn until `drawing` settles, so a later call joins that drawing. */
function noteOgImageInFlight(file: string, drawing: Promise<void>): void {
  const inFlight = imagesInFlight();
  inFlight.set(file, drawing);
  drawing.then(
    () => inFlight.delete(file),
    () => inFlight.delete(file),
  );
}

/**
 * Starts drawing every share image that is neither cached nor already being drawn,
 * `concurrency` at a time, in the background, so the thread pool works while the build does
 * other things. Callers await `ready(input)` and then read the cache, so the PNG bytes are the same
 * whether they were drawn ahead or not.
 */
export function drawOgImagesAhead(
  inputs: OgImageInput[],
  {
    cacheDir,
    fonts = loadOgFonts(),
    render = renderOgImage,
    concurrency = ogImageConcurrency(),
  }: GetOgImageOptions & {
    concurrency?: number;
  },
): OgImagesAhead {
  const inFlight = imagesInFlight();
  const pending = new Map<string, OgImageInput>();
  const joined = new Map<string, Promise<void>>();
  let cached = 0;
  for (const input of inputs) {
    const file = ogCacheFile(input, cacheDir, fonts);
    const drawing = inFlight.get(file);
    if (drawing) joined.set(file, drawing);
    else if (existsSync(file)) cached += 1;
    else pending.set(file, input);
  }
  const jobs = new Map<string, Promise<void>>();
  const queue = [...pending.entries()];
  const draw = async ([file, input]: [string, OgImageInput]) => {
    await storeAtomically(file, await render(input, fonts));
  };
  // A fixed number of lanes, each taking the next image when it finishes one.
  const waiting = new Map<string, { resolve: () => void; reject: (error: unknown) => void }>();
  if (concurrency > 0) {
    for (const [file] of queue) {
      const job = new Promise<void>((resolve, reject) => {
        waiting.set(file, { resolve, reject });
      });
      jobs.set(file, job);
      // Once settled the file is in the cache (or drawing it failed, which its caller reports).
      noteOgImageInFlight(file, job);
    }
  }
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const job = queue[next];
      next += 1;
      if (!job) continue;
      const settle = waiting.get(job[0]);
      try {
        await draw(job);
        settle?.resolve();
      } catch (error) {
        settle?.reject(error);
      }
    }
  };
  if (concurrency > 0) {
    for (let index = 0; index < Math.min(concurrency, queue.length); index += 1) void lane();
  }
  return {
    drawing: queue.length,
    joined: joined.size,
    cached,
    ready: (input) => {
      const file = ogCacheFile(input, cacheDir, fonts);
      return jobs.get(file) ?? joined.get(file) ?? Promise.resolve();
    },
  };
}
