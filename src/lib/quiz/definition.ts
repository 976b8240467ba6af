import { ContentError, type ContentProblem } from "../content/problems.ts";
import { issuesToProblems, readYaml, type ChoiceParams } from "../content/yaml-source.ts";
import { choices } from "../content/messages.ts";
import { evaluateQuiz } from "./engine.ts";
import { NONE_OF_THESE, quizDefinitionSchema, type QuizDefinition } from "./schema.ts";

export const QUIZ_FILE = "content/quiz.yaml";

type Issue = { path: PropertyKey[]; message: string; params?: ChoiceParams };

function duplicateIssues(ids: readonly string[], pathOf: (index: number) => PropertyKey[]): Issue[] {
  const seen = new Set<string>();
  return ids.flatMap((value, index) => {
    if (!seen.has(value)) return (seen.add(value), []);
    return [{ path: pathOf(index), message: `the id "${value}" is used twice: give each one its own id` }];
  });
}

/** Checks what a schema cannot: ids unique, and every massage type, caution or line named actually exists. */
function referenceIssues(
  definition: QuizDefinition,
  knownTypeIds: readonly string[],
  conditions: readonly string[] | undefined,
): Issue[] {
  const known = new Set(knownTypeIds);
  const knownList = [...known].sort().join(", ");
  const typeIssue = (typeId: string, path: PropertyKey[]): Issue[] =>
    known.has(typeId)
      ? []
      : [
          {
            path,
            message: `unknown massage type "${typeId}" (known: ${knownList})`,
            params: {
              kind: "choice",
              value: typeId,
              of: "a massage type in content/massage-types/",
              choices: choices(known),
            },
          },
        ];
  const { signs } = definition.safety;
  const cautionIds = new Set(signs.filter((sign) => sign.level === "caution").map((sign) => sign.id));
  const issues: Issue[] = [];

  issues.push(
    ...duplicateIssues(
      signs.map((sign) => sign.id),
      (i) => ["safety", "signs", i, "id"],
    ),
  );
  signs.forEach((sign, signIndex) => {
    if (sign.id === NONE_OF_THESE) {
      issues.push({
        path: ["safety", "signs", signIndex, "id"],
        message: `"${NONE_OF_THESE}" is kept for the “None of these” box: choose another id`,
      });
    }
    if (sign.level !== "caution") return;
    const path = ["safety", "signs", signIndex];
    sign.excludes.forEach((typeId, i) => issues.push(...typeIssue(typeId, [...path, "excludes", i])));
    if (sign.suggests !== undefined) issues.push(...typeIssue(sign.suggests, [...path, "suggests"]));
    sign.screens.forEach((line, i) => {
      if (conditions === undefined || conditions.includes(line)) return;
      issues.push({
        path: [...path, "screens", i],
        message: `"${line}" is not an “ask your doctor first” line of any massage type: copy the line word for word from content/massage-types/`,
      });
    });
  });

  const questions = definition.steps.flatMap((step, stepIndex) =>
    step.questions.map((question, questionIndex) => ({
      question,
      path: ["steps", stepIndex, "questions", questionIndex],
    })),
  );
  issues.push(
    ...duplicateIssues(
      questions.map(({ question }) => question.id),
      (i) => [...questions[i]!.path, "id"],
    ),
  );
  definition.steps.forEach((step, stepIndex) => {
    if (step.questions.length < 2) return;
    step.questions.forEach((question, questionIndex) => {
      if (question.legend === undefined) {
        issues.push({
          path: ["steps", stepIndex, "questions", questionIndex, "legend"],
          message: "a step with several questions needs a legend for each question",
        });
      }
    });
  });
  for (const { question, path } of questions) {
    const answerPath = (i: number) => [...path, "answers", i];
    issues.push(
      ...duplicateIssues(
        question.answers.map((answer) => answer.id),
        (i) => [...answerPath(i), "id"],
      ),
    );
    question.answers.forEach((answer, i) => {
      for (const typeId of Object.keys(answer.weights))
        issues.push(...typeIssue(typeId, [...answerPath(i), "weights", typeId]));
      if (answer.caution !== undefined && !cautionIds.has(answer.caution)) {
        issues.push({
          path: [...answerPath(i), "caution"],
          message: `unknown caution "${answer.caution}" (cautions: ${[...cautionIds].join(", ")})`,
          params: {
            kind: "choice",
            value: answer.caution,
            of: "a caution sign",
            choices: choices(cautionIds),
          },
        });
      }
    });
  }

  definition.gentleness.forEach((typeId, i) => issues.push(...typeIssue(typeId, ["gentleness", i])));
  issues.push(...duplicateIssues(definition.gentleness, (i) => ["gentleness", i]));
  return issues;
}

