// npm test's steps that can share the two cores: each argument is a line of npm scripts joined by
// "+", run one after the other; the lines run side by side. Every line of output carries its
// line's name. The exit code is the first failing line's, after every line has finished, so one
// run shows every failure.
//
//   node scripts/run-together.ts format:check+lint test:unit
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** Runs one npm script, each line of its output prefixed with `[label]`; resolves to its exit code. */
function runScript(script: string, label: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream }).on("line", (line) => out.write(`[${label}] ${line}\n`));
    }
    child.on("error", (error) => {
      process.stderr.write(`[${label}] could not start npm run ${script}: ${error.message}\n`);
      resolve(1);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** One line: its scripts in order, stopping at the first that fails. */
async function runLine(scripts: string[]): Promise<number> {
  const label = scripts.join("+");
  for (const script of scripts) {
    const started = performance.now();
    const code = await runScript(script, script);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`[${script}] ${code === 0 ? "done" : `failed (exit ${code})`} in ${seconds} s\n`);
    if (code !== 0) {
      process.stdout.write(`[${label}] stopped: npm run ${script} failed\n`);
      return code;
    }
  }
  return 0;
}

const lines = process.argv.slice(2).map((argument) => argument.split("+").filter(Boolean));
if (lines.length === 0 || lines.some((scripts) => scripts.length === 0)) {
  console.error(
    "Usage: node scripts/run-together.ts <script>[+<script>…] …  (e.g. format:check+lint test:unit)",
  );
  process.exit(2);
}
const codes = await Promise.all(lines.map(runLine));
process.exit(codes.find((code) => code !== 0) ?? 0);
