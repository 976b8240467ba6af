export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Posts with fewer sections than this read fine without a table of contents. */
export const TOC_MIN_SECTIONS = 4;

/** The h2 sections to list in a table of contents, or none when the post is short. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= TOC_MIN_SECTIONS ? sections : [];
}
