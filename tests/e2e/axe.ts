import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The rules the site is held to: WCAG 2.2 A and AA, as axe tags them. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe on the page as it is now, with the WCAG 2.2 AA rules. Legacy mode runs axe in the page (and
 * in each of its frames) in one pass; the default mode also opens a blank page for every check to
 * put the frames' results together, about 1 s of each check's 2 on a quiet machine, for pages
 * that have no frames to put together (measured 2026-12-06, tests/README.md).
 */
export const axe = (page: Page) => new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
