/// <reference types="astro/client" />

declare module "virtual:heading-font-url" {
  /** The chosen heading font file's public address (settings: brand.headingFont), or undefined. */
  const url: string | undefined;
  export default url;
}
