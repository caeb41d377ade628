import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import { carryForwardOnClose } from "./carry-forward";

const t = PLAN_TEMPLATES["dong-nai-2023"];
const rec = (id: number, status: "open" | "responded" | "resolved" | "not_resolved") => ({
  id,
  text: `Kiến nghị ${id}`,
  deadline: "2023-09-30",
  status,
});

describe("R10 closing carries open recommendations forward", () => {
  it("lists every recommendation not resolved and says where it goes", () => {
    const c = carryForwardOnClose(t, [
      rec(1, "open"),
      rec(2, "resolved"),
      rec(3, "responded"),
      rec(4, "not_resolved"),
    ]);
    expect(c.recommendations.map((r) => r.id)).toEqual([1, 3, 4]);
    expect(c.note?.vi).toBe(
      "3 kiến nghị chưa khắc phục sẽ được chuyển vào nội dung 5 của cuộc kiểm tra tiếp theo tại đơn vị",
    );
  });

  it("says nothing when everything is resolved", () => {
    expect(carryForwardOnClose(t, [rec(1, "resolved")])).toEqual({ recommendations: [], note: null });
  });
});
