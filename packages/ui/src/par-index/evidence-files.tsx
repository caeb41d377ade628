import { ActionIcon, FileButton, Group, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "../errors/error-message";
import { DownloadLink } from "../files/download-link";
import { postFileWithKey } from "../files/post-file";
import { useLang } from "../i18n/use-lang";
import { useNotify } from "../notify/notifications";
import { useTRPC } from "../trpc/trpc";
import type { SheetRow } from "./sheet-types";

const ACCEPT = "image/jpeg,image/png,image/webp,application/pdf";

interface Props {
  row: SheetRow;
  unitId: number;
  year: number;
  /** The round the unit's files join now ("self" or "explanation"); null: read-only. */
  round: "self" | "explanation" | null;
  onChanged: () => void;
}

/**
 * The evidence files (tài liệu kiểm chứng) of one sub-criterion: links to open them; for the unit
 * while its round is open, attach and remove. The server decides who sees which file.
 */
export function EvidenceFiles({ row, unitId, year, round, onChanged }: Props) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const [uploading, setUploading] = useState(false);
  const remove = useMutation(
    trpc.parIndex.removeFile.mutationOptions({
      onSuccess: onChanged,
      onError: (e) => notify({ color: "red", message: describeError(e, lang).message }),
    }),
  );
  const upload = async (file: File | null) => {
    if (!file || !round) return;
    setUploading(true);
    const failed = await postFileWithKey(
      "/files/par-index/evidence",
      { unitId, year, code: row.code },
      file,
      lang,
    );
    setUploading(false);
    if (failed) notify({ color: "red", message: failed });
    else notify({ message: t("parIndex.files.uploaded", { name: file.name }) });
    onChanged();
  };
  if (row.files.length === 0 && !round) return null;
  return (
    <Stack gap={2} mt={4} data-testid="evidence-files" data-code={row.code}>
      {row.files.map((f) => (
        <Group key={f.id} gap={4} wrap="nowrap">
          <DownloadLink href={`${f.url}?download=1`} size="xs" testId="evidence-file">
            {f.fileName}
          </DownloadLink>
          {round === f.round && (
            <ActionIcon
              size="xs"
              variant="subtle"
              color="red"
              aria-label={t("parIndex.files.remove", { name: f.fileName })}
              title={t("parIndex.files.remove", { name: f.fileName })}
              loading={remove.isPending}
              onClick={() => remove.mutate({ id: f.id })}
            >
              ✕
            </ActionIcon>
          )}
        </Group>
      ))}
      {round && (
        <FileButton onChange={(f) => void upload(f)} accept={ACCEPT}>
          {(props) => (
            <Text
              {...props}
              component="button"
              type="button"
              size="xs"
              c="blue"
              ta="left"
              style={{ background: "none", border: 0, padding: 0, cursor: "pointer" }}
              data-testid="evidence-attach"
              disabled={uploading}
            >
              {uploading ? t("parIndex.files.uploading") : `+ ${t("parIndex.files.attach")}`}
            </Text>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
