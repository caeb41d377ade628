import { Anchor, Button, FileButton, Group, Paper, Select, Stack, Text, Textarea } from "@mantine/core";
import { RATING_LABELS, RATINGS } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { InternalDetail } from "./detail-types";
import { uploadInternalEvidence } from "./evidence-upload";
import { useInternalRefresh } from "./use-detail-refresh";

type Item = InternalDetail["checklist"][number];

/** One finding per item of plan IV.4 ¶2, with its evidence files. */
export function ChecklistPanel({ detail }: { detail: InternalDetail }) {
  const { t } = useLang();
  return (
    <Paper withBorder p="md" data-testid="checklist-panel">
      <Text fw={600} mb="xs">
        {t("portal.internal.detail.checklist")}
      </Text>
      <Stack gap="sm">
        {detail.checklist.map((item, i) => (
          <ChecklistItem
            key={item.code}
            index={i + 1}
            item={item}
            internalId={detail.id}
            editable={detail.status === "planned"}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function ChecklistItem({
  index,
  item,
  internalId,
  editable,
}: {
  index: number;
  item: Item;
  internalId: number;
  editable: boolean;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInternalRefresh();
  const [rating, setRating] = useState<string | null>(item.rating);
  const [note, setNote] = useState(item.note);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const label = lang === "vi" ? item.vi : item.en;
  const save = useMutation(
    trpc.internal.saveFinding.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("portal.internal.detail.findingSaved", { item: label }) });
        await refresh();
      },
      onError: (err) => setError(describeError(err, lang).message),
    }),
  );
  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    const failure = await uploadInternalEvidence(internalId, item.code, file, lang);
    setUploading(false);
    if (failure) notify({ color: "red", message: failure });
    else {
      notify({ message: t("portal.internal.detail.uploaded", { name: file.name }) });
      await refresh();
    }
  };
  return (
    <Paper withBorder p="xs" data-testid="checklist-item" data-code={item.code}>
      <Text size="sm" fw={600}>
        {index}. {label}
      </Text>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label={t("portal.internal.detail.rating")}
          data={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r][lang] }))}
          value={rating}
          onChange={(v) => {
            setRating(v);
            setError(null);
          }}
          disabled={!editable}
          w={220}
          data-testid="item-rating"
        />
        <Textarea
          label={t("portal.internal.detail.note")}
          value={note}
          maxLength={4000}
          autosize
          minRows={1}
          onChange={(e) => setNote(e.currentTarget.value)}
          disabled={!editable}
          style={{ flex: 1 }}
          data-testid="item-note"
        />
        {editable && (
          <Button
            onClick={() =>
              save.mutate({
                id: internalId,
                itemCode: item.code as never,
                rating: (rating ?? "") as never,
                note,
              })
            }
            loading={save.isPending}
            data-testid="item-save"
          >
            {t("portal.internal.detail.saveFinding")}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red" data-testid="item-error">
          {error}
        </Text>
      )}
      <Group gap="xs" mt={4}>
        <Text size="xs" c="dimmed">
          {t("portal.internal.detail.evidence")}:
        </Text>
        {item.files.map((f) => (
          <Anchor key={f.id} href={f.url} target="_blank" size="xs" data-testid="item-file">
            {f.fileName}
          </Anchor>
        ))}
        {editable && (
          <FileButton
            onChange={(f) => void upload(f)}
            accept="image/jpeg,image/png,image/webp,application/pdf"
          >
            {(props) => (
              <Button
                {...props}
                size="compact-xs"
                variant="light"
                loading={uploading}
                data-testid="item-upload"
              >
                {t("portal.internal.detail.upload")}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
    </Paper>
  );
}
