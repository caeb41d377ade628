import { Anchor, Stack, Text, Title } from "@mantine/core";
import { DOSSIER_COLUMNS } from "@par/domain";
import { formatNumber, useLang, useNotify, useScreenDictionary, useTRPC } from "@par/ui";
import { DOSSIER_DICTIONARY } from "@par/ui/dossiers";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { ImportFlow } from "../import/import-flow";
import { DOSSIERS_ADMIN_DICTIONARY } from "./dossiers-dictionary";

/** /admin/dossiers/import: a file of monthly figures, previewed row by row, then written all or nothing. */
export function DossierImportPage() {
  useScreenDictionary(DOSSIER_DICTIONARY);
  useScreenDictionary(DOSSIERS_ADMIN_DICTIONARY);
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.dossiers.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.dossiers.importCommit.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries(trpc.dossiers.pathFilter());
        notify({ message: t("dossiersAdmin.imported", { ...r, n: formatNumber(r.months) }), color: "green" });
      },
    }),
  );
  return (
    <Stack gap="md" data-testid="dossier-import">
      <div>
        <Anchor component={Link} href="/dossiers" size="sm">
          ← {t("dossiersAdmin.back")}
        </Anchor>
        <Title order={2}>{t("dossiersAdmin.importTitle")}</Title>
      </div>
      <ImportFlow
        testId="dossier-import"
        intro={
          <>
            <Text size="sm">{t("dossiersAdmin.importHint")}</Text>
            <Text size="xs" c="dimmed">
              {t("dossiersAdmin.columns")}: {DOSSIER_COLUMNS.map((c) => c[lang]).join(" · ")}
            </Text>
          </>
        }
        fileLabel={t("dossiersAdmin.file")}
        accept=".xlsx,.csv"
        inputOf={(file) => file}
        // Every field of this input is the file's, so any refusal is about the file.
        fieldLabel={() => t("dossiersAdmin.file")}
        preview={preview}
        commit={commit}
        problemCount={(p) => p.problemCount}
        summary={(p) =>
          p.ok && (
            <Text size="sm">
              {t("dossiersAdmin.previewRows", { n: formatNumber(p.rowCount), units: formatNumber(p.units) })}
            </Text>
          )
        }
        commitLabel={(p) => t("dossiersAdmin.commit", { n: formatNumber(p.rowCount) })}
        result={(r) => t("dossiersAdmin.imported", { ...r, n: formatNumber(r.months) })}
      />
    </Stack>
  );
}
