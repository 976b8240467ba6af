import { z } from "astro/zod";
import { wording } from "../site/wording.ts";

export { NONE_OF_THESE, SAFETY_GROUP } from "./ids.ts";

const ID_RULE = 'write ids in lowercase with dashes, for example "lower-back"';
const id = z.string({ error: ID_RULE }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ID_RULE });
const text = (what: string) => z.string({ error: `write ${what}` }).min(2, { error: `write ${what}` });

const answerSchema = z.strictObject({
  id,
  label: text("the answer as the visitor reads it"),
  /** Completes "You told us …" in the result, so it must read as part of a sentence. */
  reason: text("a short phrase that completes “You told us …”").optional(),
  weights: z
    .record(z.string(), z.number({ error: "give a whole number of points from 0 to 5" }).int().min(0).max(5))
    .default({}),
  /** Answering this counts as ticking that caution on the safety screen. */
  caution: id.optional(),
});

const questionSchema = z.strictObject({
  id,
  /** Needed when a step holds more than one question; a single question uses the step's legend. */
  legend: text("the question").optional(),
  answers: z.array(answerSchema).min(2, { error: "give the question at least two answers to choose from" }),
});

const stepSchema = z.strictObject({
  legend: text("the step's question"),
  questions: z.array(questionSchema).min(1, { error: "give the step at least one question" }),
});

const emergencySignSchema = z.strictObject({ id, level: z.literal("emergency"), label: text("the sign") });
const doctorSignSchema = z.strictObject({ id, level: z.literal("doctor"), label: text("the sign") });
const cautionSignSchema = z.strictObject({
  id,
  level: z.literal("caution"),
  label: text("the caution"),
  /** Completes "Tell your therapist that …". */
  mention: text("what to tell the therapist, completing “Tell your therapist that …”"),
  excludes: z.array(id).default([]),
  /** Completes "You told us …" when this caution decides the suggestion. */
  reason: text("a short phrase that completes “You told us …”").optional(),
  /** A type kept for people this caution applies to, and suggested to them whatever else they answer. */
  suggests: id.optional(),
  /**
   * The massage types' "ask your doctor first" lines this caution answers, word for word: a result
   * leaves them out for a visitor who did not tick the caution, and shows them to one who did.
   */
  screens: z.array(text("an “ask your doctor first” line, word for word")).default([]),
});

const signSchema = z.discriminatedUnion("level", [emergencySignSchema, doctorSignSchema, cautionSignSchema], {
  error: 'give each sign a level: "emergency", "doctor" or "caution"',
});

const safetyResultSchema = z.strictObject({
  heading: text("the result's heading"),
  text: text("the result's text"),
});

const resultsSchema = z.strictObject({
  emergency: safetyResultSchema,
  doctor: safetyResultSchema,
  comfort: text("the sentence on comfort and pressure"),
  disclaimer: text("the note that the quiz is guidance, not medical advice"),
});

export const quizDefinitionSchema = z.strictObject({
  /** Gentlest first; a tie in points goes to the type listed earlier. */
  gentleness: z.array(id).min(2, { error: "list the massage types the quiz may suggest, gentlest first" }),
  safety: z.strictObject({
    legend: text("the safety question"),
    hint: text("a hint").optional(),
    noneLabel: text("the label of the “None of these” box"),
    signs: z.array(signSchema).min(1, { error: "list the warning signs" }),
  }),
  steps: z.array(stepSchema).min(1, { error: "give the quiz at least one step after the safety screen" }),
  /** Result wording lives here rather than in the island's code, which keeps its JavaScript small. */
  results: resultsSchema,
  /** Every other word the quiz shows; placeholders in braces are filled in by the quiz. */
  wording: z.strictObject({
    step: wording("the step counter", ["step", "total"], ["step", "total"]),
    next: wording("the Next button"),
    back: wording("the Back button"),
    chooseAnswer: wording("the message shown when a question has no answer"),
    suggestion: wording("the result's heading", ["type"], ["type"]),
    whyThis: wording("the heading above the reasons"),
    youToldUs: wording("the sentence listing the reasons", ["reasons"], ["reasons"]),
    // One letter in some languages (Spanish "y"): not a wording's two.
    and: z
      .string({ error: 'write the word before the last reason of a list, e.g. "and"' })
      .trim()
      .min(1, { error: 'write the word before the last reason of a list, e.g. "and"' })
      .meta({ title: 'The word before the last reason of a list ("and")' }),
    closestMatch: wording("the sentence shown when no answer gave a reason"),
    tellTherapist: wording("the sentence about a caution", ["mention"], ["mention"]),
    askDoctorFirst: wording("the heading above a type's “ask your doctor first” lines", ["type"]),
    whatToExpect: wording("the heading above the type's summary"),
    sessionInfo: wording("the sentence on pressure and session lengths", ["pressure", "lengths"]),
    moreAbout: wording("the link to the type's page", ["type"], ["type"]),
    anotherOption: wording("the heading above the alternative"),
    chooseLength: wording("the question above the session lengths"),
    changeAnswers: wording("the button that goes back to the start"),
    callEmergency: wording("the emergency call button", ["emergencyNumber"], ["emergencyNumber"]),
    contactUs: wording("the contact sentence on the doctor result", ["phone", "email"], ["phone", "email"]),
    noScript: wording("the note shown when JavaScript is off"),
    compareTypes: wording("the link to the massage types when JavaScript is off"),
  }),
});

export type QuizDefinition = z.infer<typeof quizDefinitionSchema>;
export type SafetySign = QuizDefinition["safety"]["signs"][number];
export type CautionSign = z.infer<typeof cautionSignSchema>;

/**
 * The quiz in another language (content/<code>/quiz.yaml): only its words, matched to the
 * original's signs, questions and answers by id. The weights, levels and exclusions are the
 * original's, so the quiz routes every language the same way.
 */
export const quizWordsSchema = z.strictObject({
  safety: z.strictObject({
    legend: text("the safety question"),
    hint: text("a hint").optional(),
    noneLabel: text("the label of the “None of these” box"),
    signs: z.array(
      z.strictObject({
        id,
        label: text("the sign"),
        mention: text("what to tell the therapist").optional(),
        reason: text("a short phrase that completes “You told us …”").optional(),
        screens: z.array(text("an “ask your doctor first” line, word for word")).optional(),
      }),
    ),
  }),
  steps: z.array(
    z.strictObject({
      legend: text("the step's question"),
      questions: z.array(
        z.strictObject({
          id,
          legend: text("the question").optional(),
          answers: z.array(
            z.strictObject({
              id,
              label: text("the answer as the visitor reads it"),
              reason: text("a short phrase that completes “You told us …”").optional(),
            }),
          ),
        }),
      ),
    }),
  ),
  results: resultsSchema,
  wording: quizDefinitionSchema.shape.wording,
});

export type QuizWords = z.infer<typeof quizWordsSchema>;
