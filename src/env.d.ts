/// <reference types="astro/client" />

declare module "virtual:heading-font-url" {
  /** The chosen heading font file's public address (settings: brand.headingFont), or undefined. */
  const url: string | undefined;
  export default url;
}

declare namespace App {
  interface Locals {
    /** What the page added to its policy, recorded in `astro dev` for the preview's policy (src/middleware.ts). */
    pageAdditions?: import("./lib/html/policy.ts").PageAdditions;
  }
}
