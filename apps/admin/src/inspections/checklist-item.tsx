import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { RATING_LABELS, RATINGS, type Rating } from "@par/domain";
import { describeError, formatDateTime, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { EvidenceSection } from "./evidence-section";
import { inspectionFieldLabel } from "./field-label";
import type { EvidenceFile, InspectionDetail } from "./inspection-types";
import { useInspectionRefresh } from "./use-inspection-refresh";

type Finding = InspectionDetail["findings"][number];
type Item = InspectionDetail["checklist"]["areas"][number]["items"][number];

export const RATING_COLORS = {
  dat: "green",
  chua_dat: "red",
  co_ton_tai: "orange",
  khong_ap_dung: "gray",
} as const satisfies Record<Rating, string>;

/** One checklist item: its finding (rating and note, recordFinding) and the evidence files. */
export function ChecklistItemCard(props: {
  inspectionId: number;
  item: Item;
  finding: Finding | null;
  files: EvidenceFile[];
  editable: boolean;
  /** Called once the finding is saved (the panel moves focus to the next item). */
  onSaved?: (code: string) => void;
  /** The number shown (area 5: "5.1", "5.2"… for the item codes "5.r12", "5.e7"). */
  label?: string;
  /** A line under the item (area 5: the recommendation's deadline). */
  hint?: string;
}) {
  const { inspectionId, item, finding, files, editable, onSaved, label, hint } = props;
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInspectionRefresh();
  const [rating, setRating] = useState<Rating | null>((finding?.rating as Rating | undefined) ?? null);
  const [note, setNote] = useState(finding?.note ?? "");
  const [error, setError] = useState<string | null>(null);
  const dirty = rating !== (finding?.rating ?? null) || note !== (finding?.note ?? "");
  const record = useMutation(
    trpc.inspections.recordFinding.mutationOptions({
      onSuccess: async (res) => {
        setError(null);
        notify({
          message:
            res.missing.length === 0
              ? t("insp.checklist.allRated")
              : t("insp.checklist.savedItem", { code: label ?? item.code, count: res.missing.length }),
        });
        await refresh();
        onSaved?.(item.code);
      },
      onError: (err) => setError(describeError(err, lang, inspectionFieldLabel(t)).summary),
    }),
  );
  const testId = `checklist-item-${item.code}`;

  return (
    <Paper withBorder p="sm" data-testid={testId} data-rated={finding ? finding.rating : ""}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm">
            <Text span fw={700}>
              {label ?? item.code}.
            </Text>{" "}
            {item[lang]}
            {hint && (
              <Text span size="xs" c="dimmed">
                {" "}
                · {hint}
              </Text>
            )}
          </Text>
          {finding && !editable && (
            <Badge
              color={RATING_COLORS[finding.rating as Rating]}
              variant="light"
              style={{ textTransform: "none", flexShrink: 0 }}
              data-testid="finding-rating-shown"
            >
              {RATING_LABELS[finding.rating as Rating][lang]}
            </Badge>
          )}
        </Group>
        {editable ? (
          <>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SegmentedControl
                size="xs"
                aria-label={t("insp.checklist.rating")}
                value={rating ?? ""}
                onChange={(v) => setRating(v as Rating)}
                data={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r][lang] }))}
                color={rating ? RATING_COLORS[rating] : undefined}
                data-testid="finding-rating"
              />
              <Textarea
                aria-label={t("insp.checklist.note")}
                placeholder={t("insp.checklist.note")}
                autosize
                minRows={1}
                maxRows={6}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                style={{ flex: 1, minWidth: 220 }}
                data-testid="finding-note"
              />
              <Button
                size="xs"
                disabled={!rating || !dirty}
                loading={record.isPending}
                onClick={() => rating && record.mutate({ inspectionId, itemCode: item.code, rating, note })}
                data-testid="finding-save"
              >
                {t("common.save")}
              </Button>
            </Group>
            {!rating && (
              <Text size="xs" c="dimmed">
                {t("insp.checklist.notRated")}
              </Text>
            )}
          </>
        ) : finding?.note ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
            {finding.note}
          </Text>
        ) : !finding ? (
          <Text size="xs" c="dimmed">
            {t("insp.checklist.notRated")}
          </Text>
        ) : null}
        {finding && (
          <Text size="xs" c="dimmed">
            {t("insp.checklist.recordedAt", { at: formatDateTime(finding.recordedAt) })}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert" p="xs">
            {error}
          </Alert>
        )}
        <EvidenceSection inspectionId={inspectionId} itemCode={item.code} files={files} editable={editable} />
      </Stack>
    </Paper>
  );
}
