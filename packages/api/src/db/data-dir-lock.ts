import { readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * PGlite is a single-process database: a second process (a CLI while the server runs) opening the
 * same folder reads a stale state and can corrupt it. The first opener writes its pid beside the
 * folder; a later one is refused while that process lives. A lock left by a crashed process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(lockFile, "utf8").trim());
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder} sử dụng; hãy dừng máy chủ trước / ` +
          `The data folder ${dataDir} is in use by process ${holder}; stop the server first`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
