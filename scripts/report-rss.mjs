// Loaded with `node --import` into a benchmarked build: reports the process's peak memory and the
// CPU time of all its threads on exit (child processes such as Pagefind's binary are not included).
// `--import` also runs in any worker thread a build starts: only the main thread reports, or a
// worker finishing early would report the process's figures at that moment.
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    process.stderr.write(
      `\nBENCH_MAX_RSS_KB=${usage.maxRSS}\nBENCH_CPU_MS=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`,
    );
  });
}
