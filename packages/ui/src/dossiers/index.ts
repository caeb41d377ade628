// The dossier statistics screens (`@par/ui/dossiers`): loaded with the screens that use them.

export { DossierDashboard, type DossierRow } from "./dossier-dashboard";
export { DOSSIER_DICTIONARY } from "./dossier-dictionary";
export { DossierTrend } from "./dossier-trend";
export { DossierYearPicker } from "./dossier-year-picker";
