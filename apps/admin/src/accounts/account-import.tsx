import { List, Paper, Stack, Text, Title } from "@mantine/core";
import { roleLabel, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ImportFlow } from "../import/import-flow";

/**
 * An accounts sheet: choose, preview (every row's problems), then all or nothing — the admin app's one
 * import flow. Passwords never come back.
 */
export function AccountImport() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const preview = useMutation(trpc.accounts.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.accounts.importCommit.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
        notify({ message: t("accounts.imported", { count: r.created }), color: "green" });
      },
    }),
  );
  return (
    <Paper withBorder p="md" data-testid="account-import">
      <Stack gap="sm">
        <Title order={4}>{t("accounts.import")}</Title>
        <ImportFlow
          framed={false}
          testId="account-import"
          intro={
            <Text size="sm" c="dimmed">
              {t("accounts.importHint")}
            </Text>
          }
          fileLabel={t("accounts.file")}
          accept=".xlsx,.csv"
          inputOf={(file) => file}
          fieldLabel={(f) => t(`accounts.${f}`)}
          preview={preview}
          commit={commit}
          summary={(p) =>
            p.ok && <Text size="sm">{t("accounts.previewRows", { count: p.rows.length })}</Text>
          }
          details={(p) =>
            p.ok && (
              <List size="sm">
                {p.rows.map((r) => (
                  <List.Item key={r.username}>
                    {r.username} — {r.displayName} — {roleLabel(r.role as never, lang)}
                    {r.unitName ? ` · ${r.unitName}` : ""}
                  </List.Item>
                ))}
              </List>
            )
          }
          commitLabel={(p) => t("accounts.commit", { count: p.rows.length })}
          result={(r) => t("accounts.imported", { count: r.created })}
        />
      </Stack>
    </Paper>
  );
}
