// The opening hours, one job per module: the file's form and rules (hours-schema.ts), which hours
// apply on a date (hours-calendar.ts) and which day it is (practice-day.ts), the words a visitor reads (hours-format.ts) and the
// structured data (hours-schema-org.ts). Imported from here as one module.
export * from "./hours-schema.ts";
export * from "./hours-calendar.ts";
export * from "./practice-day.ts";
export * from "./hours-format.ts";
export * from "./hours-schema-org.ts";
