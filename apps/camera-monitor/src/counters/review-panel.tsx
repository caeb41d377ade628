import {
  Badge,
  Button,
  Checkbox,
  Group,
  Image,
  Kbd,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import {
  CONDUCT_ITEMS,
  REVIEW_VERDICT_LABELS,
  REVIEW_VERDICTS,
  SEVERITIES,
  SEVERITY_LABELS,
} from "@par/domain";
import { formatDateTime, useLang } from "@par/ui";
import type { ReviewDraft } from "./review-draft";

interface Props {
  draft: ReviewDraft;
  onChange: (next: ReviewDraft) => void;
  onToggle: (code: (typeof CONDUCT_ITEMS)[number]["code"]) => void;
  onSnapshot: () => void;
  onSave: () => void;
  watchedFrom: Date;
  fromSample: boolean;
  canReview: boolean;
}

/** The checklist, severity, verdict, note and snapshots of one review, each with its key. */
export function ReviewPanel({
  draft,
  onChange,
  onToggle,
  onSnapshot,
  onSave,
  watchedFrom,
  fromSample,
  canReview,
}: Props) {
  const { t, lang } = useLang();
  return (
    <Paper withBorder p="md" data-testid="review-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t("camera.review")}</Title>
          <Badge variant="light" color={fromSample ? "blue" : "grape"}>
            {fromSample ? t("camera.fromSample") : t("camera.adHoc")}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t("camera.watchedFrom")}: {formatDateTime(watchedFrom)}
        </Text>
        <Stack gap={6}>
          {CONDUCT_ITEMS.map((item, i) => (
            <Checkbox
              key={item.code}
              data-testid={`item-${item.code}`}
              checked={draft.items.includes(item.code)}
              onChange={() => onToggle(item.code)}
              label={
                <Group gap={6} wrap="nowrap">
                  <Kbd size="xs">{i + 1}</Kbd>
                  <span>{item[lang]}</span>
                </Group>
              }
            />
          ))}
        </Stack>
        <div>
          <Text size="sm" fw={500}>
            {t("camera.severity")}
          </Text>
          <SegmentedControl
            fullWidth
            value={draft.severity}
            onChange={(v) => onChange({ ...draft, severity: v as ReviewDraft["severity"] })}
            data={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][lang] }))}
          />
        </div>
        <div>
          <Text size="sm" fw={500}>
            {t("camera.verdict")}
          </Text>
          <SegmentedControl
            fullWidth
            data-testid="verdict"
            value={draft.verdict}
            onChange={(v) =>
              onChange({ ...draft, verdict: v as ReviewDraft["verdict"], verdictChosen: true })
            }
            data={REVIEW_VERDICTS.map((v) => ({ value: v, label: REVIEW_VERDICT_LABELS[v][lang] }))}
          />
        </div>
        <Textarea
          label={t("camera.note")}
          maxLength={2000}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(e) => onChange({ ...draft, note: e.currentTarget.value })}
        />
        <Group gap="xs">
          {draft.snapshots.map((s) => (
            <Image
              key={s.id}
              src={s.url}
              w={96}
              h={54}
              radius="xs"
              alt={t("camera.snapshot")}
              data-testid="snapshot-thumb"
            />
          ))}
        </Group>
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={onSnapshot}
            disabled={!canReview}
            rightSection={<Kbd size="xs">S</Kbd>}
          >
            {t("camera.takeSnapshot")}
          </Button>
          <Button
            onClick={onSave}
            disabled={!canReview}
            data-testid="save-review"
            rightSection={<Kbd size="xs">R</Kbd>}
          >
            {t("camera.saveReview")}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t("camera.keysHelp")}
        </Text>
      </Stack>
    </Paper>
  );
}
