import { z } from "astro/zod";

/**
 * A full https:// address: the only kind of link content/ may give a page outside the site (a
 * source, a licence's look-up page). The schemas refuse any other; the editor's preview, which draws
 * fields as they are typed on the editor's own origin, draws any other as words.
 */
export const httpsAddress = (error: string) => z.url({ protocol: /^https$/, error });

const anyHttpsAddress = httpsAddress("an https:// address");

/** Whether `value` is such an address. */
export const isHttpsAddress = (value: string | undefined): value is string =>
  value !== undefined && anyHttpsAddress.safeParse(value).success;
