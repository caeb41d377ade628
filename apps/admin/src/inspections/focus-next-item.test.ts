import { describe, expect, it } from "vitest";
import { nextItemCode } from "./focus-next-item";

describe("nextItemCode", () => {
  const codes = ["1a", "1b", "2.1", "4"];
  it("is the following item, across areas", () => {
    expect(nextItemCode(codes, "1a")).toBe("1b");
    expect(nextItemCode(codes, "2.1")).toBe("4");
  });
  it("is null after the last item and for a code not in the list", () => {
    expect(nextItemCode(codes, "4")).toBeNull();
    expect(nextItemCode(codes, "9")).toBeNull();
  });
});
