import { Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { formatPoints } from "./points";
import type { SheetRow } from "./sheet-types";

/** One round's points and words for a row, read-only. */
export function ReadCell({
  points,
  text,
  inherited = false,
}: {
  points?: number | null;
  text: string;
  inherited?: boolean;
}) {
  return (
    <Stack gap={2}>
      {points !== undefined && (
        <Text size="sm" fw={inherited ? 400 : 600} c={inherited ? "dimmed" : undefined}>
          {formatPoints(points)}
        </Text>
      )}
      {text && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
          {text}
        </Text>
      )}
    </Stack>
  );
}

export interface Draft {
  points: string;
  text: string;
}

/** The column the caller writes now: points (unless an explanation) and the words that go with them. */
export function EditCell({
  row,
  draft,
  withPoints,
  textLabel,
  onChange,
}: {
  row: SheetRow;
  draft: Draft;
  withPoints: boolean;
  textLabel: string;
  onChange: (d: Draft) => void;
}) {
  const { t } = useLang();
  return (
    <Stack gap={4}>
      {withPoints && (
        <TextInput
          size="xs"
          w={90}
          aria-label={`${t("parIndex.points")} ${row.code}`}
          data-testid={`points-${row.code}`}
          value={draft.points}
          placeholder={`0–${formatPoints(row.maxPoints)}`}
          onChange={(e) => onChange({ ...draft, points: e.currentTarget.value })}
        />
      )}
      <Textarea
        size="xs"
        autosize
        minRows={1}
        maxRows={4}
        maxLength={2000}
        aria-label={`${textLabel} ${row.code}`}
        data-testid={`text-${row.code}`}
        placeholder={textLabel}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.currentTarget.value })}
      />
    </Stack>
  );
}
