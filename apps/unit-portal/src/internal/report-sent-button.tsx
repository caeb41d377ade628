import { Alert, Button, Group, Text } from "@mantine/core";
import type { ReportPeriod } from "@par/domain";
import { describeError, formatDateTime, useLang, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";

/** The portal's periods ("1"–"4", "year") as the report duties name them (the fourth quarter is the year's). */
const PERIOD_OF: Record<string, ReportPeriod | undefined> = { "1": "q1", "2": "q2", "3": "q3", year: "year" };

/**
 * The clerk records that the unit sent this period's CCHC report section (issue 11 §6): the file is the
 * one generated above; Sở Nội vụ then sees the unit among those that have sent.
 */
export function ReportSentButton({ unitId, year, period }: { unitId: number; year: number; period: string }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const mark = useMutation(trpc.reportDuties.markSent.mutationOptions());
  const duty = PERIOD_OF[period];
  if (!duty) return null;
  return (
    <Group gap="sm">
      <Button
        variant="light"
        loading={mark.isPending}
        onClick={() => mark.mutate({ year, kind: "unit_cchc_section", period: duty, bodyUnitId: unitId })}
        data-testid="report-mark-sent"
      >
        {t("portal.internal.report.markSent")}
      </Button>
      {mark.data && (
        <Text size="sm" c="green">
          {t("portal.internal.report.markedSent", { at: formatDateTime(mark.data.sentAt) })}
        </Text>
      )}
      {mark.error && (
        <Alert color="red" role="alert" py={4}>
          {describeError(mark.error, lang).summary}
        </Alert>
      )}
    </Group>
  );
}
