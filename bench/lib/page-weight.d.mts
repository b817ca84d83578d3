export type PageWeight = {
  route: string;
  kind: "form" | "list" | "detail" | "other";
  files: number;
  raw: number;
  gzip: number;
  ajv: boolean;
  rjsf: boolean;
};
export const MARKERS: { ajv: string; rjsf: string };
export const SCHEMA_FORM_PAGES: string[];
export const LIST_PAGES: string[];
export const PAGE_BUDGET_BYTES: number;
export function routeOf(manifestFile: string): string;
export function pageKind(route: string): PageWeight["kind"];
export function pageWeights(distDir: string): PageWeight[];
export function budgetViolations(pages: PageWeight[]): string[];
