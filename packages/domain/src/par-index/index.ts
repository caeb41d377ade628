export * from "./example-2023";
export * from "./figures";
export * from "./formula";
export * from "./index-schemas";
export * from "./index-scoring";
export * from "./index-tree";
export * from "./scoring-rounds";
export * from "./par-index-inputs";
