import { MEDIA_LIBRARY_FOLDER, type EditorContent } from "./config.ts";
import type { FieldOptions } from "./fields.ts";
import { NEEDED_TO_PUBLISH } from "../content/schemas.ts";

/** A dropdown of the site's posts, by title, writing the post's file name. */
const POST_CHOICE = {
  collection: "posts",
  value_field: "{{slug}}",
  search_fields: ["title"],
  display_fields: ["title"],
};

/**
 * What the editor's forms say that a schema cannot: labels, hints, widgets and dropdown values.
 * The content model (src/lib/content/model.ts) names which options each collection uses.
 */

/** Where a post's uploaded images go: its own folder next to it, named after the post. */
export const POST_IMAGE_FOLDER = "content/posts/images/{{slug}}";

/** Photos in the copy files sit in content/copy/images/ and are named relative to the file. */
export const copyPhoto: FieldOptions = {
  fields: {
    src: {
      label: "Photo",
      widget: "image",
      extra: { media_folder: "/content/copy/images", public_folder: "./images", choose_url: false },
    },
    alt: { label: "Photo description (alt text)" },
  },
};

/**
 * The author and reviewer dropdowns. A therapist's author file holds no name (it points at the
 * team), so a relation to the authors showed an empty row for them: the names come with the
 * content instead, each resolved as the pages resolve it. Without them (a test's configuration),
 * the relation by name.
 */
const authorChoice = (content: EditorContent): Pick<FieldOptions, "widget" | "extra"> =>
  content.authors
    ? { widget: "select", extra: { options: content.authors.map((author) => ({ ...author })) } }
    : {
        extra: {
          collection: "authors",
          value_field: "{{slug}}",
          search_fields: ["name"],
          display_fields: ["name"],
        },
      };

/**
 * A field the schema needs only once the post is published (NEEDED_TO_PUBLISH): optional for the
 * editor, so a draft saves without it, and marked "Needed to publish" beside its label
 * (src/admin/editor.ts) instead of Decap's "(optional)".
 */
function neededToPublish(name: string, options: FieldOptions): FieldOptions {
  if (!(NEEDED_TO_PUBLISH as readonly string[]).includes(name)) return options;
  return { ...options, extra: { ...options.extra, needed_to_publish: true } };
}

export function postFieldOptions(content: EditorContent): Record<string, FieldOptions> {
  return {
    title: { label: "Title" },
    description: { label: "Description (search snippet)", widget: "text" },
    pubDate: { label: "Publication date" },
    updatedDate: { label: "Updated on", hint: "Leave empty unless the post changed materially." },
    author: { label: "Author", ...authorChoice(content) },
    reviewedBy: neededToPublish("reviewedBy", {
      label: "Reviewed by",
      hint: "Every article needs a reviewer and a review date before it is published (a draft may wait); set both together.",
      ...authorChoice(content),
    }),
    reviewedDate: neededToPublish("reviewedDate", {
      label: "Reviewed on",
      hint: 'Set together with "Reviewed by".',
    }),
    tags: {
      label: "Tags",
      // The site's own (src/admin/field-widgets.ts): the tags in use to choose from, and a new one
      // typed in, held to the build's tag rule as it is added.
      widget: "site-tags",
      hint: 'Choose a tag in use or type a new one (lowercase words joined by dashes, e.g. "lower-back"), then press Enter.',
      extra: { options: [...content.tags] },
    },
    heroImage: {
      label: "Hero image",
      widget: "image",
      hint: "Optional. Needs a hero image description below.",
      extra: { media_folder: `/${POST_IMAGE_FOLDER}`, public_folder: "./images/{{slug}}", choose_url: false },
    },
    heroAlt: { label: "Hero image description (alt text)", hint: "Required when there is a hero image." },
    draft: { label: "Draft (not published)" },
    related: {
      label: "Related posts",
      widget: "relation",
      hint: "Up to 3 posts shown at the end; leave empty to choose by shared tags.",
      extra: {
        collection: "posts",
        value_field: "{{slug}}",
        search_fields: ["title"],
        display_fields: ["title"],
        multiple: true,
      },
    },
    sources: {
      label: "Sources",
      fields: {
        title: { label: "Title" },
        publisher: { label: "Publisher (journal, organisation)" },
        year: { label: "Year" },
        url: { label: "Address (https://…)" },
      },
    },
  };
}

