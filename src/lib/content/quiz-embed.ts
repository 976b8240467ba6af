/**
 * Whether an MDX body shows the quiz (`<Quiz />`, see src/components/mdx): such a page holds an
 * island, known from the text without rendering it (a page the build reuses is not rendered).
 */
export function usesQuiz(body: string | undefined): boolean {
  return /<Quiz\b/.test(body ?? "");
}
