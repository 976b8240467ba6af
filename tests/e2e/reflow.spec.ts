import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./pages";

// WCAG 2.2 1.4.10 Reflow: at 320 CSS pixels (a small phone, or a laptop at 400% zoom) nothing may
// need scrolling sideways to be read.
test.use({ viewport: { width: 320, height: 640 } });

for (const path of [...sitemapPaths(), "/404.html", "/es/404.html"]) {
  test(`${path}: nothing scrolls sideways at 320 CSS px`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wider = [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .filter((element) => !element.closest(".visually-hidden, [hidden]"))
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wider: wider.slice(0, 5) };
    });
    expect(overflow.wider, `${path} is ${overflow.scrollWidth - overflow.width}px too wide`).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
  });
}
