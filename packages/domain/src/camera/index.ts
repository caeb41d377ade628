export * from "./feed-health";
export * from "./camera-route-schemas";
export * from "./camera-schemas";
export * from "./conduct-checklist";
export * from "./review-content";
export * from "./sampling";
