import { expect, test } from "@playwright/test";
import { DEV_PORT } from "./servers";

const DEV = `http://127.0.0.1:${DEV_PORT}`;

test("a draft shows in the writing preview (npm run dev) with a clear DRAFT banner", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${DEV}/blog/sciatica-and-massage/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Sciatica and massage: what to know before you book",
  );
  await expect(page.getByRole("status")).toContainText("DRAFT");
  await page.goto(`${DEV}/blog/`);
  await expect(page.getByRole("link", { name: /Sciatica and massage/ })).toBeVisible();
});
