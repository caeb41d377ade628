/** "dd/mm/yyyy hh:mm" in Vietnam's time (UTC+7 all year), for cells of exported sheets. */
export function formatDateTimeVi(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
