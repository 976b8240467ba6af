// Plain constants the quiz island needs. Kept apart from schema.ts so that importing them never
// pulls zod (and the schemas built with it) into the browser's bundle.

/** Stored as a safety-screen selection when nothing applies; no sign may use it as its id. */
export const NONE_OF_THESE = "none";

/** The safety screen's group id, used like a question id for errors. */
export const SAFETY_GROUP = "safety";
