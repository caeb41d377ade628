export * from "./camera-route-schemas";
export * from "./camera-schemas";
export * from "./conduct-checklist";
export * from "./counter-import";
export * from "./feed-health";
export * from "./remote-finding";
export * from "./review-content";
export * from "./sampling";
