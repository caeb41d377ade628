export * from "./access/roles";
export * from "./access/scope";
export * from "./text/fold";
export * from "./units/unit-kinds";
export * from "./units/unit-schemas";
export * from "./units/validity";
