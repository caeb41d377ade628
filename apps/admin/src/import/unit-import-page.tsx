import { Anchor, Button, Checkbox, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { UNIT_IMPORT_MAX_BYTES } from "@par/domain";
import {
  DateInput,
  ForbiddenNotice,
  formatDate,
  parseDateInput,
  todayIso,
  useCan,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { ImportCount } from "./import-count";
import { ImportFlow } from "./import-flow";
import { ImportPreviewTable } from "./import-preview-table";

const MAX_MB = Math.round(UNIT_IMPORT_MAX_BYTES / (1024 * 1024));

/** Import of the GSO catalogue: choose, preview (rows, actions, errors), commit all or nothing. */
export function UnitImportPage() {
  const { t } = useLang();
  if (!useCan("units.write")) return <ForbiddenNotice message={t("unitImport.forbidden")} />;
  return <UnitImport />;
}

function UnitImport() {
  const { t } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [validFrom, setValidFrom] = useState(formatDate(todayIso()));
  const [closeMissing, setCloseMissing] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
  const preview = useMutation(trpc.units.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.units.importCommit.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("unitImport.done") });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
    }),
  );
  const iso = parseDateInput(validFrom);
  const checkOptions = () => {
    setDateError(iso ? null : t("common.invalidDate"));
    return iso !== null;
  };

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} href="/units" size="sm">
          {t("unitImport.back")}
        </Anchor>
        <Title order={2}>{t("unitImport.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("unitImport.subtitle")}
        </Text>
      </div>
      <ImportFlow
        testId="import"
        fileLabel={t("unitImport.file")}
        filePlaceholder={t("unitImport.filePlaceholder")}
        fileHint={t("unitImport.fileHint", { size: MAX_MB })}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        beside={
          <DateInput
            label={t("unitImport.validFrom")}
            required
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={dateError}
            data-testid="import-valid-from"
          />
        }
        options={
          <Checkbox
            label={t("unitImport.closeMissing")}
            checked={closeMissing}
            onChange={(e) => setCloseMissing(e.currentTarget.checked)}
            data-testid="import-close-missing"
          />
        }
        checkOptions={checkOptions}
        optionsKey={`${iso}|${closeMissing}`}
        inputOf={(file) => (iso ? { ...file, validFrom: iso, closeMissing } : null)}
        fieldLabel={(f) => {
          const l = t(`unitImport.${f}`);
          return l === `unitImport.${f}` ? f : l;
        }}
        preview={preview}
        commit={commit}
        listedProblems={(p) => p.problems.filter((x) => x.row === null)}
        problemCount={(p) => p.summary.errors}
        summary={(p) => (
          <>
            <SimpleGrid cols={5} spacing="sm" data-testid="import-summary">
              <ImportCount label={t("unitImport.create")} value={p.summary.create} color="green" />
              <ImportCount label={t("unitImport.update")} value={p.summary.update} color="blue" />
              <ImportCount label={t("unitImport.unchanged")} value={p.summary.unchanged} />
              <ImportCount label={t("unitImport.close")} value={p.summary.close} color="orange" />
              <ImportCount
                label={t("unitImport.errors")}
                value={p.summary.errors}
                color="red"
                testId="import-error-count"
              />
            </SimpleGrid>
            {p.closeOn && p.summary.close > 0 && (
              <Text size="sm">{t("unitImport.closeOn", { date: formatDate(p.closeOn) })}</Text>
            )}
          </>
        )}
        details={(p) => <ImportPreviewTable rows={p.rows} />}
        commitLabel={() => t("unitImport.commit")}
        confirmText={(p) =>
          t("unitImport.commitConfirm", {
            create: p.summary.create,
            update: p.summary.update,
            close: p.summary.close,
          })
        }
        result={(r) => (
          <>
            <Text size="sm" fw={600}>
              {t("unitImport.done")}
            </Text>
            <Text size="sm">{t("unitImport.result", r)}</Text>
            <Group mt="sm">
              <Button component={Link} href="/units" size="xs" variant="light">
                {t("unitImport.toRegister")}
              </Button>
            </Group>
          </>
        )}
      />
    </Stack>
  );
}
