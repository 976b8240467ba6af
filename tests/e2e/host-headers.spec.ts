import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { HOST_PORT } from "./servers.ts";

// Every response header, as the host serves the built site (Cloudflare's emulator applies
// public/_headers as Cloudflare Pages does; `astro preview` ignores that file), compared with the
// one written policy: the table under "Response headers" in README.md.
const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** Headers the host adds to every response, which the policy does not list (README says which). */
const HOST_OWN = new Set([
  "content-type",
  "content-length",
  "date",
  "etag",
  "access-control-allow-origin",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "vary",
  "content-encoding",
  "accept-ranges",
  // Only the emulator sends this one.
  "x-server-env",
]);
const HOST_DEFAULT = "the host's default";

interface Rule {
  header: string;
  value: string;
  paths: string;
}

/** The README's table: header, value (in backticks, or "the host's default") and paths. */
function policy(): Rule[] {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### Response headers"));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("\n|")));
  return table
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) => {
      const [header = "", value = "", paths = ""] = line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
      return { header: header.toLowerCase(), value: value.replace(/^`|`$/g, ""), paths };
    });
}

/** Whether a table row's paths ("all", "`/admin/`", "all but `/admin/`", "`/a/`, `/b`") cover `path`. */
function covers(paths: string, path: string): boolean {
  if (paths === "all") return true;
  const listed = (text: string) => {
    const items = text.split(", ").map((item) => /^`([^`]+)`$/.exec(item)?.[1]);
    if (items.some((item) => item === undefined)) {
      throw new Error(`README's header table: cannot read the paths "${paths}"`);
    }
    return items.some((item) => path.startsWith(item!));
  };
  return paths.startsWith("all but ") ? !listed(paths.slice("all but ".length)) : listed(paths);
}

// Any file the build writes there: the stylesheet is inline in the pages, the islands' scripts are files.
const asset = readdirSync("dist/_astro").find((name) => /\.(?:js|css)$/.test(name));
// The search index's pieces are named by their content.
const fragment = readdirSync("dist/pagefind/fragment")[0];
const SAMPLES = [
  { name: "a public page (/)", path: "/", status: 200 },
  { name: "the editor (/admin/)", path: "/admin/", status: 200 },
  { name: "a built file (/_astro/)", path: `/_astro/${asset}`, status: 200 },
  {
    name: "a piece of the search index (/pagefind/fragment/)",
    path: `/pagefind/fragment/${fragment}`,
    status: 200,
  },
  { name: "the search's script (/pagefind/)", path: "/pagefind/pagefind.js", status: 200 },
  { name: "a share image (/og/)", path: "/og/site/default.png", status: 200 },
  { name: "the favicon", path: "/favicon.svg", status: 200 },
  { name: "an unknown address (the 404 page)", path: "/no-such-page/", status: 404, title: "Page not found" },
  // The host serves the 404.html nearest to the address: the Spanish one below /es/.
  {
    name: "an unknown Spanish address (the Spanish 404 page)",
    path: "/es/no-such-page/",
    status: 404,
    title: "Página no encontrada",
  },
];

for (const { name, path, status, title } of SAMPLES) {
  test(`${name} carries exactly the headers the README's policy lists, through the host's emulator`, async ({
    request,
  }) => {
    const response = await request.get(`${HOST}${path}`, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    if (title) expect(await response.text()).toContain(`<title>${title}`);
    const served = new Map<string, string[]>();
    for (const { name, value } of response.headersArray()) {
      const key = name.toLowerCase();
      if (!HOST_OWN.has(key)) served.set(key, [...(served.get(key) ?? []), value]);
    }
    const expected = policy().filter((rule) => covers(rule.paths, path));
    // Each header once, with the policy's value (a header repeated by two rules would show here).
    const got = Object.fromEntries(
      [...served].map(([name, values]) => {
        const rule = expected.find((candidate) => candidate.header === name);
        return [
          name,
          rule?.value === HOST_DEFAULT && values.length === 1 ? HOST_DEFAULT : values.join(" | "),
        ];
      }),
    );
    const want = Object.fromEntries(expected.map((rule) => [rule.header, rule.value]));
    expect(got).toEqual(want);
  });
}

// The editor's sign-in (/auth, /callback) is answered by Cloudflare Pages Functions, whose responses
// _headers does not reach: each sets the transport and sniffing headers itself.
const SIGN_IN = [
  { name: "the sign-in's start (/auth)", path: "/auth?provider=github&site_id=x&scope=repo", status: 302 },
  { name: "the sign-in's return (/callback)", path: "/callback?code=x&state=y", status: 400 },
];

for (const { name, path, status } of SIGN_IN) {
  test(`${name} carries HSTS and nosniff, once each, through the host's emulator`, async ({ request }) => {
    const response = await request.get(`${HOST}${path}`, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const values = (header: string) =>
      response
        .headersArray()
        .filter((entry) => entry.name.toLowerCase() === header)
        .map((entry) => entry.value);
    expect(values("strict-transport-security")).toEqual(["max-age=63072000; includeSubDomains"]);
    expect(values("x-content-type-options")).toEqual(["nosniff"]);
  });
}

test("the sign-in asks GitHub for the site's scope, whatever scope the request names", async ({
  request,
}) => {
  for (const asked of ["repo,delete_repo", "delete_repo", "admin:org%20repo"]) {
    const response = await request.get(`${HOST}/auth?provider=github&site_id=x&scope=${asked}`, {
      maxRedirects: 0,
    });
    expect(response.status(), asked).toBe(302);
    const github = new URL(response.headers()["location"] ?? "");
    expect(`${github.origin}${github.pathname}`).toBe("https://github.com/login/oauth/authorize");
    expect(github.searchParams.getAll("scope"), asked).toEqual(["repo"]);
  }
});
