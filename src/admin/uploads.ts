// The files a save uploads, as the pre-save check reads them (editor.ts). Decap keeps each file
// chosen in this session in the entry's `mediaFiles` (its `file`, until the save writes it): the
// check gets its first bytes, so the build's own rule (pictureProblem in src/lib/content/media.ts)
// tells a PDF or web page renamed .jpg from a picture before anything is written.
import { SNIFF_BYTES } from "../lib/content/media.ts";

/** An item of an entry's `mediaFiles`, the parts read here. */
export interface MediaFile {
  /** Where the file goes, from the project's root ("/content/posts/images/desk.jpg"). */
  path?: string | undefined;
  /** The file chosen in this session; none for a file already in the media folder. */
  file?: Blob | undefined;
  [other: string]: unknown;
}

/** The uploads' project paths, and the first bytes (SNIFF_BYTES) of those chosen in this session. */
export interface Uploads {
  uploads: string[];
  readHead: (file: string) => Uint8Array | undefined;
}

const projectPath = (path: string) => path.replace(/^\/+/, "");

export async function uploadsOf(media: readonly MediaFile[]): Promise<Uploads> {
  const chosen = media.flatMap(({ path, file }) => (path && file instanceof Blob ? [{ path, file }] : []));
  const heads = new Map(
    await Promise.all(
      chosen.map(
        async ({ path, file }) =>
          [projectPath(path), new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())] as const,
      ),
    ),
  );
  return {
    uploads: media.flatMap(({ path }) => (path ? [projectPath(path)] : [])),
    readHead: (file) => heads.get(file),
  };
}
