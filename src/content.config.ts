import { defineCollection, reference, type ImageFunction, type SchemaContext } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import {
  collectionModel,
  COLLECTIONS,
  entryIdOf,
  globOf,
  schemaPerEntry,
  type CollectionKey,
} from "./lib/content/model.ts";
import { fileSlug } from "./lib/content/slug.ts";
import { forgivingInDev } from "./lib/content/forgiving-loader.ts";
import { emptyFieldsLeftOut } from "./lib/content/empty-fields.ts";

// Every collection is declared once, in the content model (src/lib/content/model.ts), with the
// schema the content pre-check reads too; here each gets Astro's loader, image() and reference().
type ImageSchema = ReturnType<ImageFunction>;
type ReferenceSchema = ReturnType<typeof reference>;
type Model = ReturnType<typeof collectionModel<ImageSchema, ReferenceSchema>>;

function fromModel<K extends CollectionKey>(key: K) {
  const spec = COLLECTIONS[key]!;
  const schemaFor = schemaPerEntry(
    (image) =>
      collectionModel({
        image,
        reference: (collection) => reference(collection as never) as ReferenceSchema,
      })[key].schema,
  );
  return defineCollection({
    // A collection's files may sit in sub-folders when its model says so; the address is always the file name.
    loader: forgivingInDev(
      emptyFieldsLeftOut(
        glob({
          base: `./${globOf(spec).base}`,
          pattern: globOf(spec).pattern,
          // A translation's id starts with its language folder: "es/seis-razones-...".
          generateId: ({ entry }) => entryIdOf(spec, `${globOf(spec).base}/${entry}`, fileSlug),
        }),
      ),
    ),
    // Built once; each entry gets its own image() in the picture fields (schemaPerEntry).
    schema: ({ image }): Model[K]["schema"] => schemaFor(image) as unknown as Model[K]["schema"],
  });
}

/** Each collection by its name, with its schema's own type, so pages read typed entries. */
type AstroCollections = {
  [K in CollectionKey as Model[K]["name"]]: {
    loader: Loader;
    schema: (context: SchemaContext) => Model[K]["schema"];
  };
};

export const collections = Object.fromEntries(
  (Object.keys(COLLECTIONS) as CollectionKey[]).map((key) => [COLLECTIONS[key]!.name, fromModel(key)]),
) as AstroCollections;
