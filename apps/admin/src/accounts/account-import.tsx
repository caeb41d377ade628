import { Alert, Button, FileInput, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { AccountImportInput } from "@par/domain";
import { describeError, pickLanguage, roleLabel, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { readAsBase64 } from "../import/read-file";

/**
 * An accounts sheet: choose, preview (every row's problems, as the unit import), then all or nothing.
 * The file travels like the unit import's (base64 through the same reader); passwords never come back.
 */
export function AccountImport() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [input, setInput] = useState<AccountImportInput | null>(null);
  const preview = useMutation(trpc.accounts.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.accounts.importCommit.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
        notify({ message: t("accounts.imported", { count: r.created }), color: "green" });
        preview.reset();
        setFile(null);
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
    <Paper withBorder p="md" data-testid="account-import">
      <Stack gap="sm">
        <Title order={4}>{t("accounts.import")}</Title>
        <Text size="sm" c="dimmed">
          {t("accounts.importHint")}
        </Text>
        <Group align="flex-end">
          <FileInput
            label={t("accounts.file")}
            accept=".xlsx,.csv"
            w={320}
            value={file}
            onChange={setFile}
            data-testid="account-import-file"
          />
          <Button variant="light" disabled={!file} loading={preview.isPending} onClick={() => void run()}>
            {t("accounts.preview")}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {
              describeError(failure, lang, (f) =>
                t(`accounts.${f === "contentBase64" || f === "fileName" ? "file" : f}`),
              ).summary
            }
          </Alert>
        )}
        {data && data.problems.length > 0 && (
          <Alert color="orange" title={t("accounts.problems", { count: data.problems.length })}>
            <List size="sm" data-testid="account-import-problems">
              {data.problems.map((p) => (
                <List.Item key={`${p.row}-${p.field}-${p.message}`}>
                  {pickLanguage(p.message, lang)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {data?.ok && input && (
          <Stack gap="xs">
            <Text size="sm">{t("accounts.previewRows", { count: data.rows.length })}</Text>
            <List size="sm">
              {data.rows.map((r) => (
                <List.Item key={r.username}>
                  {r.username} — {r.displayName} — {roleLabel(r.role as never, lang)}
                  {r.unitName ? ` · ${r.unitName}` : ""}
                </List.Item>
              ))}
            </List>
            <Button
              loading={commit.isPending}
              onClick={() => commit.mutate({ ...input, token: data.token })}
              data-testid="account-import-commit"
            >
              {t("accounts.commit", { count: data.rows.length })}
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
