import type { Lang } from "../labels/labels";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** 1 → "Tháng 1" / "January"; short: "T1" / "Jan". */
export function monthLabel(month: number, lang: Lang, short = false): string {
  if (lang === "vi") return short ? `T${month}` : `Tháng ${month}`;
  const name = EN_MONTHS[month - 1] ?? String(month);
  return short ? name.slice(0, 3) : name;
}

/** Column heads of a week that starts on Monday, as Vietnamese calendars do: "T2" … "CN". */
export function weekdayLabels(lang: Lang): string[] {
  return lang === "vi"
    ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
}
