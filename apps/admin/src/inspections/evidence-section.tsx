import { ActionIcon, Anchor, Badge, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import {
  describeError,
  formatDateTime,
  formatNumber,
  postFileWithKey,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { EvidenceFile } from "./inspection-types";

/** The server's default upload limit (PAR_EVIDENCE_MAX_MB); the server checks again and its answer wins. */
export const EVIDENCE_MAX_MB = 10;
const ACCEPT = "image/jpeg,image/png,image/webp,application/pdf";

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(bytes / (1024 * 1024))} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;
}

/** Evidence files of one finding: list, open, upload (images or PDF), remove. */
export function EvidenceSection(props: {
  inspectionId: number;
  itemCode: string;
  files: EvidenceFile[];
  editable: boolean;
}) {
  const { inspectionId, itemCode, files, editable } = props;
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [uploading, setUploading] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.evidence.list.pathFilter());
  const remove = useMutation(
    trpc.evidence.remove.mutationOptions({
      onSuccess: async (f) => {
        notify({ message: t("insp.evidence.removed", { name: f.fileName }) });
        await refresh();
      },
      onError: (err) => notify({ color: "red", message: describeError(err, lang).summary }),
    }),
  );

  const upload = async (file: File | null) => {
    if (!file) return;
    if (!ACCEPT.split(",").includes(file.type)) {
      notify({ color: "red", message: t("insp.evidence.wrongType", { name: file.name }) });
      return;
    }
    if (file.size > EVIDENCE_MAX_MB * 1024 * 1024) {
      notify({
        color: "red",
        message: t("insp.evidence.tooLarge", { name: file.name, size: EVIDENCE_MAX_MB }),
      });
      return;
    }
    setUploading(true);
    try {
      const failure = await postFileWithKey("/files/evidence", { inspectionId, itemCode }, file, lang);
      if (failure) {
        notify({ color: "red", message: failure });
        return;
      }
      notify({ message: t("insp.evidence.uploaded", { name: file.name }) });
      await refresh();
    } catch (err) {
      notify({ color: "red", message: describeError(err, lang).message });
    } finally {
      setUploading(false);
    }
  };

  if (!editable && files.length === 0) return null;
  return (
    <Stack gap={4} data-testid="evidence">
      {files.length > 0 && (
        <Stack gap={2} data-testid="evidence-list">
          {files.map((f) => (
            <Group key={f.id} gap="xs" wrap="nowrap" data-testid="evidence-file">
              <Badge
                size="xs"
                variant="outline"
                color={f.contentType === "application/pdf" ? "red" : "blue"}
                style={{ textTransform: "none", flexShrink: 0 }}
              >
                {f.contentType === "application/pdf" ? "PDF" : t("insp.evidence.image")}
              </Badge>
              <Anchor
                href={f.url}
                target="_blank"
                rel="noopener"
                size="sm"
                truncate
                maw={360}
                title={f.fileName}
              >
                {f.fileName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                {sizeText(f.size)} · {formatDateTime(f.uploadedAt)}
                {f.uploadedBy ? ` · ${f.uploadedBy.name}` : ""}
              </Text>
              {editable && (
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t("insp.evidence.remove", { name: f.fileName })}
                  loading={remove.isPending && remove.variables?.id === f.id}
                  onClick={() => {
                    if (window.confirm(t("insp.evidence.removeConfirm", { name: f.fileName })))
                      remove.mutate({ id: f.id });
                  }}
                  data-testid="evidence-remove"
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <Group gap="xs">
          <FileButton onChange={(f) => void upload(f)} accept={ACCEPT}>
            {(p) => (
              <Button
                {...p}
                size="compact-xs"
                variant="light"
                loading={uploading}
                data-testid="evidence-upload"
              >
                {t("insp.evidence.upload")}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t("insp.evidence.hint", { size: EVIDENCE_MAX_MB })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
