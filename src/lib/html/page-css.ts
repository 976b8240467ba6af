// The stylesheets a built page uses, in order, for the editor's preview pane (/admin/preview.css):
// Astro links the larger ones and inlines the smaller ones in <style>.

export type PageStyle = { kind: "link"; href: string } | { kind: "inline"; css: string };

/** Every `<link rel="stylesheet">` and `<style>` of a page, in document order. */
export function pageStyles(html: string): PageStyle[] {
  const styles: PageStyle[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>|<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const tag = match[0];
    if (tag.startsWith("<style") || tag.startsWith("<STYLE")) {
      styles.push({ kind: "inline", css: match[1] ?? "" });
      continue;
    }
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (value) styles.push({ kind: "link", href: value.replace(/&amp;/g, "&") });
  }
  return styles;
}

/**
 * One stylesheet from several pages' styles: each distinct sheet once, in the order first seen.
 * `read` gives a linked sheet's text (undefined when it cannot be read: left out).
 */
export async function combinedCss(
  pages: readonly string[],
  read: (href: string) => Promise<string | undefined>,
): Promise<string> {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const html of pages) {
    for (const style of pageStyles(html)) {
      const key = style.kind === "link" ? `link:${style.href}` : `inline:${style.css}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const css = style.kind === "link" ? await read(style.href) : style.css;
      if (css !== undefined && css.trim() !== "") parts.push(css);
    }
  }
  return parts.join("\n");
}
