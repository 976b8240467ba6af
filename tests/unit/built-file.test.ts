import { describe, expect, it } from "vitest";
import { builtPageFor } from "../../src/lib/html/built-file.ts";

describe("the built file of a page's address", () => {
  it("finds it under any base path, and nothing outside the base", () => {
    expect(builtPageFor("https://x.org/blog/a/", "/")).toBe("blog/a/index.html");
    expect(builtPageFor("https://x.org/clinic/blog/b/", "/clinic/")).toBe("blog/b/index.html");
    expect(builtPageFor("https://x.org/clinic/", "/clinic")).toBe("index.html");
    expect(builtPageFor("https://x.org/404.html", "/")).toBe("404.html");
    expect(builtPageFor("https://x.org/other/", "/clinic/")).toBeUndefined();
  });
});
