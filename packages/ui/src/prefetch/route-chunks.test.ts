import { describe, expect, it } from "vitest";
import { chunksFor, pathMatches } from "./route-chunks";

describe("route patterns, as wouter reads them", () => {
  it("matches literal segments, :params and a trailing wildcard", () => {
    expect(pathMatches("/dossiers", "/dossiers")).toBe(true);
    expect(pathMatches("/dossiers", "/dossiers/import")).toBe(false);
    expect(pathMatches("/inspections/:id", "/inspections/42")).toBe(true);
    expect(pathMatches("/inspections/:id", "/inspections")).toBe(false);
    expect(pathMatches("/par-index/:year/units/:unitId", "/par-index/2023/units/7?tab=x")).toBe(true);
    expect(pathMatches("/internal/*?", "/internal")).toBe(true);
    expect(pathMatches("/internal/*?", "/internal/plan")).toBe(true);
    expect(pathMatches("/internal/*", "/internal")).toBe(false);
    expect(pathMatches("/", "/")).toBe(true);
    expect(pathMatches("/", "/reports")).toBe(false);
  });

  it("gives each screen's loader once, whichever of its patterns match", () => {
    const a = async () => "a";
    const b = async () => "b";
    const chunks = [
      { pattern: "/par-index", load: a },
      { pattern: "/par-index/:year", load: a },
      { pattern: "/par-index/:year/units/:id", load: b },
    ];
    expect(chunksFor("/par-index/2023", chunks)).toEqual([a]);
    expect(chunksFor("/par-index/2023/units/5", chunks)).toEqual([b]);
    expect(chunksFor("/accounts", chunks)).toEqual([]);
  });
});
