export * from "./dossier-counts";
export * from "./dossier-import";
export * from "./dossier-rates";
export * from "./dossier-rules";
export * from "./dossier-schemas";
export * from "./remote-thresholds";
