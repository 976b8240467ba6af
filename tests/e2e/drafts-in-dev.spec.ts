import { expect, test } from "@playwright/test";
import { openInDev } from "./dev-server.ts";

test("a draft shows in the writing preview (npm run dev) with a clear DRAFT banner", async ({ page }) => {
  test.setTimeout(120_000);
  await openInDev(page, "/blog/sciatica-and-massage/", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sciatica and massage: what to know before you book",
    );
    await expect(page.getByRole("status")).toContainText("DRAFT");
  });
  await openInDev(page, "/blog/", async () => {
    await expect(page.getByRole("link", { name: /Sciatica and massage/ })).toBeVisible();
  });
});
