import { describe, expect, it } from "vitest";
import {
  previewPolicy,
  recordingPolicy,
  SITE_POLICY_DIRECTIVES,
  type PageAdditions,
} from "../../src/lib/html/policy.ts";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.split(" ")[0] === name);

describe("the preview's policy for a page", () => {
  it("is the live site's directives, with only the scripts and frames the page itself allows", () => {
    const policy = previewPolicy({ scriptHashes: ["sha256-abc"] });
    for (const part of SITE_POLICY_DIRECTIVES) expect(policy.split("; ")).toContain(part);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-abc'");
    expect(directive(policy, "frame-src")).toBeUndefined();
    expect(policy).not.toContain("wasm-unsafe-eval");
  });

  it("adds what the page added, as the build does for that page, each source once", () => {
    const page: PageAdditions = { directives: [], scriptResources: [] };
    const recorder = recordingPolicy(page);
    recorder.insertScriptResource("'self'");
    recorder.insertScriptResource("'wasm-unsafe-eval'");
    recorder.insertDirective("frame-src https://www.youtube-nocookie.com");
    const policy = previewPolicy({ scriptHashes: [], connectOrigins: ["https://count.example"], page });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(policy, "frame-src")).toBe("frame-src https://www.youtube-nocookie.com");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://count.example");
  });
});
