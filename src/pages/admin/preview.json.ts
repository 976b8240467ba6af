import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import type { PreviewData } from "../../components/mdx/preview-data";
import { getAuthorProfiles } from "../../data/people";

/**
 * The words, addresses and names the editor's preview pane renders a post with (src/admin/preview.tsx).
 * It never stops the editor: with a mistake in the settings or the copy, the parts that need them
 * are left out and the preview shows the rest (the pages show the mistake).
 */
export const GET: APIRoute = async ({ site }) => {
  const data: PreviewData = {
    base: import.meta.env.BASE_URL,
    origin: site?.origin,
    callout: {},
    copy: { values: {} },
    authors: {},
    massageTypes: {},
  };
  const types = await getCollection("massage-types");
  for (const type of types) data.massageTypes[type.id] = type.data.name;
  try {
    for (const [id, profile] of await getAuthorProfiles()) {
      data.authors[id] = { name: profile.name, role: profile.role, credentials: profile.credentials };
    }
  } catch {
    // An author pointing at a missing team member: the preview shows the author's id.
  }
  try {
    const [{ siteCopy, bookTypeLabel, localeOf }, { settings }, { copyValues }, { siteBookingUrl }] =
      await Promise.all([
        import("../../data/copy"),
        import("../../data/settings"),
        import("../../data/markup"),
        import("../../lib/booking/booking-url"),
      ]);
    data.callout = siteCopy.callout;
    data.locale = localeOf(settings.defaultLanguage);
    data.quizCallout = siteCopy.quizCallout;
    data.copy = copyValues();
    const { by, published, updated, readingTime, reviewedBy, reviewedOn, notReviewed, home, articles } =
      siteCopy.post;
    data.post = {
      by,
      published,
      updated,
      readingTime,
      reviewedBy,
      reviewedOn,
      notReviewed,
      home,
      articles,
      breadcrumb: siteCopy.regions.breadcrumb,
    };
    data.booking = {
      general: { label: siteCopy.buttons.book, href: siteBookingUrl(settings, "article-button") },
      types: Object.fromEntries(
        types.map((type) => [
          type.id,
          {
            label: bookTypeLabel(type.data.name),
            href: siteBookingUrl(settings, "article-button", type.data.bookingService),
          },
        ]),
      ),
    };
  } catch {
    // A mistake in content/settings.yaml or content/copy/: shown on the pages, not here.
  }
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } });
};
