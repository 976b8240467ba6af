import { expect, test } from "@playwright/test";
import { sitemapPaths, untilDrawn } from "./pages";

// Every form field a visitor can type into or choose with has a label they can see (WCAG 2.2
// 3.3.2), not only a placeholder, which disappears as soon as they type.
for (const path of sitemapPaths()) {
  test(`${path}: every form field has a visible label`, async ({ page }) => {
    await page.goto(path);
    // Islands and the search box draw their fields after hydration.
    await untilDrawn(page);
    const unlabelled = await page.evaluate(() => {
      const visible = (element: Element | null) =>
        !!element && (element as HTMLElement).offsetParent !== null && element.textContent!.trim() !== "";
      const fields = [...document.querySelectorAll<HTMLInputElement>("input, select, textarea")].filter(
        (field) => field.type !== "hidden" && field.getClientRects().length > 0,
      );
      return fields
        .filter((field) => {
          const labelledBy = (field.getAttribute("aria-labelledby") ?? "")
            .split(/\s+/)
            .map((id) => document.getElementById(id));
          return ![...(field.labels ?? []), ...labelledBy].some(visible);
        })
        .map((field) => field.outerHTML.slice(0, 120));
    });
    expect(unlabelled).toEqual([]);
  });
}
