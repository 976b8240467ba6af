import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { loadOgFonts, loadTitleFont, type OgFonts } from "./og-fonts.ts";
import { OG_DESIGN_VERSION, type OgImageInput } from "./og-layout.ts";
import { renderOgImage } from "./og-render.ts";

// Share images kept on disk between builds, by a content hash of everything that changes the pixels.

/**
 * Where builds keep rendered PNGs between runs: inside Astro's own cache folder, which hosts keep
 * between builds (Cloudflare Pages caches `node_modules/.astro` for Astro sites, Netlify keeps
 * `node_modules`; on GitHub Actions cache this folder yourself, see docs/performance.md).
 * OG_CACHE_DIR moves it (the benchmark uses that to measure a cold and a warm cache).
 */
export const OG_CACHE_DIR =
  process.env["OG_CACHE_DIR"] || join(process.cwd(), "node_modules/.astro/og-images");

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
export async function storeAtomically(file: string, bytes: Uint8Array): Promise<void> {
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
