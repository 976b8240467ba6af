import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import type { LanguagePreview, PreviewData } from "../../components/mdx/preview-data.ts";
import { getAuthorProfiles } from "../../data/people.ts";
import { photoVariants } from "../../data/photos.ts";

/** A date as the editor holds it: "2022-01-30". */
const isoDay = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/** Authors by id, in a language (their role from that language's team words). */
async function authorsIn(language?: string): Promise<PreviewData["authors"]> {
  const authors: PreviewData["authors"] = {};
  try {
    for (const [id, profile] of await getAuthorProfiles(language)) {
      authors[id] = { name: profile.name, role: profile.role, credentials: profile.credentials };
    }
  } catch {
    // An author pointing at a missing team member: the preview shows the author's id.
  }
  return authors;
}

/**
 * The words, addresses and names the editor's preview pane renders a post with (src/admin/preview.tsx),
 * in the default language and in each other one (a translation's preview is in its language). It
 * never stops the editor: with a mistake in the settings or the copy, the parts that need them are
 * left out and the preview shows the rest (the pages show the mistake).
 */
export const GET: APIRoute = async ({ site }) => {
  const data: PreviewData = {
    base: import.meta.env.BASE_URL,
    origin: site?.origin,
    callout: {},
    copy: { values: {} },
    authors: await authorsIn(),
    massageTypes: {},
  };
  const types = await getCollection("massage-types");
  for (const type of types) data.massageTypes[type.id] = type.data.name;
  try {
    const [
      { copyFor, bookTypeLabelIn, localeOf, numberWordsIn },
      { defaultLanguage, otherLanguages, localPath },
      { copyValues },
      { siteBookingUrl },
      { getMassageTypes },
      { getPublishedPosts },
      { getPages },
      { quizBoxWords },
    ] = await Promise.all([
      import("../../data/copy.ts"),
      import("../../data/languages.ts"),
      import("../../data/markup.ts"),
      import("../../lib/booking/booking-url.ts"),
      import("../../data/massage-types.ts"),
      import("../../data/posts.ts"),
      import("../../data/pages.ts"),
      import("../../data/quiz.ts"),
    ]);
    const wordsIn = async (language: string): Promise<LanguagePreview> => {
      const { siteCopy, settings, visitCopy } = copyFor(language);
      const { by, published, updated, readingTime, reviewedBy, reviewedOn, notReviewed, home, articles } =
        siteCopy.post;
      const localTypes = await getMassageTypes(language);
      return {
        prefix: localPath(language, ""),
        locale: localeOf(language),
        callout: siteCopy.callout,
        quizCallout: siteCopy.quizCallout,
        quizBox: quizBoxWords(language),
        video: siteCopy.video,
        post: {
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
          translatedFrom: siteCopy.post.translatedFrom,
          contents: siteCopy.post.contents,
          sources: siteCopy.post.sources,
          reviewBox: siteCopy.post.reviewBox,
          reviewSources: siteCopy.post.reviewSources,
          medicalNote: siteCopy.medicalNote,
        },
        authors: language === defaultLanguage ? data.authors : await authorsIn(language),
        massageTypes: Object.fromEntries(localTypes.map((type) => [type.id, type.data.name])),
        massageType: {
          labels: siteCopy.massageType,
          table: siteCopy.sessionsTable,
          numberWords: numberWordsIn(language),
        },
        pageUpdated: visitCopy.pages.updated,
        // A language may book on its own page (content/es/settings.yaml).
        bookingSite: {
          booking: { url: settings.booking.url, serviceParam: settings.booking.serviceParam },
          siteUrl: settings.siteUrl,
        },
        booking: {
          general: { label: siteCopy.buttons.book, href: siteBookingUrl(settings, "article-button") },
          types: Object.fromEntries(
            localTypes.map((type) => [
              type.id,
              {
                label: bookTypeLabelIn(language, type.data.name),
                href: siteBookingUrl(settings, "article-button", type.data.bookingService),
              },
            ]),
          ),
        },
      };
    };
    const { settings } = copyFor(defaultLanguage);
    data.prices = { show: settings.prices.show, currency: settings.prices.currency };
    // A translated massage type's page shows its original's pressure, sessions, prices and photo.
    // The photo is the page's own resized copy: naming the file itself (its `src`) would publish the
    // camera's original next to the site.
    data.massageTypeOriginals = Object.fromEntries(
      await Promise.all(
        types.map(async (type) => [
          type.id,
          {
            pressure: type.data.pressure,
            sessions: type.data.sessions,
            bookingService: type.data.bookingService,
            photo: type.data.photo
              ? (await photoVariants(type.data.photo, "massageType", false)).webp.src
              : undefined,
            photoAlt: type.data.photoAlt,
          },
        ]),
      ),
    );
    data.pageUpdatedDates = Object.fromEntries(
      (await getPages()).flatMap((page) => {
        const date = isoDay(page.data.updatedDate);
        return date ? [[page.id, date]] : [];
      }),
    );
    // The default language's words at the top level; its prefix is "" (previewDataIn in preview.tsx).
    Object.assign(data, await wordsIn(defaultLanguage), { copy: copyValues(), language: defaultLanguage });
    delete (data as { prefix?: string }).prefix;
    data.languages = Object.fromEntries(
      await Promise.all(otherLanguages.map(async (language) => [language, await wordsIn(language)] as const)),
    );
    data.originals = Object.fromEntries(
      (await getPublishedPosts()).map((post) => [
        post.id,
        {
          title: post.data.title,
          pubDate: isoDay(post.data.pubDate) ?? "",
          updatedDate: isoDay(post.data.updatedDate),
          author: post.data.author.id,
          reviewedBy: post.data.reviewedBy?.id,
          reviewedDate: isoDay(post.data.reviewedDate),
          sources: post.data.sources,
          review: post.data.review,
        },
      ]),
    );
  } catch {
    // A mistake in content/settings.yaml or content/copy/: shown on the pages, not here.
  }
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } });
};
