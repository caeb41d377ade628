/**
 * Answers of the heaviest reads, kept for a few seconds and dropped the moment the data under them
 * changes (issue 8 §4: a dashboard opened by fifty officers at once is fifty identical questions).
 *
 * What makes an answer stale is told by the database itself: every data table announces, when a
 * change commits, the province it touched (or "*" when the table has no province key) on the
 * PostgreSQL channel `par_data_changed` (migration 2026_12_02_0001, db/change-announcements.ts). Each province has an epoch that
 * an announcement moves on; an answer is stored with the epoch read *before* its query ran and served
 * only while the epoch is unchanged, so a change that commits during the query discards it.
 *
 * The key is the user, the province the session reads, the procedure, its input as sent and the
 * Vietnamese date ("today" decides R5's surprise inspections and deadlines); entries also expire
 * after READ_CACHE_TTL_MS, which bounds anything that depends on the time of day. A national reader
 * reads across provinces: its answers hang on the country's epoch, which every announcement moves.
 *
 * Memory is bounded by bytes (the answer's JSON length), oldest out first. The cache is off until the
 * process hears the announcements, and turned off (and emptied) if it loses them.
 */
export const READ_CACHE_TTL_MS = 5_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** Answers larger than this are not kept: one export-sized answer would evict a thousand pages. */
const MAX_ENTRY_BYTES = 1024 * 1024;

interface Entry {
  data: unknown;
  stamp: string;
  storedAt: number;
  bytes: number;
}

/** Whose answer it is: the epochs it depends on are chosen from this. */
export interface ReadScope {
  provinceId: number | null;
  /** Reads across provinces (a national reader): any province's change makes its answers stale. */
  national: boolean;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly provinceEpochs = new Map<number, number>();
  /** Moved by changes to tables without a province key ("*"): they may sit under any answer. */
  private globalEpoch = 0;
  /** Moved by every announcement: what a national reader's answers hang on. */
  private countryEpoch = 0;
  private bytes = 0;
  private on = false;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  get enabled(): boolean {
    return this.on;
  }

  enable(): void {
    this.on = true;
  }

  disable(): void {
    this.on = false;
    this.clear();
  }

  /** An announcement from the changes channel: a province id, or "*" for a change of any scope. */
  changed(payload: string): void {
    this.countryEpoch++;
    const province = Number(payload);
    if (payload === "*" || !Number.isSafeInteger(province)) this.globalEpoch++;
    else this.provinceEpochs.set(province, (this.provinceEpochs.get(province) ?? 0) + 1);
  }

  /** This process committed a change (a write request answered): everything it kept may be stale. */
  changedHere(): void {
    this.globalEpoch++;
    this.countryEpoch++;
  }

  /** The epochs an answer for this scope depends on, read before its query runs. */
  stampOf(scope: ReadScope): string {
    if (scope.national || scope.provinceId === null) return `c${this.countryEpoch}`;
    return `g${this.globalEpoch}p${this.provinceEpochs.get(scope.provinceId) ?? 0}`;
  }

  get(key: string, scope: ReadScope, now: number): unknown {
    if (!this.on) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = now - entry.storedAt;
    if (entry.stamp !== this.stampOf(scope) || age < 0 || age >= READ_CACHE_TTL_MS) {
      this.remove(key, entry);
      return undefined;
    }
    // Most recently used last: the oldest in the map's order goes first when memory is short.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.data;
  }

  /** Keeps `data` under the stamp read before the query; a stamp moved since means it is already stale. */
  set(key: string, scope: ReadScope, stamp: string, now: number, data: unknown): void {
    this.misses++;
    if (!this.on || stamp !== this.stampOf(scope)) return;
    const bytes = key.length + (JSON.stringify(data)?.length ?? 0);
    if (bytes > MAX_ENTRY_BYTES) return;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { data, stamp, storedAt: now, bytes });
    this.bytes += bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldKey, old);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
