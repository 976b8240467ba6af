import type { Loader, LoaderContext } from "astro/loaders";

/**
 * A top-level field written with no value (`updatedDate:` or `updatedDate: null`) counts as left
 * out. The browser editor writes a field emptied with its "Clear" button that way (Decap writes a
 * cleared value as null; it cannot remove a key), and "Invalid input" for a date the marketer
 * just cleared would be no help: a required field left empty gets "is required" instead.
 */
export function withoutEmptyFields(data: unknown): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
}

/** A loader whose entries are read without their empty fields, the same as the content pre-check reads them. */
export function emptyFieldsLeftOut(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: (props) =>
          context.parseData({ ...props, data: withoutEmptyFields(props.data) as typeof props.data }),
      }),
  };
}
