import { Alert, Button, FileInput, Group, Stack, Table, Text } from "@mantine/core";
import type { IndexLevel } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Import a tree from Excel: the preview lists every row's problem; the commit is all or nothing. */
export function TreeImport({
  year,
  level,
  title,
  basis,
}: {
  year: number;
  level: IndexLevel;
  title: string;
  basis: string;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = useMutation(
    trpc.parIndex.importPreview.mutationOptions({ onError: (e) => setError(describeError(e, lang).summary) }),
  );
  const commit = useMutation(
    trpc.parIndex.importCommit.mutationOptions({
      onSuccess: (saved) => {
        notify({ color: "green", message: t("parIndexAdmin.treeSaved", { version: saved.version }) });
        preview.reset();
        void client.invalidateQueries({ queryKey: trpc.parIndex.pathKey() });
      },
      onError: (e) => setError(describeError(e, lang).summary),
    }),
  );
  const input = async () =>
    file ? { year, level, title, basis, fileName: file.name, contentBase64: await base64Of(file) } : null;
  const result = preview.data;
  return (
    <Stack gap="xs" data-testid="tree-import">
      <Group align="flex-end">
        <FileInput
          label={t("parIndexAdmin.importFile")}
          accept=".xlsx,.csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            preview.reset();
            setError(null);
          }}
          w={360}
          clearable
        />
        <Button
          variant="light"
          disabled={!file}
          loading={preview.isPending}
          onClick={async () => {
            const i = await input();
            if (i) preview.mutate(i);
          }}
        >
          {t("parIndexAdmin.preview")}
        </Button>
        <Button
          disabled={!result?.ok}
          loading={commit.isPending}
          onClick={async () => {
            const i = await input();
            if (i && result) commit.mutate({ ...i, token: result.token });
          }}
        >
          {t("parIndexAdmin.commit")}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {result?.ok && (
        <Text size="sm" c="green">
          {t("parIndexAdmin.previewOk", { count: result.nodes.length })}
        </Text>
      )}
      {result && result.problems.length > 0 && (
        <Table withTableBorder data-testid="import-problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t("parIndexAdmin.row")}</Table.Th>
              <Table.Th>{lang === "vi" ? "Lỗi" : "Problem"}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.problems.map((p) => (
              <Table.Tr key={`${p.row}-${p.message}`}>
                <Table.Td>{p.row || "–"}</Table.Td>
                <Table.Td>{p.message.split(" / ")[lang === "vi" ? 0 : 1] ?? p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
