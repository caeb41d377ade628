/**
 * Server-side document generators: typed plain input → Promise<Buffer>. Word files follow the layout of
 * Nghị định 30/2020/NĐ-CP; spreadsheets are for tables. See docs/documents.md.
 */
export * from "./excel/coverage-workbook";
export * from "./excel/inspection-list-workbook";
export * from "./excel/recommendation-tracker-workbook";
export * from "./file-name";
export * from "./labels";
export * from "./types";
export { longDate, placeDateLine } from "./vi-format";
export * from "./word/annual-report";
export * from "./word/body-report";
export * from "./word/conclusion-notice";
export type { FindingLine } from "./word/findings";
export * from "./word/inspection-minutes";
export * from "./word/inspection-notice";
export * from "./word/inspection-schedule";
export * from "./word/team-decision";
