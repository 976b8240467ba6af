import type { z } from "astro/zod";
import { editorFields, type EditorField, type FieldOptions } from "./fields";
import { SLUG_SETTINGS } from "./entry-slug";
import { EDITOR_LOCALE } from "./locale";

/**
 * The browser editor's whole configuration (Decap CMS), built from the zod schemas the build
 * uses. Labels and widgets are chosen here; required-ness, lengths, patterns and allowed values
 * come from the schemas, so a field added to a schema appears in the editor without a change here.
 */

export interface EditorSchemas {
  posts: z.ZodType;
  massageTypes: z.ZodType;
  authors: z.ZodType;
  team: z.ZodType;
  pages: z.ZodType;
  testimonials: z.ZodType;
  settings: z.ZodType;
  /** The site's words: content/copy/<name>.yaml by name, and the FAQ. */
  siteCopy: z.ZodType;
  homeCopy: z.ZodType;
  listingsCopy: z.ZodType;
  visitCopy: z.ZodType;
  faq: z.ZodType;
}

/** The files of the "Site words" collection: editor name, label, file and schema key. */
const WORD_FILES = [
  {
    name: "site",
    label: "Every page: menus, footer, buttons",
    file: "content/copy/site.yaml",
    key: "siteCopy",
  },
  { name: "home", label: "Home page", file: "content/copy/home.yaml", key: "homeCopy" },
  {
    name: "listings",
    label: "List pages, quiz and search pages",
    file: "content/copy/listings.yaml",
    key: "listingsCopy",
  },
  { name: "visit", label: "Visit, prices and team pages", file: "content/copy/visit.yaml", key: "visitCopy" },
  { name: "faq", label: "Questions and answers", file: "content/faq.yaml", key: "faq" },
] as const;

/** Photos in the copy files sit in content/copy/images/ and are named relative to the file. */
const copyPhoto: FieldOptions = {
  fields: {
    src: {
      label: "Photo",
      widget: "image",
      extra: { media_folder: "/content/copy/images", public_folder: "./images", choose_url: false },
    },
    alt: { label: "Photo description (alt text)" },
  },
};

