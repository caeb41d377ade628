import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
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
import {
  DateInput,
  describeError,
  ForbiddenNotice,
  formatDate,
  formatNumber,
  parseDateInput,
  pickLanguage,
  todayIso,
  useCan,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { ImportPreviewTable } from "./import-preview-table";
import type { ImportPreview as Preview } from "./import-types";
import { readAsBase64 } from "./read-file";

const MAX_MB = Math.round(UNIT_IMPORT_MAX_BYTES / (1024 * 1024));

/** Import of the GSO catalogue: choose, preview (rows, actions, errors), commit all or nothing. */
export function UnitImportPage() {
  const { t } = useLang();
  if (!useCan("units.write")) return <ForbiddenNotice message={t("unitImport.forbidden")} />;
  return <UnitImport />;
}

function UnitImport() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [validFrom, setValidFrom] = useState(formatDate(todayIso()));
  const [closeMissing, setCloseMissing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ data: Preview; input: Input } | null>(null);
  const [result, setResult] = useState<{
    created: number;
    updated: number;
    closed: number;
    unchanged: number;
  } | null>(null);

  type Input = { fileName: string; contentBase64: string; validFrom: string; closeMissing: boolean };
  const onError = (err: unknown) => {
    const d = describeError(err, lang, (f) => {
      const key = `unitImport.${f === "contentBase64" || f === "fileName" ? "file" : f}`;
      const l = t(key);
      return l === key ? f : l;
    });
    setAlert(d.summary);
  };
  const previewRun = useMutation(
    trpc.units.importPreview.mutationOptions({
      onSuccess: (data, input) => {
        setAlert(null);
        setPreview({ data, input: input as Input });
      },
      onError,
    }),
  );
  const commit = useMutation(
    trpc.units.importCommit.mutationOptions({
      onSuccess: async (res) => {
        setResult(res);
        setPreview(null);
        notify({ message: t("unitImport.done") });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
      onError,
    }),
  );

  const runPreview = async () => {
    const errs: Record<string, string> = {};
    const iso = parseDateInput(validFrom);
    if (!iso) errs.validFrom = t("common.invalidDate");
    if (!file) errs.file = t("unitImport.fileRequired");
    else if (file.size > UNIT_IMPORT_MAX_BYTES) errs.file = t("unitImport.fileTooLarge", { size: MAX_MB });
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !file || !iso) return;
    setResult(null);
    const contentBase64 = await readAsBase64(file);
    previewRun.mutate({ fileName: file.name, contentBase64, validFrom: iso, closeMissing });
  };
  // The preview stands for the file and the options it was made with; changing either needs a new one.
  const stale =
    preview !== null &&
    (preview.input.fileName !== file?.name ||
      preview.input.validFrom !== parseDateInput(validFrom) ||
      preview.input.closeMissing !== closeMissing);
  const p = preview?.data;
  const canCommit = p?.ok === true && p.problems.length === 0 && !stale;

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
      <Paper withBorder p="md" data-testid="import-form">
        <Stack gap="sm">
          <Group align="flex-start" grow>
            <FileInput
              label={t("unitImport.file")}
              placeholder={t("unitImport.filePlaceholder")}
              description={t("unitImport.fileHint", { size: MAX_MB })}
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              clearable
              error={errors.file}
              data-testid="import-file"
            />
            <DateInput
              label={t("unitImport.validFrom")}
              required
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={errors.validFrom}
              data-testid="import-valid-from"
            />
          </Group>
          <Checkbox
            label={t("unitImport.closeMissing")}
            checked={closeMissing}
            onChange={(e) => setCloseMissing(e.currentTarget.checked)}
            data-testid="import-close-missing"
          />
          {alert && (
            <Alert color="red" role="alert" data-testid="import-error">
              {alert}
            </Alert>
          )}
          <Group>
            <Button
              onClick={() => void runPreview()}
              loading={previewRun.isPending}
              data-testid="import-preview-run"
            >
              {t("unitImport.preview")}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {result && (
        <Alert color="green" title={t("unitImport.done")} data-testid="import-result">
          <Text size="sm">{t("unitImport.result", result)}</Text>
          <Group mt="sm">
            <Button component={Link} href="/units" size="xs" variant="light">
              {t("unitImport.toRegister")}
            </Button>
          </Group>
        </Alert>
      )}

      {p && (
        <Stack gap="sm" data-testid="import-preview" data-ok={String(p.ok)}>
          <SimpleGrid cols={5} spacing="sm" data-testid="import-summary">
            <Count label={t("unitImport.create")} value={p.summary.create} color="green" />
            <Count label={t("unitImport.update")} value={p.summary.update} color="blue" />
            <Count label={t("unitImport.unchanged")} value={p.summary.unchanged} color="gray" />
            <Count label={t("unitImport.close")} value={p.summary.close} color="orange" />
            <Count
              label={t("unitImport.errors")}
              value={p.summary.errors}
              color="red"
              testId="import-error-count"
            />
          </SimpleGrid>
          {p.closeOn && p.summary.close > 0 && (
            <Text size="sm">{t("unitImport.closeOn", { date: formatDate(p.closeOn) })}</Text>
          )}
          {p.problems.some((x) => x.row === null) && (
            <Alert color="red" title={t("unitImport.fileProblems")} data-testid="import-file-problems">
              <List size="sm">
                {p.problems
                  .filter((x) => x.row === null)
                  .map((x) => (
                    <List.Item key={`${x.code}-${x.message}`}>{pickLanguage(x.message, lang)}</List.Item>
                  ))}
              </List>
            </Alert>
          )}
          {stale && (
            <Alert color="yellow" data-testid="import-stale">
              {t("unitImport.stale")}
            </Alert>
          )}
          <Group justify="space-between">
            {p.problems.length > 0 ? (
              <Text size="sm" c="red.8" fw={500} data-testid="import-blocked">
                {t("unitImport.commitBlocked")}
              </Text>
            ) : (
              <span />
            )}
            <Button
              color="green"
              disabled={!canCommit}
              loading={commit.isPending}
              onClick={() => {
                if (
                  preview &&
                  window.confirm(
                    t("unitImport.commitConfirm", {
                      create: p.summary.create,
                      update: p.summary.update,
                      close: p.summary.close,
                    }),
                  )
                )
                  commit.mutate({ ...preview.input, token: p.token });
              }}
              data-testid="import-commit"
            >
              {t("unitImport.commit")}
            </Button>
          </Group>
          <ImportPreviewTable rows={p.rows} />
        </Stack>
      )}
    </Stack>
  );
}

function Count({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={4}>
        <Text fw={700} size="lg" c={value > 0 ? `${color}.8` : undefined} data-testid={testId}>
          {formatNumber(value)}
        </Text>
        {value > 0 && color === "red" && (
          <Badge color="red" size="xs">
            !
          </Badge>
        )}
      </Group>
    </Paper>
  );
}
