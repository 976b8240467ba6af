// The two packages ship JavaScript without types; only what tests/e2e/structured-data.spec.ts uses.
declare module "@adobe/structured-data-validator" {
  export interface ValidationIssue {
    issueMessage: string;
    severity: "ERROR" | "WARNING";
    path?: unknown;
    fieldNames?: string[];
  }
  /** `null` skips the schema.org vocabulary (it cannot be downloaded offline). */
  export default class Validator {
    constructor(schemaOrg: unknown);
    validate(extracted: unknown): Promise<ValidationIssue[]>;
  }
}

declare module "@marbec/web-auto-extractor" {
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: string[] });
    parse(html: string): { jsonld: Record<string, unknown[]>; [format: string]: unknown };
  }
}
