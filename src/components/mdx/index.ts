import InlineImage from "./InlineImage.astro";
import Link from "./Link.astro";
import Quiz from "../quiz/QuizBox.astro";
import { MDX_COMPONENTS } from "../../lib/content/body-model.ts";

// Each component's view is the file named after it in this folder (Callout.astro for <Callout>), so
// a component is added by its entry in COMPONENT_MODEL (src/lib/content/body-model.ts) and its view.
const views = import.meta.glob<unknown>("./*.astro", { eager: true, import: "default" });
const viewOf = (name: string) => views[`./${name}.astro`];

/** Components every MDX file in content/ can use without an import (see docs/CONTENT.md). */
export const mdxComponents: Record<string, unknown> = {
  // Markdown's own links and pictures, drawn the site's way.
  a: Link,
  img: InlineImage,
  ...Object.fromEntries(MDX_COMPONENTS.flatMap((name) => (viewOf(name) ? [[name, viewOf(name)]] : []))),
  // The quiz lives with the quiz island.
  Quiz,
};
