import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "../src/db/data-dir-lock";

const folder = () => join(mkdtempSync(join(tmpdir(), "par-lock-")), "pglite");

describe("one process per PGlite data folder", () => {
  it("refuses a second process while the first lives, naming the folder and the process", () => {
    const dir = folder();
    // The parent of this test process is alive and is not us: it stands for a running server.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/đang được tiến trình \d+ sử dụng.*stop the server first/);
  });

  it("takes over a lock left by a process that is gone, and releases it on close", () => {
    const dir = folder();
    writeFileSync(`${dir}.lock`, "999999999");
    const unlock = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    unlock();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
