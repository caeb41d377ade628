import { describe, expect, it } from "vitest";
import { SaveReviewInput } from "./camera-schemas";
import { CONDUCT_ITEMS, itemOfKey, suggestedVerdict, toggleItem } from "./conduct-checklist";
import { decideReviewReplay, reviewContentHash } from "./review-content";

const review = {
  clientId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
  counterId: 3,
  watchedFrom: "2023-06-12T01:40:00Z",
  watchedTo: "2023-06-12T01:50:00Z",
  items: ["personal_phone", "no_card_uniform"],
  severity: "minor",
  verdict: "violation",
};

describe("conduct checklist", () => {
  it("has the seven items of the issue, codes unique, each labelled in both languages", () => {
    expect(CONDUCT_ITEMS).toHaveLength(7);
    expect(new Set(CONDUCT_ITEMS.map((i) => i.code)).size).toBe(7);
    for (const i of CONDUCT_ITEMS) expect(i.vi && i.en).toBeTruthy();
  });

  it("keys 1–7 toggle items in order; other keys name none", () => {
    expect(itemOfKey("1")).toBe("staff_absent");
    expect(itemOfKey("7")).toBe("camera_obstructed");
    expect(itemOfKey("8")).toBeNull();
    expect(itemOfKey("0")).toBeNull();
    expect(itemOfKey("x")).toBeNull();
    expect(toggleItem(toggleItem([], "attitude"), "staff_absent")).toEqual(["staff_absent", "attitude"]);
    expect(toggleItem(["attitude"], "attitude")).toEqual([]);
  });

  it("suggests a verdict: conduct → violation, camera only → unwatchable, nothing → ok", () => {
    expect(suggestedVerdict(["personal_phone"])).toBe("violation");
    expect(suggestedVerdict(["camera_obstructed"])).toBe("unwatchable");
    expect(suggestedVerdict([])).toBe("ok");
  });
});

describe("review content hash (replays vs reused ids)", () => {
  const a = SaveReviewInput.parse(review);
  it("ignores the client id and the order of keys; changes with the content", () => {
    const b = SaveReviewInput.parse({ ...review, clientId: "0b6f3c1e-2d4a-4f8b-9c1d-5e6f7a8b9c0d" });
    expect(reviewContentHash(b)).toBe(reviewContentHash(a));
    const c = SaveReviewInput.parse({ ...review, note: "khác" });
    expect(reviewContentHash(c)).not.toBe(reviewContentHash(a));
  });
  it("same hash → replay, other hash → conflict, none → new", () => {
    const h = reviewContentHash(a);
    expect(decideReviewReplay(null, h)).toBe("new");
    expect(decideReviewReplay(h, h)).toBe("replay");
    expect(decideReviewReplay("0".repeat(64), h)).toBe("conflict");
  });
  it("refuses a window that ends before it starts, naming the field in both languages", () => {
    const r = SaveReviewInput.safeParse({ ...review, watchedTo: "2023-06-12T01:00:00Z" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["watchedTo"]);
    expect(r.error?.issues[0]?.message).toContain(" / ");
  });
});

describe("feed health", () => {
  it("online while the last frame is at most 30 s old", async () => {
    const { feedHealth } = await import("./feed-health");
    const now = new Date("2023-06-01T03:00:00Z");
    expect(feedHealth(null, now)).toBe("offline");
    expect(feedHealth(new Date(now.getTime() - 10_000), now)).toBe("online");
    expect(feedHealth(new Date(now.getTime() - 31_000), now)).toBe("offline");
  });
});
