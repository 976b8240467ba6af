// Astro writes this rule into <body> before the first island; a <style> in <body> is invalid HTML,
// so every page moves it into <head>, where it applies just the same (src/middleware.ts).
const ISLAND_STYLE = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";

export function moveIslandStyleToHead(html: string): string {
  if (!html.includes(ISLAND_STYLE)) return html;
  const withoutStyle = html.split(ISLAND_STYLE).join("");
  return withoutStyle.replace("</head>", `${ISLAND_STYLE}</head>`);
}
