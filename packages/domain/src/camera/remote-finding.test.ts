import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { area4FindingFromReviews, evidenceSentence, REMOTE_EVIDENCE_MAX } from "./remote-finding";

describe("area 4 finding of a remote-camera inspection", () => {
  it("no review → not applicable; none violating → met; any serious or ≥ 20 % → not met; else shortcomings", () => {
    const f = (reviews: number, violations: number, serious = 0) =>
      area4FindingFromReviews(
        { reviews, violations, serious, byItem: { personal_phone: violations } },
        "2023-06-01",
        "2023-06-30",
      ).rating;
    expect(f(0, 0)).toBe("khong_ap_dung");
    expect(f(10, 0)).toBe("dat");
    expect(f(10, 1)).toBe("co_ton_tai");
    expect(f(10, 2)).toBe("chua_dat");
    expect(f(100, 1, 1)).toBe("chua_dat");
  });

  it("the note names the period (dd/mm/yyyy), the counts and the kinds of violation", () => {
    const { note } = area4FindingFromReviews(
      {
        reviews: 12,
        violations: 3,
        serious: 0,
        byItem: { personal_phone: 2, attitude: 1, camera_obstructed: 4 },
      },
      "2023-06-01",
      "2023-06-30",
    );
    expect(note).toBe(
      "Qua 12 lượt xem camera Bộ phận Một cửa từ 01/06/2023 đến 30/06/2023: 3 lượt vi phạm (dùng điện thoại việc riêng: 2; thái độ với người dân chưa đúng mực: 1).",
    );
  });

  it("more violations never improve the rating", () => {
    const order = ["dat", "co_ton_tai", "chua_dat"];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (reviews, v) => {
        const a = Math.min(v, reviews);
        const b = Math.min(a + 1, reviews);
        const r = (n: number) =>
          order.indexOf(
            area4FindingFromReviews(
              { reviews, violations: n, serious: 0, byItem: {} },
              "2023-01-01",
              "2023-01-02",
            ).rating,
          );
        expect(r(b)).toBeGreaterThanOrEqual(r(a));
      }),
      { numRuns: 50 },
    );
  });
});

describe("evidence sentence of a remote-camera finding", () => {
  it("names the reviews kept, says when they are only the newest, and is empty without violations", () => {
    expect(evidenceSentence([], 0)).toBe("");
    expect(evidenceSentence([15, 12], 2)).toBe(" Minh chứng: lượt xem #15, #12, kèm ảnh chụp.");
    expect(evidenceSentence([15, 12], 30)).toBe(
      " Minh chứng: lượt xem #15, #12 (2/30 lượt mới nhất), kèm ảnh chụp.",
    );
  });

  it("names every review kept, whatever the count", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: REMOTE_EVIDENCE_MAX }),
        (ids) => {
          const s = evidenceSentence(ids, ids.length);
          for (const id of ids) expect(s).toContain(`#${id}`);
        },
      ),
      { numRuns: 50 },
    );
  });
});
