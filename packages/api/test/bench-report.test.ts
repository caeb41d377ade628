import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outPath, writeReport } from "../bench/national/write-report";

describe("the national bench's --out", () => {
  it("resolves against the directory the command was typed in, not the package's", () => {
    expect(outPath("docs/benchmarks.md", "/repo")).toBe("/repo/docs/benchmarks.md");
    expect(outPath("/tmp/x.md", "/repo")).toBe("/tmp/x.md");
  });

  it("creates the file, then replaces only the figures between the markers", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bench-")), "benchmarks.md");
    writeReport(file, "first run");
    expect(readFileSync(file, "utf8")).toContain("first run");
    writeFileSync(file, `# Method\n\n${readFileSync(file, "utf8")}\n## Earlier\nkept\n`);
    writeReport(file, "second run");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# Method");
    expect(text).toContain("second run");
    expect(text).not.toContain("first run");
    expect(text).toContain("## Earlier\nkept");
  });

  it("appends a marked section to a file written by hand", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bench-")), "benchmarks.md");
    writeFileSync(file, "# Benchmarks\n");
    writeReport(file, "run");
    expect(readFileSync(file, "utf8")).toMatch(/^# Benchmarks\n\n<!-- national-bench:start -->\nrun\n/);
  });
});
