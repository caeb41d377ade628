import { readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * PGlite is a single-process database: a second process (a CLI while the server runs) opening the
 * same folder reads a stale state and can corrupt it. The first opener writes who it is beside the
 * folder; a later one is refused while that very process lives. A lock left by a process that is gone
 * is taken over — including when its process id now belongs to another program (after a reboot or a
 * container restart, pid 1 or a small pid is reused at once), which is why the lock records the
 * process's start time and the boot it ran in, not only its pid.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  const me = describeProcess(process.pid);
  try {
    writeFileSync(lockFile, me, { flag: "wx" });
  } catch {
    const holder = parseLock(readFileSync(lockFile, "utf8"));
    if (holder && holder.pid !== process.pid && holderStillRuns(holder)) {
      throw new Error(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder.pid} sử dụng; hãy dừng máy chủ trước / ` +
          `The data folder ${dataDir} is in use by process ${holder.pid}; stop the server first`,
      );
    }
    writeFileSync(lockFile, me);
  }
  return () => rmSync(lockFile, { force: true });
}

export interface LockHolder {
  pid: number;
  /** Clock ticks after boot at which the process started (Linux /proc); null where unknown. */
  startTicks: string | null;
  bootId: string | null;
}

/** The lock's text: "pid startTicks bootId" (the last two "-" where the system does not tell). */
export function describeProcess(pid: number): string {
  return [pid, processStartTicks(pid) ?? "-", bootId() ?? "-"].join(" ");
}

export function parseLock(text: string): LockHolder | null {
  const [pid, start, boot] = text.trim().split(/\s+/);
  const n = Number(pid);
  if (!Number.isSafeInteger(n) || n <= 0) return null;
  const known = (s: string | undefined) => (s && s !== "-" ? s : null);
  return { pid: n, startTicks: known(start), bootId: known(boot) };
}

function holderStillRuns(holder: LockHolder): boolean {
  if (!isAlive(holder.pid)) return false;
  // Same pid, other boot or other start time: the pid was reused by an unrelated process.
  const boot = bootId();
  if (holder.bootId && boot && holder.bootId !== boot) return false;
  const start = processStartTicks(holder.pid);
  if (holder.startTicks && start && holder.startTicks !== start) return false;
  return true;
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

/** Field 22 of /proc/<pid>/stat, read after the command name (which may itself hold spaces or ")"). */
export function processStartTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
  } catch {
    return null;
  }
}
