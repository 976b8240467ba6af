import { ContentError } from "../lib/content/problems.ts";

/**
 * A data file's parsed value. While writing (astro dev), a file with a mistake does not stop every
 * page at once: its value stands in until a page reads it, and then throws the file's mistakes, so
 * the pages that use the file show them in the error overlay while the others (and the editor at
 * /admin/, where the mistake is fixed) keep working. The build stops at the mistake as before.
 */
export function usedInDev<T extends object>(parse: () => T): T {
  if (!import.meta.env.DEV) return parse();
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const fail = (): never => {
      throw error;
    };
    return new Proxy({} as T, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
  }
}
