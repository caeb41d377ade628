import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type RestructureInput, UNIT_IMPORT_MAX_BYTES } from "@par/domain";
import {
  DateInput,
  describeError,
  ForbiddenNotice,
  formatDate,
  parseDateInput,
  useCan,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { readAsBase64 } from "../import/read-file";
import { RestructureForm } from "./restructure-form";
import { RestructurePreview, type RestructurePreviewData } from "./restructure-preview";

/**
 * Restructuring the register while the server runs: a shipped restructuring (the 2025 department
 * mergers, the two-tier communes) or an uploaded table of merges, splits, renames, new units and
 * closures; preview what it would do, then apply it all or nothing.
 */
export function RestructurePage() {
  const { t } = useLang();
  if (!useCan("units.write")) return <ForbiddenNotice message={t("restructure.forbidden")} />;
  return <Restructure />;
}

function Restructure() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const shipped = useQuery(trpc.units.restructureShipped.queryOptions());
  const [file, setFile] = useState<File | null>(null);
  const [effective, setEffective] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ data: RestructurePreviewData; input: RestructureInput } | null>(
    null,
  );
  const onError = (err: unknown) =>
    setAlert(describeError(err, lang, (f) => t(`restructure.field.${f}`)).summary);
  const run = useMutation(
    trpc.units.restructurePreview.mutationOptions({
      onSuccess: (data, input) => {
        setAlert(null);
        setPreview({ data, input: input as RestructureInput });
      },
      onError,
    }),
  );
  const apply = useMutation(
    trpc.units.restructureApply.mutationOptions({
      onSuccess: async (res) => {
        setPreview(null);
        notify({ message: t("restructure.done", { ...res }) });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        await queryClient.invalidateQueries(trpc.plans.pathFilter());
      },
      onError,
    }),
  );
  const previewFile = async () => {
    const errs: Record<string, string> = {};
    const iso = parseDateInput(effective);
    if (!iso) errs.effectiveDate = t("common.invalidDate");
    if (!file) errs.file = t("restructure.fileRequired");
    else if (file.size > UNIT_IMPORT_MAX_BYTES) errs.file = t("restructure.fileTooLarge");
    setErrors(errs);
    if (!file || !iso || Object.keys(errs).length > 0) return;
    run.mutate({ effectiveDate: iso, fileName: file.name, contentBase64: await readAsBase64(file) });
  };

  return (
    <Stack gap="md" data-testid="restructure-page">
      <div>
        <Anchor component={Link} href="/units" size="sm">
          {t("restructure.back")}
        </Anchor>
        <Title order={2}>{t("restructure.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("restructure.subtitle")}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          {t("restructure.shippedTitle")}
        </Text>
        <Stack gap="xs">
          {(shipped.data ?? []).map((s) => (
            <Group
              key={s.id}
              justify="space-between"
              wrap="nowrap"
              data-testid={`restructure-shipped-${s.id}`}
            >
              <div>
                <Text size="sm" fw={500}>
                  {s.title[lang]}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("restructure.shippedMeta", { date: formatDate(s.effectiveDate), rows: s.rows })} ·{" "}
                  {s.source[lang]}
                </Text>
              </div>
              <Button
                variant="light"
                size="xs"
                disabled={s.applied}
                loading={run.isPending && preview === null}
                onClick={() => run.mutate({ shipped: s.id })}
                data-testid={`restructure-shipped-preview-${s.id}`}
              >
                {s.applied ? t("restructure.alreadyApplied") : t("restructure.preview")}
              </Button>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md" data-testid="restructure-file-form">
        <Text fw={600} mb="xs">
          {t("restructure.fileTitle")}
        </Text>
        <Text size="xs" c="dimmed" mb="sm">
          {t("restructure.fileHint")}
        </Text>
        <Group align="flex-start" grow>
          <FileInput
            label={t("restructure.file")}
            placeholder={t("restructure.filePlaceholder")}
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            clearable
            error={errors.file}
            data-testid="restructure-file"
          />
          <DateInput
            label={t("restructure.effectiveDate")}
            required
            value={effective}
            onChange={(e) => setEffective(e.currentTarget.value)}
            error={errors.effectiveDate}
            data-testid="restructure-effective-date"
          />
        </Group>
        <Group mt="sm">
          <Button
            onClick={() => void previewFile()}
            loading={run.isPending}
            data-testid="restructure-file-preview"
          >
            {t("restructure.preview")}
          </Button>
        </Group>
      </Paper>
      <RestructureForm running={run.isPending} onPreview={(input) => run.mutate(input)} />
      {alert && (
        <Alert color="red" role="alert" data-testid="restructure-error">
          {alert}
        </Alert>
      )}
      {preview && (
        <RestructurePreview
          p={preview.data}
          applying={apply.isPending}
          onApply={() => {
            if (window.confirm(t("restructure.confirm", preview.data.summary)))
              apply.mutate({ ...preview.input, token: preview.data.token });
          }}
        />
      )}
    </Stack>
  );
}
