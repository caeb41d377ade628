import type { AppDictionary } from "@par/ui";
import { auditDictionary } from "../audit/audit-dictionary";
import { importDictionary } from "../import/import-dictionary";
import { inspectionsDictionary } from "./inspections-dictionary";

/** The strings of the inspections, reports, audit and import screens (top-level keys insp, audit, unitImport). */
export const workDictionary: AppDictionary = {
  vi: { ...inspectionsDictionary.vi, ...auditDictionary.vi, ...importDictionary.vi },
  en: { ...inspectionsDictionary.en, ...auditDictionary.en, ...importDictionary.en },
};
