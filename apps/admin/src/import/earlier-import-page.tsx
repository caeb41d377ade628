import { Anchor, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { ForbiddenNotice, useCan, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { EarlierConclusionsTable } from "./earlier-conclusions-table";
import { ImportCount } from "./import-count";
import { ImportFlow } from "./import-flow";
import { TemplateDownload } from "./template-download";

/** R10: conclusions made outside this system, from a workbook: choose, preview, commit all or nothing. */
export function EarlierImportPage() {
  const { t } = useLang();
  if (!useCan("units.write")) return <ForbiddenNotice message={t("earlierImport.forbidden")} />;
  return <EarlierImport />;
}

function EarlierImport() {
  const { t } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const preview = useMutation(trpc.earlier.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.earlier.importCommit.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("earlierImport.done") });
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
    }),
  );

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
      <ImportFlow
        testId="earlier-import"
        fileLabel={t("earlierImport.file")}
        filePlaceholder={t("earlierImport.filePlaceholder")}
        fileHint={t("earlierImport.fileHint")}
        accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        actions={<TemplateDownload />}
        inputOf={(file) => file}
        preview={preview}
        commit={commit}
        summary={(p) => (
          <SimpleGrid cols={4} spacing="sm" data-testid="earlier-import-summary">
            <ImportCount label={t("earlierImport.conclusions")} value={p.summary.conclusions} />
            <ImportCount label={t("earlierImport.recommendations")} value={p.summary.recommendations} />
            <ImportCount label={t("earlierImport.open")} value={p.summary.open} />
            <ImportCount
              label={t("earlierImport.errors")}
              value={p.summary.errors}
              color="red"
              testId="earlier-import-error-count"
            />
          </SimpleGrid>
        )}
        details={(p) => <EarlierConclusionsTable conclusions={p.conclusions} />}
        commitLabel={() => t("earlierImport.commit")}
        confirmText={(p) => t("earlierImport.commitConfirm", p.summary)}
        result={(r) => (
          <>
            <Text size="sm" fw={600}>
              {t("earlierImport.done")}
            </Text>
            <Text size="sm">{t("earlierImport.result", r)}</Text>
          </>
        )}
      />
    </Stack>
  );
}
