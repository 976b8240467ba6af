import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { Link } from "../../src/components/mdx/markup.tsx";

const links = { href: (path: string) => `/base${path}`, origin: "https://www.example.com" };

describe("a link written in a post", () => {
  it("keeps a phone link's words on one line (the class mdx.css and html-validate know)", () => {
    const html = renderToString(
      <Link href="tel:+15550100" links={links}>
        Call us
      </Link>,
    );
    expect(html).toBe('<a href="tel:+15550100" class="phone-link">Call us</a>');
  });
  it("gives other links no class, and keeps the reader's page from other sites", () => {
    expect(
      renderToString(
        <Link href="/visit/" links={links}>
          Visit
        </Link>,
      ),
    ).toBe('<a href="/base/visit/">Visit</a>');
    expect(
      renderToString(
        <Link href="https://example.org/" links={links}>
          Elsewhere
        </Link>,
      ),
    ).toBe('<a href="https://example.org/" rel="noopener noreferrer">Elsewhere</a>');
  });
});
