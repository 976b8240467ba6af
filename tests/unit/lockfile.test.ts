import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkLockfile, resolveFrom, type Lockfile } from "../../scripts/check-lockfile.ts";

const lockfile = (): Lockfile => JSON.parse(readFileSync("package-lock.json", "utf8")) as Lockfile;

/** A lockfile in the shape of one made where the registry lacked some platforms' binaries. */
function lockWith(bindings: Record<string, { version: string; os: string[]; cpu: string[] }>): Lockfile {
  const names = ["darwin-arm64", "darwin-x64", "linux-arm64", "linux-x64", "win32-arm64", "win32-x64"];
  return {
    packages: {
      "": {},
      "node_modules/binding": {
        version: "0.5.1",
        optionalDependencies: Object.fromEntries(names.map((name) => [`binding-${name}`, "0.5.1"])),
      },
      ...bindings,
    },
  };
}
const binding = (name: string, version: string) => {
  const [os = "", cpu = ""] = name.split("-");
  return { version, os: [os], cpu: [cpu] };
};

describe("lockfile check", () => {
  it("finds every platform's binary in the committed lockfile", () => {
    expect(checkLockfile(lockfile())).toEqual([]);
  });

  it("resolves a dependency from the nearest node_modules up the tree, as Node does", () => {
    const lock: Lockfile = {
      packages: {
        "": {},
        "node_modules/a": {},
        "node_modules/a/node_modules/b": {},
        "node_modules/c": {},
        "node_modules/a/node_modules/c": {},
      },
    };
    expect(resolveFrom(lock, "node_modules/a/node_modules/b", "c")).toBe("node_modules/a/node_modules/c");
    expect(resolveFrom(lock, "node_modules/c", "a")).toBe("node_modules/a");
    expect(resolveFrom(lock, "node_modules/a/node_modules/b", "d")).toBeUndefined();
  });

  it("names the package, the version found and the platform when a binary is at the wrong version", () => {
    const lock = lockWith({
      "node_modules/binding-linux-x64": binding("linux-x64", "0.5.1"),
      "node_modules/binding-linux-arm64": binding("linux-arm64", "0.5.1"),
      "node_modules/binding-win32-x64": binding("win32-x64", "0.5.1"),
      "node_modules/binding-win32-arm64": binding("win32-arm64", "0.5.1"),
      // Only an older macOS binary was in the registry when this lockfile was made.
      "node_modules/binding-darwin-arm64": binding("darwin-arm64", "0.4.1"),
    });
    const problems = checkLockfile(lock);
    expect(problems).toContainEqual(
      expect.stringMatching(/binding needs binding-darwin-arm64@0\.5\.1, but Node would load 0\.4\.1/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/no binary for macOS arm64/));
    expect(problems).toContainEqual(expect.stringMatching(/no binary for macOS x64/));
    expect(problems.join("\n")).not.toMatch(/Windows|Linux/);
    expect(problems.every((problem) => problem.includes("regenerate the lockfile"))).toBe(true);
  });

  it("accepts a binary nested under its package when an older one sits at the top level", () => {
    const names = ["darwin-arm64", "darwin-x64", "linux-arm64", "linux-x64", "win32-arm64", "win32-x64"];
    const lock = lockWith(
      Object.fromEntries(
        names.flatMap((name) => [
          [`node_modules/binding-${name}`, binding(name, "0.4.1")],
          [`node_modules/binding/node_modules/binding-${name}`, binding(name, "0.5.1")],
        ]),
      ),
    );
    expect(checkLockfile(lock)).toEqual([]);
  });

  it("excuses only the platform a package's makers publish no binary for (workerd on Windows arm64)", () => {
    const withoutWindowsArm = (name: string): Lockfile => {
      const names = ["darwin-arm64", "darwin-x64", "linux-arm64", "linux-x64", "win32-x64"];
      return {
        packages: {
          "": {},
          [`node_modules/${name}`]: {
            version: "1.0.0",
            optionalDependencies: Object.fromEntries(names.map((binary) => [`${name}-${binary}`, "1.0.0"])),
          },
          ...Object.fromEntries(
            names.map((binary) => [`node_modules/${name}-${binary}`, binding(binary, "1.0.0")]),
          ),
        },
      };
    };
    expect(checkLockfile(withoutWindowsArm("workerd"))).toEqual([]);
    expect(checkLockfile(withoutWindowsArm("binding"))).toEqual([
      expect.stringMatching(/binding has no binary for Windows arm64/),
    ]);
  });

  it("tells one package's binaries for every platform from unrelated extras for one system each", () => {
    // vite 8.4 lists fsevents (macOS) and napi-windows-process-start-time (Windows): no platform
    // needs either, so Linux having neither is no gap.
    const extras: Lockfile = {
      packages: {
        "": {},
        "node_modules/vite": {
          version: "8.4.1",
          optionalDependencies: { fsevents: "~2.3.3", "napi-windows-process-start-time": "^0.1.0" },
        },
        "node_modules/fsevents": { version: "2.3.3", os: ["darwin"] },
        "node_modules/napi-windows-process-start-time": {
          version: "0.1.0",
          os: ["win32"],
          cpu: ["x64", "arm64"],
        },
      },
    };
    expect(checkLockfile(extras)).toEqual([]);
    // The same package with a binary family missing Linux is still caught.
    const names = ["darwin-arm64", "darwin-x64", "win32-arm64", "win32-x64"];
    const family: Lockfile = {
      packages: {
        ...extras.packages,
        "node_modules/vite": {
          version: "8.4.1",
          optionalDependencies: {
            ...extras.packages["node_modules/vite"]?.optionalDependencies,
            ...Object.fromEntries(names.map((name) => [`@rolldown/binding-${name}`, "1.3.4"])),
          },
        },
        ...Object.fromEntries(
          names.map((name) => [`node_modules/@rolldown/binding-${name}`, binding(name, "1.3.4")]),
        ),
      },
    };
    expect(checkLockfile(family)).toEqual([
      expect.stringMatching(/vite has no binary for Linux x64/),
      expect.stringMatching(/vite has no binary for Linux arm64/),
    ]);
  });
});
