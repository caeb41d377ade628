// Long lists a page at a time. A subpath of its own (`@par/ui/paged`), not the main barrel: what it
// pulls in (Mantine's Select, the table) then loads with the screens that use it, not with the first one.
export { type PagedColumn, PagedTable } from "./paged-table";
export { UnitPagedTable } from "./unit-paged-table";
export { UnitSearchSelect } from "./unit-search-select";
export { type CursorPages, nextCursorOf, type PageLike, useCursorPages } from "./use-cursor-pages";
