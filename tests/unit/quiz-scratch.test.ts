import { readFileSync } from "node:fs";
import { it } from "vitest";
import { parseQuizDefinition } from "../../src/lib/quiz/definition";
import { evaluateQuiz } from "../../src/lib/quiz/engine";
const ids = ["swedish","deep-tissue","trigger-point","myofascial-release","sports","prenatal","hot-stone","thai","chair"];
it("scratch", () => {
  const d = parseQuizDefinition(readFileSync("content/quiz.yaml","utf8"), "content/quiz.yaml", ids);
  const qs = d.steps.flatMap(s=>s.questions);
  const counts: Record<string, number> = {}; const alts: Record<string, number> = {};
  const examples: Record<string,string> = {};
  const rec = (i: number, choices: Record<string,string>) => {
    if (i === qs.length) {
      const r = evaluateQuiz(d, { safety: [], choices });
      if (r.kind === "suggestion") { counts[r.type] = (counts[r.type]??0)+1; alts[r.alternative]=(alts[r.alternative]??0)+1; examples[r.type] ??= JSON.stringify(choices); }
      return;
    }
    for (const a of qs[i]!.answers) rec(i+1, { ...choices, [qs[i]!.id]: a.id });
  };
  rec(0, {});
  console.log(counts, alts, examples);
});
