import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeProcess, lockDataDir, parseLock, processStartTicks } from "../src/db/data-dir-lock";

const folder = () => join(mkdtempSync(join(tmpdir(), "par-lock-")), "pglite");

describe("one process per PGlite data folder", () => {
  it("refuses a second process while the first lives, naming the folder and the process", () => {
    const dir = folder();
    // The parent of this test process is alive and is not us: it stands for a running server.
    writeFileSync(`${dir}.lock`, describeProcess(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/đang được tiến trình \d+ sử dụng.*stop the server first/);
  });

  it("still honours a lock written by an older version (a bare pid) while that process lives", () => {
    const dir = folder();
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/stop the server first/);
  });

  it("takes over a lock left by a process that is gone, and releases it on close", () => {
    const dir = folder();
    writeFileSync(`${dir}.lock`, "999999999");
    const unlock = lockDataDir(dir);
    expect(parseLock(readFileSync(`${dir}.lock`, "utf8"))?.pid).toBe(process.pid);
    unlock();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("takes over a lock whose pid now belongs to another program (a reused pid after a restart)", () => {
    const dir = folder();
    const [pid, start, boot] = describeProcess(process.ppid).split(" ");
    expect(start, "this machine reports process start times").not.toBe("-");
    // The living parent's pid, but a start time it never had: the process that wrote it is gone.
    writeFileSync(`${dir}.lock`, `${pid} ${Number(start) + 1} ${boot}`);
    lockDataDir(dir)();
    // The same with another boot's id.
    writeFileSync(`${dir}.lock`, `${pid} ${start} 00000000-0000-0000-0000-000000000000`);
    lockDataDir(dir)();
  });

  it("reads a living process's start time, and none for a process that does not exist", () => {
    expect(processStartTicks(process.pid)).toMatch(/^\d+$/);
    expect(processStartTicks(999_999_999)).toBeNull();
  });
});
