// Turns the build's content messages into GitHub annotations on the file and line they name, so a
// marketer sees a mistake on the pull request the editor opened. Reads the build output on stdin
// and prints one `::error file=…,line=…::message` per mistake.
// Usage (CI): npm run build 2>&1 | tee build.log; node scripts/content-annotations.ts < build.log

export interface Annotation {
  file: string;
  line?: number;
  message: string;
}

const FILE = String.raw`(content\/[^\s:()]+\.(?:mdx|md|yaml|yml|json))`;
// content/posts/a.mdx:12  message            (one line per mistake)
// - content/posts/a.mdx:12 (field): message  followed by "Fix: …" on the next line
const WITH_LINE = new RegExp(String.raw`^\s*(?:-\s+)?${FILE}(?::(\d+))?(?:\s+\(([^)]*)\))?:?\s+(.+)$`);
// content/posts/a.mdx has 2 mistakes:  followed by "  - field: message" lines
const FILE_HEADER = new RegExp(
  String.raw`^\s*(?:\[[^\]]*\]\s*)?(?:\S+:\s+)?${FILE} has (?:a mistake|\d+ mistakes):?\s*$`,
);
const FIELD_LINE = /^\s+-\s+([^:]+):\s+(.+)$/;
const FIX_LINE = /^\s+Fix:\s+(.+)$/;

export function contentAnnotations(output: string): Annotation[] {
  const annotations: Annotation[] = [];
  let fileOfList: string | undefined;
  for (const raw of output.split(/\r?\n/)) {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\u001b\[[0-9;]*m/g, "");
    const header = FILE_HEADER.exec(line);
    if (header?.[1]) {
      fileOfList = header[1];
      continue;
    }
    const fix = FIX_LINE.exec(line);
    const last = annotations.at(-1);
    if (fix?.[1] && last) {
      last.message += ` Fix: ${fix[1]}`;
      continue;
    }
    const match = WITH_LINE.exec(line);
    if (match?.[1] && match[4]) {
      const [, file, lineNumber, field, message] = match;
      annotations.push({
        file,
        ...(lineNumber ? { line: Number(lineNumber) } : {}),
        message: field ? `${field}: ${message}` : message,
      });
      fileOfList = undefined;
      continue;
    }
    const field = fileOfList ? FIELD_LINE.exec(line) : null;
    if (fileOfList && field?.[1] && field[2]) {
      annotations.push({ file: fileOfList, message: `${field[1]}: ${field[2]}` });
      continue;
    }
    if (line.trim() !== "") fileOfList = undefined;
  }
  // The same mistake may be printed twice (Astro repeats an error's message in its summary).
  const seen = new Set<string>();
  return annotations.filter((item) => {
    const key = `${item.file}:${item.line ?? ""}:${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** GitHub's workflow command; `%`, CR and LF are escaped as GitHub requires. */
export function workflowCommand({ file, line, message }: Annotation): string {
  const escape = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const where = `file=${escape(file).replace(/,/g, "%2C")}${line ? `,line=${line}` : ""}`;
  return `::error ${where}::${escape(message)}`;
}

if (import.meta.main) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const output = Buffer.concat(chunks).toString("utf8");
  for (const annotation of contentAnnotations(output)) console.log(workflowCommand(annotation));
}