export const massageTypeOptions: Record<string, FieldOptions> = {
  name: { label: "Name" },
  summary: { label: "Summary (search snippet)", widget: "text" },
  pressure: { label: "Pressure", fields: { from: { label: "From" }, to: { label: "To" } } },
  bestFor: { label: "Best for" },
  askDoctorFirst: { label: "Ask a doctor first if" },
  sessions: { label: "Sessions: length, price and booking id" },
  bookingService: { label: "Booking page service id" },
  order: { label: "Order in lists (lowest first)" },
  photo: {
    label: "Photo",
    widget: "image",
    extra: { media_folder: "/content/massage-types/images", public_folder: "./images", choose_url: false },
  },
  photoAlt: { label: "Photo description (alt text)" },
};

export const authorOptions: Record<string, FieldOptions> = {
  teamMember: {
    label: "Team member (a therapist: name, credentials and photo come from the team)",
    extra: { collection: "team", value_field: "{{slug}}", search_fields: ["name"], display_fields: ["name"] },
  },
  name: { label: "Name" },
  role: { label: "Role" },
  credentials: { label: "Credentials" },
  bio: { label: "Short bio", widget: "text" },
  photo: {
    label: "Photo",
    widget: "image",
    extra: { media_folder: "/content/authors/images", public_folder: "./images", choose_url: false },
  },
  photoAlt: { label: "Photo description (alt text)" },
  group: { label: "A group of people, not one person (for example the clinical team)" },
};

export const settingsOptions: Record<string, FieldOptions> = {
  businessName: { label: "Practice name" },
  tagline: { label: "Tagline" },
  description: { label: "Home page description (search snippet)", widget: "text" },
  siteUrl: { label: "Site address" },
  booking: {
    label: "Booking page",
    fields: {
      url: {
        label: "Booking page address",
        hint: "Put {service} where the service id goes, or leave it out to add ?service=…",
      },
      serviceParam: {
        label: "Service parameter name",
        hint: "Turn off when the booking page takes no service id (the link then opens its services list).",
        extra: { switch_label: "Add the massage type's service id to the booking address" },
      },
    },
  },
  hours: {
    label: "Opening hours",
    fields: {
      weekly: {
        label: "Weekly hours",
        hint: "Each day: closed, one time range, or two ranges with a break.",
      },
      exceptions: {
        label: "Holidays and other changes",
        hint: "A closure or special hours on a date or from one date to another; these replace the weekly hours.",
      },
      announceDays: { label: "Announce a change this many days ahead" },
      clock: { label: "Clock (12h: 9:00 am, 24h: 09:00)" },
    },
  },
  phone: { label: "Phone" },
  email: { label: "Email" },
  address: {
    label: "Address",
    fields: {
      street: { label: "Street" },
      city: { label: "City" },
      region: { label: "State or region" },
      postalCode: { label: "Postal code" },
      country: { label: "Country (two letters)" },
    },
  },
  brand: {
    label: "Brand colours and logo",
    fields: {
      accent: { label: "Accent colour", widget: "brand-colour" },
      onAccent: { label: "Text colour on the accent", widget: "brand-colour" },
      logo: {
        label: "Logo",
        widget: "image",
        hint: "Upload the logo here (an .svg, .png, .jpg, .webp or .avif file), or paste the path the media library's Copy Path gives.",
        // Uploads go to the media library's own folder (./images/logo.svg beside the settings file is
        // content/images/logo.svg), so "Insert from URL" with the path the library's Copy Path gives
        // (content/images/logo.svg) names the same file, and its thumbnail shows: the editor looks
        // for a field's picture in the field's folder, by file name.
        extra: { media_folder: `/${MEDIA_LIBRARY_FOLDER}`, public_folder: "./images", choose_url: true },
      },
    },
  },
  emergencyNumber: {
    label: "Emergency number",
    hint: "The local emergency number the quiz shows, e.g. 911.",
  },
  social: {
    label: "Social links",
    fields: { name: { label: "Network" }, url: { label: "Address (https://…)" } },
  },
};

export const teamOptions: Record<string, FieldOptions> = {
  photo: {
    label: "Photo",
    widget: "image",
    extra: { media_folder: "/content/team/images", public_folder: "./images", choose_url: false },
  },
  photoAlt: { label: "Photo description (alt text)" },
};

export const testimonialOptions: Record<string, FieldOptions> = {
  quote: { label: "The client's words", widget: "text" },
  name: { label: 'Name the client agreed to ("Maria G." or "a client")' },
  date: { label: "Date" },
  massageType: {
    label: "Massage type (the words show on its page too)",
    widget: "relation",
    extra: {
      collection: "massage-types",
      value_field: "{{slug}}",
      search_fields: ["name"],
      display_fields: ["name"],
    },
  },
  consent: {
    label: "The client agreed to have these words and this name shown on the website",
    hint: "Required: without the client's permission the site cannot publish the testimonial.",
  },
};

