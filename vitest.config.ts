/// <reference types="vitest/config" />
import { availableParallelism } from "node:os";
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/build/**/*.test.ts"],
    // Fixture builds run a whole Astro build each; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores: one file at a time on two cores, while a
    // build test spends much of its time waiting on its child build. Two side by side: 302 → 193 s
    // for the whole suite on the 2-core machine, variants built from scratch (tests/README.md).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
