import { Alert, Button, FileInput, Group, List, Paper, Stack, Text } from "@mantine/core";
import { UNIT_IMPORT_MAX_BYTES } from "@par/domain";
import { describeError, pickLanguage, useLang, useScreenDictionary } from "@par/ui";
import { type ReactNode, useState } from "react";
import { importFlowDictionary } from "./import-flow-dictionary";
import { readAsBase64 } from "./read-file";

/** What every import procedure takes: the file, read as base64. */
export type ImportFile = { fileName: string; contentBase64: string; token?: string };
/** What every preview answers: all or nothing (`ok`), the token the commit must bring back, the problems. */
export type ImportPreviewShape = {
  ok: boolean;
  token: string;
  problems: readonly { row?: number | null; message: string }[];
};

/** The part of a react-query mutation the flow uses (the screens pass their tRPC mutations in). */
export interface ImportMutation<V, D> {
  mutate: (variables: V, options?: { onSuccess?: () => void }) => void;
  reset: () => void;
  data?: D;
  variables?: V;
  error: unknown;
  isPending: boolean;
}

export interface ImportFlowProps<I extends ImportFile, P extends ImportPreviewShape, R> {
  /** Prefix of every test id: `${testId}-file`, `-preview-run`, `-preview`, `-problems`, `-commit`, `-result`… */
  testId: string;
  fileLabel: string;
  filePlaceholder?: string;
  fileHint?: string;
  accept: string;
  maxBytes?: number;
  /** A field beside the file (a date), fields under it (checkboxes), anything above it (hints, columns). */
  beside?: ReactNode;
  options?: ReactNode;
  intro?: ReactNode;
  /** Buttons beside "Preview" (a template to download). */
  actions?: ReactNode;
  /**
   * The procedure's input from the file and the screen's options, or null when an option is invalid
   * (the screen shows that field's error itself). `optionsKey` names the options it was built with, so
   * a preview made with other options is stale.
   */
  inputOf: (file: ImportFile) => I | null;
  checkOptions?: () => boolean;
  optionsKey?: string;
  preview: ImportMutation<I, P>;
  // The commit takes the previewed input again, with the preview's token.
  commit: ImportMutation<I, R>;
  /** Field codes of a refusal in words; the file's own fields are named by `fileLabel`. */
  fieldLabel?: (field: string) => string;
  /** The problems listed above the preview (all by default; a screen showing rows' errors in a table keeps the file's). */
  listedProblems?: (p: P) => readonly { row?: number | null; message: string }[];
  problemCount?: (p: P) => number;
  summary?: (p: P) => ReactNode;
  /** Rows of the preview, under the commit button. */
  details?: (p: P) => ReactNode;
  commitLabel: (p: P) => string;
  /** Asked before writing, when the screen wants a confirmation. */
  confirmText?: (p: P) => string;
  result: (r: R) => ReactNode;
  /** No frame when the screen already draws one around the flow. */
  framed?: boolean;
}

/**
 * The one import flow of the admin app: pick a file → preview with every row's problems → write all
 * or nothing → the result. The server decides what is valid; this only carries the file and the token.
 */
export function ImportFlow<I extends ImportFile, P extends ImportPreviewShape, R>(
  props: ImportFlowProps<I, P, R>,
) {
  useScreenDictionary(importFlowDictionary);
  const { t, lang } = useLang();
  const { testId: id, preview, commit } = props;
  const maxBytes = props.maxBytes ?? UNIT_IMPORT_MAX_BYTES;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // The file name and options the shown preview was made with: changing either makes it stale.
  const [previewedWith, setPreviewedWith] = useState<string | null>(null);
  const currentKey = `${file?.name ?? ""}\u0000${props.optionsKey ?? ""}`;

  const run = async () => {
    const optionsOk = props.checkOptions?.() ?? true;
    if (!file) return setFileError(t("importFlow.fileRequired"));
    if (file.size > maxBytes)
      return setFileError(t("importFlow.fileTooLarge", { size: Math.round(maxBytes / (1024 * 1024)) }));
    setFileError(null);
    if (!optionsOk) return;
    const input = props.inputOf({ fileName: file.name, contentBase64: await readAsBase64(file) });
    if (!input) return;
    commit.reset();
    setPreviewedWith(currentKey);
    preview.mutate(input);
  };
  const write = (p: P) => {
    const input = preview.variables;
    if (!input || (props.confirmText && !window.confirm(props.confirmText(p)))) return;
    commit.mutate(
      { ...input, token: p.token },
      {
        onSuccess: () => {
          preview.reset();
          setFile(null);
        },
      },
    );
  };

  const failure = preview.error ?? commit.error;
  const fileField = (f: string) =>
    f === "contentBase64" || f === "fileName" ? props.fileLabel : (props.fieldLabel?.(f) ?? f);
  const p = preview.data;
  const stale = p !== undefined && previewedWith !== currentKey;
  const listed = p ? (props.listedProblems?.(p) ?? p.problems) : [];

  const form = (
    <Stack gap="sm" data-testid={`${id}-form`}>
      {props.intro}
      <Group align="flex-start" grow={props.beside !== undefined}>
        <FileInput
          label={props.fileLabel}
          placeholder={props.filePlaceholder}
          description={props.fileHint}
          accept={props.accept}
          value={file}
          onChange={setFile}
          clearable
          error={fileError}
          w={props.beside === undefined ? 420 : undefined}
          data-testid={`${id}-file`}
        />
        {props.beside}
      </Group>
      {props.options}
      {failure !== null && failure !== undefined && (
        <Alert color="red" role="alert" data-testid={`${id}-error`}>
          {describeError(failure, lang, fileField).summary}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void run()} loading={preview.isPending} data-testid={`${id}-preview-run`}>
          {t("importFlow.preview")}
        </Button>
        {props.actions}
      </Group>
    </Stack>
  );

  return (
    <Stack gap="md">
      {props.framed === false ? (
        form
      ) : (
        <Paper withBorder p="md">
          {form}
        </Paper>
      )}
      {commit.data !== undefined && (
        <Alert color="green" data-testid={`${id}-result`}>
          {props.result(commit.data)}
        </Alert>
      )}
      {p && (
        <Stack gap="sm" data-testid={`${id}-preview`} data-ok={String(p.ok)}>
          {props.summary?.(p)}
          {listed.length > 0 && (
            <Alert
              color="red"
              title={t("importFlow.problems", { count: props.problemCount?.(p) ?? listed.length })}
              data-testid={`${id}-problems`}
            >
              <List size="sm">
                {listed.slice(0, 200).map((x, i) => (
                  // problems have no id of their own and never reorder: their place is their key
                  <List.Item key={i}>{pickLanguage(x.message, lang)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {stale && (
            <Alert color="yellow" data-testid={`${id}-stale`}>
              {t("importFlow.stale")}
            </Alert>
          )}
          {p.ok ? (
            <Group>
              <Button
                color="green"
                disabled={stale}
                loading={commit.isPending}
                onClick={() => write(p)}
                data-testid={`${id}-commit`}
              >
                {props.commitLabel(p)}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="red.8" fw={500} data-testid={`${id}-blocked`}>
              {t("importFlow.blocked")}
            </Text>
          )}
          {props.details?.(p)}
        </Stack>
      )}
    </Stack>
  );
}
