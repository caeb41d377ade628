import { Paper, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { MonthBars } from "../charts/month-bars";
import { QueryError } from "../errors/query-error";
import { useLang } from "../i18n/use-lang";
import { useTRPC } from "../trpc/trpc";

const SERIES = [
  { rate: "onTime", key: "dossiers.onTime", color: "var(--mantine-color-teal-6)" },
  { rate: "online", key: "dossiers.online", color: "var(--mantine-color-blue-6)" },
  { rate: "digitisedComponents", key: "dossiers.digitised", color: "var(--mantine-color-grape-6)" },
  { rate: "satisfaction", key: "dossiers.satisfaction", color: "var(--mantine-color-orange-6)" },
] as const;

/** The year month by month (four of 766's rates, whole percent), for the scope or one unit's subtree. */
export function DossierTrend({ year, unit }: { year: number; unit: { id: number; name: string } | null }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const trend = useQuery(trpc.dossiers.trend.queryOptions({ year, ...(unit ? { unitId: unit.id } : {}) }));
  if (trend.error) return <QueryError error={trend.error} />;
  const rows = trend.data ?? [];
  const months = Array.from({ length: 12 }, (_, i) => (lang === "vi" ? `T${i + 1}` : `M${i + 1}`));
  const title = t("dossiers.trendOf", { name: unit?.name ?? t("dossiers.trendAll") });
  return (
    <Paper withBorder p="sm" data-testid="dossier-trend">
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      <MonthBars
        title={title}
        empty={t("dossiers.trendEmpty")}
        monthLabels={months}
        series={SERIES.map((s) => ({
          label: t(s.key),
          color: s.color,
          values: months.map((_, i) => {
            const r = rows.find((x) => x.month === i + 1)?.rates[s.rate];
            return r === null || r === undefined ? 0 : Math.round(r);
          }),
        }))}
      />
    </Paper>
  );
}
