import BookingButton from "./BookingButton.astro";
import Callout from "./Callout.astro";
import Figure from "./Figure.astro";
import Link from "./Link.astro";
import QuizCallout from "./QuizCallout.astro";
import Quiz from "../quiz/QuizEmbed.astro";

/** Components every MDX file in content/ can use without an import (see docs/CONTENT.md). */
export const mdxComponents = { a: Link, BookingButton, Callout, Figure, Quiz, QuizCallout };
