import type { AppDictionary } from "@par/ui";
import { auditDictionary } from "../audit/audit-dictionary";
import { earlierImportDictionary } from "../import/earlier-import-dictionary";
import { importDictionary } from "../import/import-dictionary";
import { fieldOversightDictionary } from "../units/field-oversight-dictionary";
import { unitFieldsDictionary } from "../units/unit-fields-dictionary";
import { inspectionsDictionary } from "./inspections-dictionary";

/** The strings of the inspections, reports, audit and import screens (top-level keys insp, audit, unitImport, earlierImport, unitFields). */
export const workDictionary: AppDictionary = {
  vi: {
    ...inspectionsDictionary.vi,
    ...auditDictionary.vi,
    ...importDictionary.vi,
    ...earlierImportDictionary.vi,
    ...unitFieldsDictionary.vi,
    ...fieldOversightDictionary.vi,
  },
  en: {
    ...inspectionsDictionary.en,
    ...auditDictionary.en,
    ...importDictionary.en,
    ...earlierImportDictionary.en,
    ...unitFieldsDictionary.en,
    ...fieldOversightDictionary.en,
  },
};
