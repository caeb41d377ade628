import { Alert, Button, FileInput, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { kindOf, REPORT_FILE_EXTENSIONS, REPORT_FILE_MAX_BYTES, REPORT_PERIOD_LABELS } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { readBase64 } from "./read-base64";

export type OwedReport = RouterOutputs["reportDuties"]["mine"][number];

/** Whether the chosen file can go: its type and size, checked again by the server's schema. */
function fileProblem(file: File | null): "fileType" | "fileTooLarge" | null {
  if (!file) return null;
  const name = file.name.toLowerCase();
  if (!REPORT_FILE_EXTENSIONS.some((ext) => name.endsWith(ext))) return "fileType";
  return file.size > REPORT_FILE_MAX_BYTES ? "fileTooLarge" : null;
}

/** The clerk records that the body sent this report, with the signed file it sent and a note. */
export function MarkSentModal({ report, onClose }: { report: OwedReport; onClose: () => void }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(report.note ?? "");
  const [file, setFile] = useState<File | null>(null);
  const problem = fileProblem(file);
  const mark = useMutation(
    trpc.reportDuties.markSent.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.reportDuties.pathFilter());
        notify({ color: "green", message: t("portal.owedReports.marked") });
        onClose();
      },
    }),
  );
  const submit = async () => {
    if (problem) return;
    const content = file ? { fileName: file.name, contentBase64: await readBase64(file) } : {};
    mark.mutate({
      year: report.year,
      kind: report.kind,
      period: report.period,
      bodyUnitId: report.bodyUnitId,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...content,
    });
  };
  const def = kindOf(report.kind);
  return (
    <Modal opened onClose={onClose} title={t("portal.owedReports.modalTitle")} size="lg">
      <Stack gap="sm" data-testid="mark-sent-modal">
        <Text fw={500}>
          {def[lang]} – {REPORT_PERIOD_LABELS[report.period][lang]} {report.year}
        </Text>
        <Text size="sm" c="dimmed">
          {report.bodyName} → {def.to[lang]}
        </Text>
        <FileInput
          label={t("portal.owedReports.fileLabel")}
          placeholder={t("portal.owedReports.filePlaceholder")}
          accept={REPORT_FILE_EXTENSIONS.join(",")}
          value={file}
          onChange={setFile}
          clearable
          error={problem ? t(`portal.owedReports.${problem}`) : null}
          data-testid="report-file"
        />
        <Textarea
          label={t("portal.owedReports.note")}
          placeholder={t("portal.owedReports.notePlaceholder")}
          maxLength={500}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="report-note"
        />
        {mark.error && (
          <Alert color="red" role="alert">
            {describeError(mark.error, lang).message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("portal.owedReports.cancel")}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={mark.isPending}
            disabled={problem !== null}
            data-testid="report-confirm-sent"
          >
            {t("portal.owedReports.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
