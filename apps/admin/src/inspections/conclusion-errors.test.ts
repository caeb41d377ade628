import { describe, expect, it } from "vitest";
import { issuesByPath } from "./conclusion-errors";

describe("issuesByPath", () => {
  it("keys nested issues by the whole path and keeps the first per path", () => {
    const out = issuesByPath(
      [
        { path: ["recommendations", 1, "deadline"], message: "Hạn / Deadline" },
        { path: ["recommendations", 1, "deadline"], message: "second / second" },
        { path: ["number"], message: "Số / Number" },
      ],
      "en",
    );
    expect(out).toEqual({ "recommendations.1.deadline": "Deadline", number: "Number" });
  });
});
