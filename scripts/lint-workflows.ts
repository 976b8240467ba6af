// npm run lint:workflows (part of `npm test`): checks every GitHub Actions workflow in
// .github/workflows/ against the workflow schema (action-validator, which runs offline), so a
// misspelt key or a step with neither `uses` nor `run` fails here instead of on GitHub, where a
// broken scheduled workflow fails silently. Prints one line per mistake: file:line  where  what.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateWorkflow, type ValidationError } from "@action-validator/core";
import { isMap, LineCounter, parseDocument, type Node } from "yaml";

export interface WorkflowProblem {
  line?: number;
  /** Where in the workflow, e.g. jobs.build.steps.0 */
  where: string;
  message: string;
}

interface Leaf {
  path: string;
  message: string;
}

/**
 * The errors that say what is wrong. Of a "one of" choice (a job is either steps or a reusable
 * workflow; `on` is a word, a list or a map), the alternative of the value's own type that came
 * closest.
 */
function leaves(errors: readonly ValidationError[]): Leaf[] {
  return errors.flatMap((error): Leaf[] => {
    if ("states" in error && error.states?.length) {
      const ofItsType = error.states.filter(
        (state) =>
          !state.errors.some(
            (inner) => inner.code === "wrong_type" && "path" in inner && inner.path === error.path,
          ),
      );
      const alternatives = (ofItsType.length ? ofItsType : error.states).map((state) => leaves(state.errors));
      return alternatives.reduce((best, next) => (next.length < best.length ? next : best));
    }
    const path = "path" in error ? error.path : "";
    return [{ path, message: error.detail ?? error.title }];
  });
}

const pointer = (path: string): string[] =>
  path
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));

/** The line of the key or value at a JSON pointer (the misspelt key itself when one is named). */
function lineOf(source: string, segments: string[], key?: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const node = (segments.length ? doc.getIn(segments, true) : doc.contents) as Node | undefined;
  let offset = node?.range?.[0];
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => String((item.key as Node | undefined)?.toJSON?.()) === key);
    offset = (pair?.key as Node | undefined)?.range?.[0] ?? offset;
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

export function lintWorkflow(source: string): WorkflowProblem[] {
  const { errors } = validateWorkflow(source);
  const seen = new Set<string>();
  const problems: WorkflowProblem[] = [];
  for (const error of errors) {
    if ("location" in error && error.location) {
      problems.push({ line: error.location.line, where: "(file)", message: error.detail });
      continue;
    }
    for (const { path, message } of leaves([error])) {
      const id = `${path} ${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const segments = pointer(path);
      const extra = /^Additional property '(.+)' is not allowed$/.exec(message)?.[1];
      const line = lineOf(source, segments, extra) ?? lineOf(source, segments.slice(0, -1));
      problems.push({ ...(line ? { line } : {}), where: segments.join(".") || "(top)", message });
    }
  }
  return problems;
}

/** Every workflow file in a folder with its problems; an empty list when all are valid. */
export function lintWorkflowFolder(folder: string): string[] {
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  if (files.length === 0) return [`${folder}: no workflow files found`];
  return files.flatMap((name) => {
    const file = join(folder, name);
    return lintWorkflow(readFileSync(file, "utf8")).map(
      (problem) => `${file}${problem.line ? `:${problem.line}` : ""}  ${problem.where}: ${problem.message}`,
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? ".github/workflows";
  const problems = lintWorkflowFolder(folder);
  if (problems.length) {
    console.error(`${problems.length} mistake${problems.length === 1 ? "" : "s"} in the workflows:`);
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  console.log(`${folder}: every workflow matches GitHub's workflow schema.`);
}
