import { describe, expect, it } from "vitest";
import { loadReserve, saveReserve } from "./saved-reserve";

function memoryStore() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

describe("saved reserve", () => {
  it("keeps the list per year", () => {
    const store = memoryStore();
    saveReserve(store, 2023, [{ unitId: 7, code: "X7", name: "Xã Bảy", tier: "commune" }]);
    expect(loadReserve(store, 2023)).toEqual([{ unitId: 7, code: "X7", name: "Xã Bảy", tier: "commune" }]);
    expect(loadReserve(store, 2024)).toEqual([]);
  });
  it("ignores damaged or foreign data", () => {
    const store = memoryStore();
    store.setItem("par.proposal.reserve.2023", "{not json");
    expect(loadReserve(store, 2023)).toEqual([]);
    store.setItem("par.proposal.reserve.2023", JSON.stringify([{ unitId: "a" }, 5]));
    expect(loadReserve(store, 2023)).toEqual([]);
    expect(loadReserve(undefined, 2023)).toEqual([]);
  });
});