const wordFileOptions: Partial<Record<(typeof WORD_FILES)[number]["key"], Record<string, FieldOptions>>> = {
  homeCopy: {
    heroPhoto: { label: "Photo beside the introduction (optional)", ...copyPhoto },
    // Each card links to an article or a massage type, chosen by title or name (the file's name is
    // what the file keeps).
    helpsWith: {
      fields: {
        cards: {
          fields: {
            post: {
              label: "Article it links to",
              widget: "relation",
              extra: {
                collection: "posts",
                value_field: "{{slug}}",
                search_fields: ["title"],
                display_fields: ["title"],
              },
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
    },
  },
  visitCopy: {
    gallery: {
      label: "Photos of the practice (optional)",
      fields: { photos: { label: "Photos", ...copyPhoto } },
    },
  },
};

export interface EditorContent {
  /** Authors and reviewers by name (a therapist's name comes from the team), for their dropdowns. */
  authors?: ReadonlyArray<{ value: string; label: string }>;
  /** Tags used by at least one post, for the tag dropdown. */
  tags: readonly string[];
  /** Massage type ids (file names), for BookingButton's service. */
  massageTypes: readonly string[];
  /** The same, each with its name, for the booking button's dropdown. */
  massageTypeChoices?: ReadonlyArray<{ value: string; label: string }>;
  /** Callout kinds the Callout component accepts. */
  calloutKinds: readonly string[];
}

export interface EditorBackend {
  /** "owner/name" of the GitHub repository; editors sign in with GitHub. */
  repo?: string;
  branch?: string;
  /** The OAuth endpoint that hands the editor a GitHub token (see docs/CONTENT.md). */
  authBaseUrl?: string;
  /** The GitHub access the sign-in asks for (backend.ts, githubScopeFromEnv); `repo` when unset. */
  authScope?: "repo" | "public_repo";
  /** The published site, for "View live" and deploy-preview links. */
  siteUrl: string;
  /** Local mode: the local proxy's API address (only for `astro dev` on this computer). */
  localProxyUrl?: string;
}

/** Where a post's uploaded images go: its own folder next to it, named after the post. */
export const POST_IMAGE_FOLDER = "content/posts/images/{{slug}}";

/** Body editor: the site's MDX components as editable blocks (registered in public/admin/cms.js). */
export const EDITOR_COMPONENTS = [
  "callout",
  "booking-button",
  "quiz-callout",
  "quiz",
  "figure",
  "youtube",
] as const;

const body: EditorField = {
  name: "body",
  label: "Text",
  widget: "markdown",
  modes: ["rich_text", "raw"],
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "quote",
    "bulleted-list",
    "numbered-list",
  ],
  editor_components: [...EDITOR_COMPONENTS],
  hint: "Use the + menu for a callout, a booking button, the quiz box or an image with alt text.",
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

export function postFieldOptions(content: EditorContent): Record<string, FieldOptions> {
  return {
    title: { label: "Title" },
    description: { label: "Description (search snippet)", widget: "text" },
    pubDate: { label: "Publication date" },
    updatedDate: { label: "Updated on", hint: "Leave empty unless the post changed materially." },
    author: { label: "Author", ...authorChoice(content) },
    reviewedBy: {
      label: "Reviewed by",
      hint: "Every article needs a reviewer and a review date before it is published (a draft may wait); set both together.",
      ...authorChoice(content),
    },
    reviewedDate: { label: "Reviewed on", hint: 'Set together with "Reviewed by".' },
    tags: {
      label: "Tags",
      // The site's own (src/admin/field-widgets.ts): the tags in use to choose from, and a new one
      // typed in, held to the build's tag rule as it is added.
      widget: "site-tags",
      hint: 'Choose a tag in use or type a new one (lowercase words joined by dashes, e.g. "lower-back"), then press Enter.',
      extra: { options: [...content.tags], min: 1 },
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

const massageTypeOptions: Record<string, FieldOptions> = {
  name: { label: "Name" },
  summary: { label: "Summary (search snippet)", widget: "text" },
  pressure: { label: "Pressure", fields: { from: { label: "From" }, to: { label: "To" } } },
  bestFor: { label: "Best for" },
  askDoctorFirst: { label: "Ask a doctor first if" },
  sessions: { label: "Sessions: length, price and booking id" },
  bookingService: { label: "Booking page service id" },
  order: { label: "Order in lists (lowest first)" },
  photo: {
    label: "Photo (optional)",
    widget: "image",
    extra: { media_folder: "/content/massage-types/images", public_folder: "./images", choose_url: false },
  },
  photoAlt: { label: "Photo description (alt text)" },
};

const authorOptions: Record<string, FieldOptions> = {
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
};

const settingsOptions: Record<string, FieldOptions> = {
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
        // Uploads go next to the settings file (./brand/logo.svg, as the schema's example reads);
        // "Insert from URL" takes a path copied from the media library (content/images/logo.svg).
        extra: { media_folder: "/content/brand", public_folder: "./brand", choose_url: true },
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

/**
 * The part of the editor's configuration that comes from the build's environment (repository,
 * branch, sign-in endpoint, published address, local mode); everything else comes from the schemas.
 * The sign-in test writes this part for its stand-in GitHub into an otherwise built configuration.
 */
export function editorBackendSettings(backend: EditorBackend): Record<string, unknown> {
  return {
    backend: {
      name: "github",
      repo: backend.repo ?? "OWNER/REPOSITORY",
      branch: backend.branch ?? "main",
      ...(backend.authBaseUrl ? { base_url: backend.authBaseUrl } : {}),
      auth_scope: backend.authScope ?? "repo",
      squash_merges: true,
      commit_messages: {
        create: "Content: new {{collection}} “{{slug}}”",
        update: "Content: edit {{collection}} “{{slug}}”",
        delete: "Content: delete {{collection}} “{{slug}}”",
        uploadMedia: "Content: upload “{{path}}”",
        deleteMedia: "Content: delete “{{path}}”",
      },
    },
    // Local mode (a developer's computer, the tests) saves straight into the working tree. Online,
    // drafts are pull requests: the host builds a deploy preview and the content checks annotate it.
    ...(backend.localProxyUrl
      ? { local_backend: { url: backend.localProxyUrl } }
      : { publish_mode: "editorial_workflow" }),
    site_url: backend.siteUrl,
    display_url: backend.siteUrl,
  };
}

export interface BuildEditorConfigOptions {
  /** Options for fields added by later work; unknown names fail, like the built-in ones. */
  extraOptions?: Partial<Record<keyof EditorSchemas, Record<string, FieldOptions>>>;
}

export function buildEditorConfig(
  schemas: EditorSchemas,
  content: EditorContent,
  backend: EditorBackend,
  { extraOptions = {} }: BuildEditorConfigOptions = {},
): Record<string, unknown> {
  const fields = (key: keyof EditorSchemas, options: Record<string, FieldOptions>) =>
    editorFields(schemas[key], { ...options, ...extraOptions[key] });
  const postFields = fields("posts", postFieldOptions(content));
  return {
    load_config_file: false,
    // English, with the site's notices in place of a few of Decap's (src/admin/editor.ts).
    locale: EDITOR_LOCALE,
    ...editorBackendSettings(backend),
    media_folder: "content/images",
    public_folder: "images",
    slug: SLUG_SETTINGS,
    collections: [
      {
        name: "posts",
        label: "Posts",
        label_singular: "Post",
        folder: "content/posts",
        extension: "mdx",
        format: "frontmatter",
        create: true,
        slug: "{{slug}}",
        identifier_field: "title",
        // A draft is marked in the list, so it is not mistaken for a published post.
        summary: "{{draft | ternary('Draft: ', '')}}{{title}} ({{pubDate}})",
        preview_path: "blog/{{slug}}/",
        media_folder: `/${POST_IMAGE_FOLDER}`,
        public_folder: "posts/images/{{slug}}",
        sortable_fields: ["pubDate", "title"],
        fields: [...postFields, body],
      },
      {
        name: "massage-types",
        label: "Massage types",
        label_singular: "Massage type",
        folder: "content/massage-types",
        extension: "mdx",
        format: "frontmatter",
        create: true,
        slug: "{{slug}}",
        identifier_field: "name",
        preview_path: "massage/{{slug}}/",
        media_folder: "/content/massage-types/images/{{slug}}",
        public_folder: "massage-types/images/{{slug}}",
        fields: [...fields("massageTypes", massageTypeOptions), body],
      },
      {
        name: "authors",
        label: "Authors",
        label_singular: "Author",
        folder: "content/authors",
        extension: "yaml",
        format: "yaml",
        create: true,
        slug: "{{slug}}",
        identifier_field: "name",
        preview_path: "authors/{{slug}}/",
        fields: fields("authors", authorOptions),
      },
      {
        name: "team",
        label: "Team",
        label_singular: "Therapist",
        folder: "content/team",
        extension: "yaml",
        format: "yaml",
        create: true,
        slug: "{{slug}}",
        identifier_field: "name",
        preview_path: "team/{{slug}}/",
        fields: fields("team", {
          photo: {
            label: "Photo",
            widget: "image",
            extra: { media_folder: "/content/team/images", public_folder: "./images", choose_url: false },
          },
          photoAlt: { label: "Photo description (alt text)" },
        }),
      },
      {
        name: "testimonials",
        label: "Clients' words",
        label_singular: "Testimonial",
        folder: "content/testimonials",
        extension: "yaml",
        format: "yaml",
        create: true,
        slug: "{{year}}-{{month}}-{{fields.name}}",
        identifier_field: "name",
        summary: "{{name}}: {{quote}}",
        fields: fields("testimonials", {
          quote: { label: "The client's words", widget: "text" },
          name: { label: 'Name the client agreed to ("Maria G." or "a client")' },
          date: { label: "Date" },
          massageType: {
            label: "Massage type (optional: also shown on its page)",
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
        }),
      },
      {
        name: "pages",
        label: "Policy pages",
        label_singular: "Page",
        folder: "content/pages",
        extension: "mdx",
        format: "frontmatter",
        create: true,
        slug: "{{slug}}",
        identifier_field: "title",
        preview_path: "{{slug}}/",
        fields: [...fields("pages", {}), body],
      },
      {
        name: "words",
        label: "Site words",
        // Words used across many pages: no single page to show beside the form (the pages show them).
        editor: { preview: false },
        // Like the settings: a save changes only what was edited, and the files' comments stay.
        format: "yaml-in-place",
        files: WORD_FILES.map(({ name, label, file, key }) => ({
          name,
          label,
          file,
          format: "yaml-in-place",
          fields: fields(key, wordFileOptions[key] ?? {}),
        })),
      },
      {
        name: "settings",
        label: "Practice settings",
        editor: { preview: false },
        // Saves only what the editor changed: the file's comments (its instructions) stay.
        format: "yaml-in-place",
        files: [
          {
            name: "settings",
            label: "Practice settings",
            file: "content/settings.yaml",
            fields: fields("settings", settingsOptions),
          },
        ],
      },
    ],
  };
}
