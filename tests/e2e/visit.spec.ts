import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { summarizeWeek } from "../../src/lib/site/hours.ts";
import { parseSettings } from "../../src/lib/site/settings.ts";

const settings = parseSettings(readFileSync("content/settings.yaml", "utf8"));

/** Follows a link in the header or footer from the home page, as a visitor would. */
async function followSiteLink(page: Page, name: RegExp): Promise<void> {
  await page.goto("/");
  const link = page.locator("header, footer").getByRole("link", { name }).first();
  await expect(link).toBeVisible();
  await link.click();
}

const REACHABLE: Array<[RegExp, string, RegExp]> = [
  [/^Visit us/, "/visit/", /^Visit us$/],
  [/^Prices$/, "/prices/", /^Prices$/],
  [/^Our team$/, "/team/", /^Our team$/],
  [/^Cancellation and late arrival$/, "/cancellation-policy/", /^Cancellation and late arrival$/],
  [/^Your first visit$/, "/first-visit/", /^Your first visit$/],
  [/^Privacy$/, "/privacy/", /^Privacy$/],
];

for (const [link, path, heading] of REACHABLE) {
  test(`${path} is reachable from the header or footer`, async ({ page }) => {
    await followSiteLink(page, link);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  });
}

test("the visit page gives the address, a directions link, phone, email, hours and access facts", async ({
  page,
}) => {
  await page.goto("/visit/");
  const main = page.getByRole("main");
  await expect(main.locator("address")).toContainText(settings.address.city);
  const directions = main.getByTestId("directions-link");
  await expect(directions).toHaveAttribute(
    "href",
    /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/,
  );
  await expect(main.getByRole("link", { name: /555/ })).toHaveAttribute("href", "tel:+15550100");
  await expect(main.getByRole("link", { name: settings.email! })).toHaveAttribute(
    "href",
    `mailto:${settings.email}`,
  );
  // No embedded map: nothing on the page loads from another site.
  await expect(page.locator("iframe")).toHaveCount(0);
  const hours = main.getByRole("table", { name: "Opening hours by weekday" });
  await expect(hours.getByRole("row", { name: /Monday/ })).toContainText("9:00 am–12:30 pm, 1:30 pm–6:00 pm");
  await expect(hours.getByRole("row", { name: /Sunday/ })).toContainText("Closed");
  await expect(main.getByTestId("hours-changes")).toContainText(
    "Christmas: closed Thu, Dec 24 – Sat, Dec 26.",
  );
  for (const fact of [...settings.visit.accessibility, ...settings.visit.payment, settings.visit.parking!]) {
    await expect(main).toContainText(fact);
  }
  await expect(main.getByRole("heading", { name: "Languages spoken" })).toBeVisible();
});

test("the footer, the visit page and the structured data show the same hours", async ({ page }) => {
  await page.goto("/visit/");
  const footer = page.getByTestId("footer-hours");
  const groups = summarizeWeek(settings.hours);
  await expect(footer.locator("dt")).toHaveText(groups.map((group) => group.days));
  await expect(footer.locator("dd")).toHaveText(groups.map((group) => group.hours));
  const business = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .find((data) => data["@type"] === "HealthAndBeautyBusiness") as {
    openingHoursSpecification: Array<{ dayOfWeek?: string[]; opens: string; closes: string }>;
  };
  expect(business.openingHoursSpecification).toContainEqual({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: ["https://schema.org/Thursday"],
    opens: "11:00",
    closes: "19:00",
  });
  await expect(page.getByRole("row", { name: /Thursday/ })).toContainText("11:00 am–7:00 pm");
  await page.goto("/");
  await expect(page.getByTestId("footer-hours").locator("dd")).toHaveText(groups.map((group) => group.hours));
});

test("the prices page lists every type and length with a booking button per length", async ({ page }) => {
  await page.goto("/prices/");
  const table = page.getByTestId("sessions-deep-tissue");
  await expect(table.getByRole("row", { name: /60 minutes/ })).toContainText("$105");
  const book90 = table.getByRole("link", { name: "Book 90 minutes (Deep tissue massage)" });
  const url = new URL((await book90.getAttribute("href")) ?? "");
  expect(url.searchParams.get("service")).toBe("deep-tissue-90");
  expect(url.searchParams.get("utm_campaign")).toBe("prices");
  expect(url.searchParams.get("utm_content")).toBe("deep-tissue-90");
  expect(await page.locator('table[data-testid^="sessions-"]').count()).toBeGreaterThanOrEqual(9);
});

test("a massage type's page offers one booking button per length", async ({ page }) => {
  await page.goto("/massage/swedish/");
  const buttons = page
    .getByRole("main")
    .getByRole("link", { name: /^Book \d+ minutes \(Swedish massage\)$/ });
  await expect(buttons).toHaveCount(3);
  const services = await Promise.all(
    (await buttons.all()).map(async (link) =>
      new URL((await link.getAttribute("href")) ?? "").searchParams.get("service"),
    ),
  );
  expect(services).toEqual(["swedish-30", "swedish-60", "swedish-90"]);
});

test("a therapist's page shows the licence and the author page links to the same person", async ({
  page,
}) => {
  await page.goto("/team/");
  await page.getByRole("link", { name: /Jordan Reyes/ }).click();
  await expect(page.getByTestId("licence")).toHaveText("Licensed Massage Therapist, number EXAMPLE-00000");
  await expect(page.getByRole("main")).toContainText("Oregon Board of Massage Therapists");
  await page.getByRole("link", { name: "Articles written or reviewed by Jordan Reyes" }).click();
  await expect(page).toHaveURL(/\/authors\/jordan-reyes\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jordan Reyes");
  // A therapist who reviews the articles (and wrote none) finds them listed, not "No published articles".
  await expect(page.getByRole("heading", { name: "Articles reviewed by Jordan Reyes" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "6 Reasons You Should Get a Massage for Back Pain" }),
  ).toBeVisible();
  await expect(page.getByText("No published articles yet.")).toHaveCount(0);
  await page.getByRole("link", { name: /license, specialties and languages/ }).click();
  await expect(page).toHaveURL(/\/team\/jordan-reyes\/$/);
});

test("the privacy page links the booking platform's policy and the site sets no cookie", async ({
  page,
  context,
}) => {
  await page.goto("/privacy/");
  await expect(page.getByTestId("booking-privacy-link")).toHaveAttribute(
    "href",
    settings.booking.privacyPolicyUrl!,
  );
  for (const path of ["/", "/visit/", "/prices/", "/quiz/"]) await page.goto(path);
  expect(await context.cookies()).toEqual([]);
});
