// The opening hours, one job per module: the file's form and rules (hours-schema.ts), which hours
// apply on a date (hours-calendar.ts), the words a visitor reads (hours-format.ts) and the
// structured data (hours-schema-org.ts). Imported from here as one module.
export * from "./hours-schema";
export * from "./hours-calendar";
export * from "./hours-format";
export * from "./hours-schema-org";
