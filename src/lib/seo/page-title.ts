/** About what a search result shows of a title before it cuts it off. */
export const TITLE_ROOM = 60;

/**
 * A page's <title>: its own title and the practice's name, where there is room for both; a title
 * that already names the practice (the home page's) or is long on its own goes alone, so a search
 * result shows the words that tell the pages apart rather than a cut-off name.
 */
export function pageTitle(title: string, practice: string): string {
  if (title.includes(practice)) return title;
  const withPractice = `${title} | ${practice}`;
  return withPractice.length <= TITLE_ROOM ? withPractice : title;
}
