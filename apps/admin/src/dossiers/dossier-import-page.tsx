import { Alert, Anchor, Button, FileInput, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { DOSSIER_COLUMNS, type DossierImportInput } from "@par/domain";
import {
  describeError,
  formatNumber,
  pickLanguage,
  useLang,
  useNotify,
  useScreenDictionary,
  useTRPC,
} from "@par/ui";
import { DOSSIER_DICTIONARY } from "@par/ui/dossiers";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { readAsBase64 } from "../import/read-file";
import { DOSSIERS_ADMIN_DICTIONARY } from "./dossiers-dictionary";

/** /admin/dossiers/import: a file of monthly figures, previewed row by row, then written all or nothing. */
export function DossierImportPage() {
  useScreenDictionary(DOSSIER_DICTIONARY);
  useScreenDictionary(DOSSIERS_ADMIN_DICTIONARY);
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [input, setInput] = useState<DossierImportInput | null>(null);
  const preview = useMutation(trpc.dossiers.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.dossiers.importCommit.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries(trpc.dossiers.pathFilter());
        notify({ message: t("dossiersAdmin.imported", { ...r, n: formatNumber(r.months) }), color: "green" });
        preview.reset();
      },
    }),
  );
  const run = async () => {
    if (!file) return;
    const next = { fileName: file.name, contentBase64: await readAsBase64(file) };
    setInput(next);
    commit.reset();
    preview.mutate(next);
  };
  const failure = preview.error ?? commit.error;
  const data = preview.data;
  return (
    <Stack gap="md" data-testid="dossier-import">
      <div>
        <Anchor component={Link} href="/dossiers" size="sm">
          ← {t("dossiersAdmin.back")}
        </Anchor>
        <Title order={2}>{t("dossiersAdmin.importTitle")}</Title>
      </div>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text size="sm">{t("dossiersAdmin.importHint")}</Text>
          <Text size="xs" c="dimmed">
            {t("dossiersAdmin.columns")}: {DOSSIER_COLUMNS.map((c) => c[lang]).join(" · ")}
          </Text>
          <Group align="flex-end">
            <FileInput
              label={t("dossiersAdmin.file")}
              accept=".xlsx,.csv"
              w={320}
              value={file}
              onChange={setFile}
              data-testid="dossier-import-file"
            />
            <Button variant="light" disabled={!file} loading={preview.isPending} onClick={() => void run()}>
              {t("dossiersAdmin.preview")}
            </Button>
          </Group>
          {failure && (
            <Alert color="red" role="alert">
              {describeError(failure, lang, () => t("dossiersAdmin.file")).summary}
            </Alert>
          )}
          {data && data.problems.length > 0 && (
            <Alert color="orange" title={t("dossiersAdmin.problems", { count: data.problemCount })}>
              <List size="sm" data-testid="dossier-import-problems">
                {data.problems.map((p) => (
                  <List.Item key={`${p.row}-${p.column}-${p.message}`}>
                    {pickLanguage(p.message, lang)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {data?.ok && input && (
            <Group>
              <Text size="sm">
                {t("dossiersAdmin.previewRows", {
                  n: formatNumber(data.rowCount),
                  units: formatNumber(data.units),
                })}
              </Text>
              <Button
                loading={commit.isPending}
                onClick={() => commit.mutate({ ...input, token: data.token })}
                data-testid="dossier-import-commit"
              >
                {t("dossiersAdmin.commit", { n: formatNumber(data.rowCount) })}
              </Button>
            </Group>
          )}
          {commit.data && (
            <Alert color="green" data-testid="dossier-import-done">
              {t("dossiersAdmin.imported", { ...commit.data, n: formatNumber(commit.data.months) })}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
