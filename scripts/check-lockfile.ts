// npm run check:lockfile (and tests/unit/lockfile.test.ts, so CI runs it): every platform's
// prebuilt binary in package-lock.json must resolve, the way Node would, to a version its package
// accepts. A lockfile made where some platforms' binaries were missing from the registry installs
// fine on Linux and breaks `npm install`/`npm ci` on a Mac or on Windows; this catches it here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";

interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
export interface Lockfile {
  packages: Record<string, LockEntry>;
}

export interface Platform {
  os: "darwin" | "win32" | "linux";
  cpu: "x64" | "arm64";
}

const OS_NAMES: Record<Platform["os"], string> = { darwin: "macOS", win32: "Windows", linux: "Linux" };

/** The platforms a newcomer may clone the project on. */
export const PLATFORMS: Platform[] = (["darwin", "win32", "linux"] as const).flatMap((os) =>
  (["x64", "arm64"] as const).map((cpu) => ({ os, cpu })),
);

/**
 * Platforms a package's makers publish no binary for, so no lockfile can hold one: the check
 * names them here with the reason instead of failing every install. workerd (the host emulator's
 * runtime, a dev tool for the browser tests) has no Windows arm64 build; its own loader maps that
 * platform to the x64 build, which npm skips there, so on Windows on Arm the emulator's tests
 * cannot start while `npm install` and the site's build still work.
 */
export const UNPUBLISHED: Record<string, Platform[]> = {
  workerd: [{ os: "win32", cpu: "arm64" }],
};

function unpublished(dependent: string, platform: Platform): boolean {
  const name = dependent.slice(dependent.lastIndexOf("node_modules/") + "node_modules/".length);
  return (UNPUBLISHED[name] ?? []).some((gap) => gap.os === platform.os && gap.cpu === platform.cpu);
}

/** Whether an `os`/`cpu` list (npm's syntax, `!` negates) admits a value. */
function admits(list: string[] | undefined, value: string): boolean {
  if (!list || list.length === 0) return true;
  const denied = list.filter((item) => item.startsWith("!")).map((item) => item.slice(1));
  const allowed = list.filter((item) => !item.startsWith("!"));
  return !denied.includes(value) && (allowed.length === 0 || allowed.includes(value));
}

function runsOn(entry: LockEntry, platform: Platform): boolean {
  return admits(entry.os, platform.os) && admits(entry.cpu, platform.cpu);
}

/**
 * Where Node finds `name` when `from` (a lockfile key such as `node_modules/a/node_modules/b`)
 * requires it: `from/node_modules/name`, then each enclosing folder's `node_modules`, up to the root.
 */
export function resolveFrom(lock: Lockfile, from: string, name: string): string | undefined {
  const parts = from === "" ? [] : from.split("/");
  for (let length = parts.length; length >= 0; length -= 1) {
    const folder = parts.slice(0, length).join("/");
    if (folder.endsWith("node_modules")) continue;
    const candidate = folder === "" ? `node_modules/${name}` : `${folder}/node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
  }
  return undefined;
}

/**
 * The family an optional dependency belongs to: its scope (`@rolldown/binding-linux-x64-gnu`), or
 * its name up to the first hyphen (`lightningcss-linux-x64-gnu`). One package's binaries for each
 * platform share it; unrelated extras for single systems (vite's fsevents on macOS and
 * napi-windows-process-start-time on Windows) do not.
 */
function familyOf(name: string): string {
  return name.startsWith("@") ? name.slice(0, name.indexOf("/")) : (name.split("-")[0] ?? name);
}

interface ResolvedOptional {
  name: string;
  range: string;
  at: string | undefined;
  target: LockEntry | undefined;
}

/** Every problem found, each a sentence naming the package, the platform and the fix. */
export function checkLockfile(lock: Lockfile): string[] {
  const problems: string[] = [];
  const fix = "regenerate the lockfile: delete node_modules and package-lock.json, then run npm install";
  for (const [dependent, entry] of Object.entries(lock.packages)) {
    const optional = Object.entries(entry.optionalDependencies ?? {});
    if (optional.length === 0) continue;
    const families = new Map<string, ResolvedOptional[]>();
    for (const [name, range] of optional) {
      const at = resolveFrom(lock, dependent, name);
      const member = { name, range, at, target: at === undefined ? undefined : lock.packages[at] };
      families.set(familyOf(name), [...(families.get(familyOf(name)) ?? []), member]);
    }
    for (const resolved of families.values()) {
      problems.push(...familyProblems(dependent, entry, resolved, fix));
    }
  }
  return problems;
}

function familyProblems(
  dependent: string,
  entry: LockEntry,
  resolved: ResolvedOptional[],
  fix: string,
): string[] {
  const problems: string[] = [];
  // A set of per-platform binaries: its entries name two or more operating systems. (A single
  // optional helper such as fsevents on macOS is an extra, not a binary every platform needs.)
  const systems = new Set(resolved.flatMap(({ target }) => target?.os ?? []));
  const isBinarySet = systems.size >= 2 || resolved.length >= 3;
  for (const { name, range, at, target } of resolved) {
    if (at === undefined || target === undefined) {
      if (isBinarySet) {
        problems.push(
          `${dependent || "the project"} lists ${name}@${range}, but package-lock.json has no copy Node would find from there; ${fix}.`,
        );
      }
      continue;
    }
    if (target.version && !semver.satisfies(target.version, range, { includePrerelease: true })) {
      const where = [
        target.os?.map((os) => OS_NAMES[os as Platform["os"]] ?? os).join("/"),
        target.cpu?.join("/"),
      ]
        .filter(Boolean)
        .join(" ");
      problems.push(
        `${dependent} needs ${name}@${range}, but Node would load ${target.version} from ${at} (${where}); ${fix}.`,
      );
    }
  }
  if (!isBinarySet) return problems;
  for (const platform of PLATFORMS) {
    if (!runsOn(entry, platform) || unpublished(dependent, platform)) continue;
    const fits = resolved.some(
      ({ range, target }) =>
        target !== undefined &&
        target.os !== undefined &&
        runsOn(target, platform) &&
        target.version !== undefined &&
        semver.satisfies(target.version, range, { includePrerelease: true }),
    );
    if (!fits) {
      problems.push(
        `${dependent} has no binary for ${OS_NAMES[platform.os]} ${platform.cpu} at the version it needs` +
          ` (none of the ${resolved.length} it lists resolves there); ${fix}.`,
      );
    }
  }
  return problems;
}

if (import.meta.main) {
  const file = join(import.meta.dirname, "..", "package-lock.json");
  const problems = checkLockfile(JSON.parse(readFileSync(file, "utf8")) as Lockfile);
  if (problems.length > 0) {
    console.error(
      `package-lock.json: ${problems.length} platform binar${problems.length === 1 ? "y does" : "ies do"} not resolve:\n`,
    );
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  console.log("package-lock.json: every platform's binaries resolve at the versions their packages need.");
}