/** The "Addresses that moved" form (content/redirects.yaml, its rules in content/redirects.ts). */
export const redirectOptions: Record<string, FieldOptions> = {
  redirects: {
    label: "Moved and removed addresses",
    hint: "One entry per old address. Renaming or deleting a post, massage type, team member or policy page needs one here first.",
    // The list's button reads "Add old address"; each entry is summed up by its two addresses.
    extra: { label_singular: "old address", summary: "{{fields.from}} → {{fields.to}}" },
    fields: {
      from: { label: "Old address", hint: "As after the site's name, e.g. /blog/old-post-name/." },
      to: {
        label: "New address",
        hint: "The page that replaces it, e.g. /blog/new-post-name/. Leave empty when the page is gone.",
      },
      gone: { label: "Gone for good (no page replaces it)" },
      reason: { label: "Why (a note for the team, not shown)", hint: "Required when the page is gone." },
    },
  },
};

/** The home page's cards link to an article or a massage type, chosen by title or name (the file keeps the file's name). */
export const homeCardOptions: FieldOptions = {
  fields: {
    cards: {
      fields: {
        post: {
          label: "Article it links to",
          widget: "relation",
          extra: POST_CHOICE,
        },
        massageType: {
          label: "Massage type it links to",
          widget: "relation",
          extra: {
            collection: "massage-types",
            value_field: "{{slug}}",
            search_fields: ["name"],
            display_fields: ["name"],
          },
        },
      },
    },
  },
};

/** When a translation was last brought in line with its original. */
const translatedDateOption: FieldOptions = {
  label: "Translated on",
  hint: "The day the words were last checked against the original; the build lists translations older than it.",
};

/** A post in another language: its words, and which post it translates. */
export const postTranslationOptions: Record<string, FieldOptions> = {
  title: { label: "Title" },
  description: { label: "Description (search snippet)", widget: "text" },
  translationOf: {
    label: "Translation of (the original post)",
    widget: "relation",
    extra: POST_CHOICE,
  },
  translatedDate: translatedDateOption,
  draft: { label: "Draft (not published)" },
  heroAlt: {
    label: "Hero image description (alt text)",
    hint: "Required when the original has a hero image.",
  },
  review: { label: "Reviewer's box", fields: { summary: { label: "Summary paragraphs" } } },
};

/**
 * A translation's "Translation of": the entry of `collection` it translates, picked by `label`.
 * A new translation's file is named after it (model.ts: the collection's slug).
 */
const originalChoice = (collection: string, label: string, field: string): FieldOptions => ({
  label: `Translation of (the original ${label})`,
  hint: "Pick it first: the new file takes its name. One translation per language.",
  widget: "relation",
  // Optional in the file (its name says it), needed in the form, which names the file from it.
  needed: true,
  extra: { collection, value_field: "{{slug}}", search_fields: [field], display_fields: [field] },
});

/** A massage type in another language: its words; prices, lengths and booking ids are the original's. */
export const massageTypeTranslationOptions: Record<string, FieldOptions> = {
  translationOf: originalChoice("massage-types", "massage type", "name"),
  name: { label: "Name" },
  summary: { label: "Summary (search snippet)", widget: "text" },
  bestFor: { label: "Best for" },
  askDoctorFirst: { label: "Ask a doctor first if" },
  sessionNotes: {
    label: "Notes on a session length",
    fields: { minutes: { label: "Length in minutes" }, note: { label: "Note" } },
  },
  translatedDate: translatedDateOption,
};

/** A policy page in another language. */
export const pageTranslationOptions: Record<string, FieldOptions> = {
  translationOf: originalChoice("pages", "page", "title"),
  title: { label: "Title" },
  description: { label: "Description (search snippet)", widget: "text" },
  example: { label: "Still the example text" },
  updatedDate: { label: "Last updated" },
  translatedDate: translatedDateOption,
};

/** A therapist's words in another language. */
export const teamTranslationOptions: Record<string, FieldOptions> = {
  translationOf: originalChoice("team", "therapist", "name"),
  role: { label: "Role" },
  licence: { label: "Licence", fields: { type: { label: "Licence type" } } },
  specialties: { label: "Specialties" },
  languages: { label: "Languages spoken" },
  bio: { label: "Short bio", widget: "text" },
};

/** An author's words in another language; the original picked by name, as a post's author is. */
export const authorTranslationOptions = (content: EditorContent): Record<string, FieldOptions> => ({
  translationOf: { ...originalChoice("authors", "author", "name"), ...authorChoice(content) },
  name: { label: "Name (only when it is not a person's name)" },
  role: { label: "Role" },
  bio: { label: "Short bio", widget: "text" },
});
