import { Group, Text, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";

export interface MonthSeries {
  label: string;
  /** A CSS color. */
  color: string;
  /** One value per month, index 0 = January. */
  values: readonly number[];
}

interface MonthBarsProps {
  /** The chart's accessible name. */
  title: string;
  series: readonly MonthSeries[];
  /** Twelve short month labels. */
  monthLabels: readonly string[];
  height?: number;
  /** Shown instead of an empty 0–1 axis when every value is zero: what the chart waits for. */
  empty?: ReactNode;
}

const W = 1040;
const PAD_LEFT = 28;
const PAD_BOTTOM = 20;

/**
 * Grouped bars per month in plain SVG (no chart library): one bar per series in each month, the value
 * above each bar. A table with the same numbers follows for screen readers.
 */
export function MonthBars({ title, series, monthLabels, height = 180, empty }: MonthBarsProps) {
  if (empty !== undefined && series.every((s) => s.values.every((v) => !v)))
    return (
      <Text size="sm" c="dimmed" py="xs" data-testid="month-bars-empty">
        {empty}
      </Text>
    );
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plotH = height - PAD_BOTTOM - 14;
  const slot = (W - PAD_LEFT) / 12;
  const barW = Math.min(28, (slot - 8) / Math.max(1, series.length));
  const ticks = max <= 4 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.ceil(max / 2), max];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        style={{ display: "block" }}
      >
        {ticks.map((t) => {
          const y = 14 + plotH - (t / max) * plotH;
          return (
            <g key={t}>
              <line x1={PAD_LEFT} x2={W} y1={y} y2={y} stroke="var(--mantine-color-gray-3)" />
              <text x={PAD_LEFT - 4} y={y + 4} fontSize="10" textAnchor="end" fill="currentColor">
                {t}
              </text>
            </g>
          );
        })}
        {monthLabels.map((m, i) => {
          const x0 = PAD_LEFT + i * slot + (slot - barW * series.length) / 2;
          return (
            <g key={m}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                const h = (v / max) * plotH;
                const x = x0 + j * barW;
                return (
                  <g key={s.label}>
                    <rect x={x} y={14 + plotH - h} width={barW - 2} height={h} fill={s.color} rx={2}>
                      <title>{`${m} · ${s.label}: ${v}`}</title>
                    </rect>
                    {v > 0 && (
                      <text
                        x={x + (barW - 2) / 2}
                        y={14 + plotH - h - 3}
                        fontSize="10"
                        textAnchor="middle"
                        fill="currentColor"
                      >
                        {v}
                      </text>
                    )}
                  </g>
                );
              })}
              <text
                x={PAD_LEFT + i * slot + slot / 2}
                y={height - 5}
                fontSize="11"
                textAnchor="middle"
                fill="currentColor"
              >
                {m}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4} component="figcaption">
        {series.map((s) => (
          <Group key={s.label} gap={4} wrap="nowrap">
            <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: s.color }} />
            <Text size="xs" c="dimmed">
              {s.label}
            </Text>
          </Group>
        ))}
      </Group>
      <VisuallyHidden>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col" />
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthLabels.map((m, i) => (
              <tr key={m}>
                <th scope="row">{m}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
