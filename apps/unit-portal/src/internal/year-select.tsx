import { SegmentedControl } from "@mantine/core";

/** The plan years a clerk looks at: from the first plan year (2023) to the current one. */
export function YearSelect({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  const now = new Date().getFullYear();
  const years = Array.from({ length: Math.max(1, now - 2023 + 1) }, (_, i) => String(2023 + i));
  return (
    <SegmentedControl
      size="xs"
      data={years}
      value={String(year)}
      onChange={(v) => onChange(Number(v))}
      data-testid="year-select"
    />
  );
}