/**
 * The massage types the quiz never suggests: it ranks only those listed under `gentleness`, and
 * suggests another only as a caution's `suggests`. A type left out is safe (no visitor is sent to
 * it), so a new one can be published from the editor, which does not edit the quiz; the build says
 * so until the quiz places it.
 */
export function typesLeftOutOfQuiz(definition: QuizDefinition, knownTypeIds: readonly string[]): string[] {
  const suggested = new Set(
    definition.safety.signs.flatMap((sign) =>
      sign.level === "caution" && sign.suggests ? [sign.suggests] : [],
    ),
  );
  return knownTypeIds.filter((typeId) => !definition.gentleness.includes(typeId) && !suggested.has(typeId));
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

/** Whatever cautions apply, the quiz must still have a suggestion and a different alternative. */
function cautionIssues(definition: QuizDefinition): Issue[] {
  const { signs } = definition.safety;
  const cautions = signs.filter((sign) => sign.level === "caution");
  const excluded = new Set(cautions.flatMap((caution) => caution.excludes));
  const issues: Issue[] = cautions.flatMap((caution) =>
    caution.suggests !== undefined && excluded.has(caution.suggests)
      ? [
          {
            path: ["safety", "signs", signs.indexOf(caution), "suggests"],
            message: `"${caution.suggests}" is excluded by a caution, so it cannot be suggested`,
          },
        ]
      : [],
  );
  // The engine itself is the judge of what is left to offer, so the two can never disagree.
  for (const ticked of subsets(cautions.map((caution) => caution.id))) {
    try {
      evaluateQuiz(definition, { safety: ticked, choices: {} });
    } catch {
      issues.push({
        path: ["safety", "signs"],
        message: `with ${ticked.join(" and ") || "no caution"} ticked, fewer than two massage types are left to offer: exclude fewer types`,
      });
      break;
    }
  }
  return issues;
}

function checkQuiz(
  text: string,
  file: string,
  knownTypeIds: readonly string[],
  conditions?: readonly string[],
): { problems: ContentProblem[]; definition?: QuizDefinition } {
  const source = readYaml(text, file);
  if (!source.syntaxOk) return { problems: source.problems };
  const schema = quizDefinitionSchema.superRefine((definition, ctx) => {
    const issues = referenceIssues(definition, knownTypeIds, conditions);
    // Only meaningful once every name refers to something real.
    if (issues.length === 0) issues.push(...cautionIssues(definition));
    for (const issue of issues) ctx.addIssue({ code: "custom", input: definition, ...issue });
  });
  const result = schema.safeParse(source.data);
  if (result.success) {
    return source.problems.length > 0
      ? { problems: source.problems }
      : { problems: [], definition: result.data };
  }
  return {
    problems: [
      ...source.problems,
      ...issuesToProblems(result.error.issues, quizDefinitionSchema, { file, source }),
    ],
  };
}

/** Every mistake in the quiz file, each with its line and the field's path. */
export function quizProblems(
  text: string,
  file: string,
  knownTypeIds: readonly string[],
  conditions?: readonly string[],
): ContentProblem[] {
  return checkQuiz(text, file, knownTypeIds, conditions).problems;
}

/**
 * Parses the quiz file's text and checks it against the massage types that exist (and, when
 * given, their "ask your doctor first" lines). Every mistake is reported with file, line and field.
 */
export function parseQuizDefinition(
  text: string,
  file: string,
  knownTypeIds: readonly string[],
  conditions?: readonly string[],
): QuizDefinition {
  const { problems, definition } = checkQuiz(text, file, knownTypeIds, conditions);
  if (!definition) throw new ContentError(problems);
  return definition;
}

/** The quiz file's definition when it has no mistake (they are reported by quizProblems), for checks that build on it. */
export function quizFrom(
  text: string,
  file: string,
  knownTypeIds: readonly string[],
): QuizDefinition | undefined {
  return checkQuiz(text, file, knownTypeIds, undefined).definition;
}
