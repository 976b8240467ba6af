import type { APIRoute } from "astro";
import { settings } from "../data/settings.ts";
import { faviconSvg } from "../lib/site/brand.ts";
import { brandColours } from "../lib/site/settings.ts";

/** The site's icon in the practice's brand colours (settings: brand). */
export const GET: APIRoute = () =>
  new Response(faviconSvg(brandColours(settings)), { headers: { "Content-Type": "image/svg+xml" } });
