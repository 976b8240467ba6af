// jsdom ships no types, and @types/jsdom would be one more package for the two members the SVG
// cleaner (clean-svg.ts) and its test use: a window with the browser's DOMParser and XMLSerializer.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
