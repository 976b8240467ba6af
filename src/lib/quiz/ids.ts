// Ids the quiz island needs at run time, kept apart from schema.ts so the browser bundle never
// pulls in zod (it tripled the island's size).

/** Stored as a safety-screen selection when nothing applies; no sign may use it as its id. */
export const NONE_OF_THESE = "none";

/** The safety screen's group id, used like a question id for errors. */
export const SAFETY_GROUP = "safety";
