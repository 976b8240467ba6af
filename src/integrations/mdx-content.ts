import mdx from "@astrojs/mdx";
import type { AstroIntegration, ContentEntryType } from "astro";

type ConfigSetup = NonNullable<AstroIntegration["hooks"]["astro:config:setup"]>;
type SetupParams = Parameters<ConfigSetup>[0];
/** Given to integrations by Astro, though not declared in its hook types; ContentEntryType is public. */
type EntryTypeParams = SetupParams & {
  addContentEntryType: (entryType: ContentEntryType) => void;
};

/**
 * @astrojs/mdx, with Astro's asset propagation off for MDX content entries.
 *
 * Propagation wraps every entry in a second module (`?astroPropagatedAssets`) so that styles and
 * scripts an MDX file imports reach only the pages that render it. No content file here imports
 * anything (the content check refuses an import line: `codeLine` in src/lib/content/messages.ts),
 * and the components a post uses are given by the page, whose styles Astro collects with the page.
 * Without the wrappers the build bundles one module per entry instead of two: at 5,000 posts its
 * peak memory falls by about 300 MB and its time by about a quarter (docs/performance.md).
 *
 * Astro's page cache then keeps no render hash per entry. What it covered stays covered: an entry's
 * text is part of its post page's cacheKey (src/data/page-cache.ts), and every picture below content/
 * is part of the post page's code, through <Figure>'s glob. tests/build/incremental-build.test.ts
 * replaces a picture a post's text shows and checks that the post is rendered again.
 */
export function mdxContent(): AstroIntegration {
  const integration = mdx();
  const setup = integration.hooks["astro:config:setup"];
  if (!setup) throw new Error("mdxContent: @astrojs/mdx has no astro:config:setup hook any more");
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      "astro:config:setup": async (params) => {
        const { addContentEntryType } = params as EntryTypeParams;
        let registered = false;
        // Astro defines its hook parameters as fixed properties, so the change goes on a child object.
        const withoutPropagation = Object.create(params, {
          addContentEntryType: {
            value: (entryType: ContentEntryType) => {
              registered = true;
              addContentEntryType({ ...entryType, handlePropagation: false });
            },
          },
        }) as SetupParams;
        await setup(withoutPropagation);
        if (!registered) {
          throw new Error(
            "mdxContent: @astrojs/mdx did not register its content entry type through addContentEntryType; " +
              "compare src/integrations/mdx-content.ts with the new version of @astrojs/mdx.",
          );
        }
      },
    },
  };
}
