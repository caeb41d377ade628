import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { UNIT_IMPORT_MAX_BYTES } from "@par/domain";
import { describeError, ForbiddenNotice, pickLanguage, useCan, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { EarlierConclusionsTable } from "./earlier-conclusions-table";
import type { EarlierPreview } from "./import-types";
import { readAsBase64 } from "./read-file";
import { TemplateDownload } from "./template-download";

/** R10: conclusions made outside this system, from a workbook: choose, preview, commit all or nothing. */
export function EarlierImportPage() {
  const { t } = useLang();
  if (!useCan("units.write")) return <ForbiddenNotice message={t("earlierImport.forbidden")} />;
  return <EarlierImport />;
}

type Input = { fileName: string; contentBase64: string };

function EarlierImport() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ data: EarlierPreview; input: Input } | null>(null);
  const [result, setResult] = useState<{ conclusions: number; recommendations: number } | null>(null);
  const onError = (err: unknown) => setAlert(describeError(err, lang).summary);
  const previewRun = useMutation(
    trpc.earlier.importPreview.mutationOptions({
      onSuccess: (data, input) => {
        setAlert(null);
        setPreview({ data, input });
      },
      onError,
    }),
  );
  const commit = useMutation(
    trpc.earlier.importCommit.mutationOptions({
      onSuccess: async (res) => {
        setResult(res);
        setPreview(null);
        notify({ message: t("earlierImport.done") });
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
      onError,
    }),
  );
  const runPreview = async () => {
    if (!file) return setFileError(t("earlierImport.fileRequired"));
    if (file.size > UNIT_IMPORT_MAX_BYTES) return setFileError(t("unitImport.fileTooLarge", { size: 5 }));
    setFileError(null);
    setResult(null);
    previewRun.mutate({ fileName: file.name, contentBase64: await readAsBase64(file) });
  };
  const p = preview?.data;
  const stale = preview !== null && preview.input.fileName !== file?.name;
  const canCommit = p?.ok === true && !stale;

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} href="/units" size="sm">
          {t("earlierImport.back")}
        </Anchor>
        <Title order={2}>{t("earlierImport.title")}</Title>
        <Text c="dimmed" size="sm" maw={900}>
          {t("earlierImport.subtitle")}
        </Text>
      </div>
      <Paper withBorder p="md" data-testid="earlier-import-form">
        <Stack gap="sm">
          <FileInput
            label={t("earlierImport.file")}
            placeholder={t("earlierImport.filePlaceholder")}
            description={t("earlierImport.fileHint")}
            accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            clearable
            error={fileError}
            data-testid="earlier-import-file"
          />
          {alert && (
            <Alert color="red" role="alert" data-testid="earlier-import-error">
              {alert}
            </Alert>
          )}
          <Group>
            <Button
              onClick={() => void runPreview()}
              loading={previewRun.isPending}
              data-testid="earlier-import-preview"
            >
              {t("earlierImport.preview")}
            </Button>
            <TemplateDownload />
          </Group>
        </Stack>
      </Paper>

      {result && (
        <Alert color="green" title={t("earlierImport.done")} data-testid="earlier-import-result">
          {t("earlierImport.result", result)}
        </Alert>
      )}

      {p && (
        <Stack gap="sm" data-testid="earlier-import-summary" data-ok={String(p.ok)}>
          <SimpleGrid cols={4} spacing="sm">
            <Count label={t("earlierImport.conclusions")} value={p.summary.conclusions} />
            <Count label={t("earlierImport.recommendations")} value={p.summary.recommendations} />
            <Count label={t("earlierImport.open")} value={p.summary.open} />
            <Count
              label={t("earlierImport.errors")}
              value={p.summary.errors}
              red
              testId="earlier-import-error-count"
            />
          </SimpleGrid>
          {p.problems.length > 0 && (
            <Alert color="red" title={t("earlierImport.problems")} data-testid="earlier-import-problems">
              <List size="sm">
                {p.problems.slice(0, 200).map((x) => (
                  <List.Item key={`${x.row}-${x.field}-${x.code}`}>{pickLanguage(x.message, lang)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {stale && <Alert color="yellow">{t("earlierImport.stale")}</Alert>}
          <Group justify="space-between">
            {p.problems.length > 0 ? (
              <Text size="sm" c="red.8" fw={500}>
                {t("earlierImport.commitBlocked")}
              </Text>
            ) : (
              <span />
            )}
            <Button
              color="green"
              disabled={!canCommit}
              loading={commit.isPending}
              onClick={() => {
                if (preview && window.confirm(t("earlierImport.commitConfirm", p.summary)))
                  commit.mutate({ ...preview.input, token: p.token });
              }}
              data-testid="earlier-import-commit"
            >
              {t("earlierImport.commit")}
            </Button>
          </Group>
          <EarlierConclusionsTable conclusions={p.conclusions} />
        </Stack>
      )}
    </Stack>
  );
}

function Count({
  label,
  value,
  red,
  testId,
}: {
  label: string;
  value: number;
  red?: boolean;
  testId?: string;
}) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={red && value > 0 ? "red.8" : undefined} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}
