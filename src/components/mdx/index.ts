import BookingButton from "./BookingButton.astro";
import Callout from "./Callout.astro";
import Figure from "./Figure.astro";
import InlineImage from "./InlineImage.astro";
import Link from "./Link.astro";
import QuizCallout from "./QuizCallout.astro";
import YouTube from "./YouTube.astro";
import Quiz from "../quiz/QuizEmbed.astro";

/** Components every MDX file in content/ can use without an import (see docs/CONTENT.md). */
export const mdxComponents = {
  a: Link,
  img: InlineImage,
  BookingButton,
  Callout,
  Figure,
  Quiz,
  QuizCallout,
  YouTube,
};
