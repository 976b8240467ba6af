// Loaded with `node --import` into a benchmarked build: reports the process's peak memory on exit.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
