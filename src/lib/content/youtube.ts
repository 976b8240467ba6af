import { problem, type ContentProblem, type Where } from "./problems.ts";

/**
 * The one place that knows where embedded videos come from. YouTube's privacy-enhanced domain
 * sets no cookies until the visitor plays the video; the page's Content-Security-Policy allows
 * exactly this origin as a frame source, and only on pages that show a video.
 */
export const YOUTUBE_EMBED_ORIGIN = "https://www.youtube-nocookie.com";

/** The player's address for a video id, starting to play at once (the visitor pressed play). */
export function youtubeEmbedUrl(id: string, start?: number): string {
  const url = new URL(`/embed/${encodeURIComponent(id)}`, YOUTUBE_EMBED_ORIGIN);
  url.searchParams.set("autoplay", "1");
  if (start !== undefined && start > 0) url.searchParams.set("start", String(Math.floor(start)));
  return url.href;
}

/** The video's own page on YouTube, for visitors without JavaScript. */
export function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
}

/** The policy directive a page with a video needs; pages without one allow no frames at all. */
export const VIDEO_FRAME_DIRECTIVE = `frame-src ${YOUTUBE_EMBED_ORIGIN}` as const;

/** Whether an MDX body shows a video, so its page must allow the player (see VIDEO_FRAME_DIRECTIVE). */
export function usesVideo(body: string | undefined): boolean {
  return /<YouTube\b/.test(body ?? "");
}

/**
 * Allows the video player in a page's policy when the page's body shows a video: every page that
 * renders MDX calls it before its body renders (src/data/page-policy.ts, the build's and the preview's).
 */
export function allowVideoIn(
  policy: { insertDirective(directive: typeof VIDEO_FRAME_DIRECTIVE): void },
  body: string | undefined,
): void {
  if (usesVideo(body)) policy.insertDirective(VIDEO_FRAME_DIRECTIVE);
}

/**
 * What is wrong with a video's id and title, worded from the message catalogue. The pre-check reads
 * them from the MDX text (checks.ts), the component from its props: one rule, one wording.
 */
export function youtubeProblems(
  { id, title }: { id: string | undefined; title: string | undefined },
  where: Where,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (id === undefined || !/^[\w-]{11}$/.test(id)) {
    const rule =
      'write the 11 characters after watch?v= in the video\'s address, e.g. <YouTube id="dQw4w9WgXcQ" title="…" />';
    problems.push(
      problem("invalidValue", { field: "YouTube id", value: id, rule }, { ...where, field: "YouTube id" }),
    );
  }
  if (title === undefined || title.trim() === "") {
    const rule = 'say what the video shows, e.g. title="A gentle stretch for the lower back"';
    problems.push(
      problem("invalidValue", { field: "YouTube title", rule }, { ...where, field: "YouTube title" }),
    );
  }
  return problems;
}
