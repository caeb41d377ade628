import { Alert, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import {
  aboutCriterion,
  fileRoundFor,
  SCORE_SHEET_FIELD_LABELS,
  SCORE_SHEET_LABEL,
  SCORING_STATE_LABELS,
  type ScoringStep,
} from "@par/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { describeError } from "../errors/error-message";
import { QueryError } from "../errors/query-error";
import { formatDate } from "../format/date";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { useNotify } from "../notify/notifications";
import { useTRPC } from "../trpc/trpc";
import { PAR_INDEX_DICTIONARY } from "./par-index-dictionary";
import { formatPoints, parsePoints } from "./points";
import type { Draft } from "./sheet-cell";
import { draftOf, SheetRowView } from "./sheet-row";
import type { SheetDto, SheetRow } from "./sheet-types";

/** The step the caller may take now, by its part and the sheet's state. */
function nextStep(sheet: SheetDto): ScoringStep | null {
  if (sheet.actor === "unit")
    return sheet.state === "self_scoring" ? "submit" : sheet.state === "appraised_1" ? "explain" : null;
  if (sheet.actor !== "province") return null;
  if (sheet.state === "submitted") return "appraise_1";
  if (sheet.state === "explained") return "appraise_2";
  return sheet.state === "appraised_2" ? "lock" : null;
}

/**
 * A unit's PAR-index scoring sheet through the rounds (issue 11 §4), for both sides: the unit's clerk
 * writes the self-score and later the explanation; Sở Nội vụ writes the two appraisals and locks.
 * The server says which column the caller writes now (`writable`); every other column is read-only.
 */
export function ScoreSheet({ unitId, year }: { unitId: number; year: number }) {
  useScreenDictionary(PAR_INDEX_DICTIONARY);
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const key = { unitId, year };
  const query = useQuery(trpc.parIndex.sheet.queryOptions(key));
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  // Stable, so that typing in one row re-renders that row only (a sheet has some 70 rows).
  const setDraft = useCallback((code: string, d: Draft) => setDrafts((all) => ({ ...all, [code]: d })), []);
  const [error, setError] = useState<string | null>(null);
  // A file added or removed: the sheet is read again (the drafts typed meanwhile stay).
  const onFilesChanged = useCallback(
    () => void client.invalidateQueries({ queryKey: trpc.parIndex.sheet.queryKey({ unitId, year }) }),
    [client, trpc, unitId, year],
  );
  const refresh = (data: SheetDto) => {
    client.setQueryData(trpc.parIndex.sheet.queryKey(key), data);
    setDrafts({});
    setError(null);
  };
  // The domain's words for the inputs' fields: a refusal names "Phiếu chấm điểm" and the sub-criterion.
  const labels: Record<string, { vi: string; en: string }> = SCORE_SHEET_FIELD_LABELS;
  const onError = (e: unknown) =>
    setError(describeError(e, lang, (f) => (labels[f] ?? SCORE_SHEET_LABEL)[lang]).summary);
  const saveSelf = useMutation(trpc.parIndex.saveSelfScore.mutationOptions({ onSuccess: refresh, onError }));
  const saveExplanation = useMutation(
    trpc.parIndex.saveExplanation.mutationOptions({ onSuccess: refresh, onError }),
  );
  const saveAppraisal = useMutation(
    trpc.parIndex.saveAppraisal.mutationOptions({ onSuccess: refresh, onError }),
  );
  const stepDone = (data: SheetDto) => {
    refresh(data);
    notify({
      color: "green",
      message: t("parIndex.done", { state: SCORING_STATE_LABELS[data.state][lang] }),
    });
  };
  const submit = useMutation(trpc.parIndex.submit.mutationOptions({ onSuccess: stepDone, onError }));
  const explain = useMutation(trpc.parIndex.explain.mutationOptions({ onSuccess: stepDone, onError }));
  const finish = useMutation(trpc.parIndex.finishRound.mutationOptions({ onSuccess: stepDone, onError }));
  const lock = useMutation(trpc.parIndex.lock.mutationOptions({ onSuccess: stepDone, onError }));

  if (query.error) return <QueryError error={query.error} />;
  const sheet = query.data;
  if (!sheet) return <Loader m="md" />;
  const column = sheet.writable;
  const fileRound = sheet.actor === "unit" ? fileRoundFor(sheet.state) : null;
  const draft = (row: SheetRow) => drafts[row.code] ?? draftOf(row, column);
  const onDraft = setDraft;
  const changed = sheet.rows.filter((r) => r.leaf && drafts[r.code] !== undefined);
  const busy = [saveSelf, saveExplanation, saveAppraisal, submit, explain, finish, lock].some(
    (m) => m.isPending,
  );

  const save = () => {
    const bad = changed.find((r) => Number.isNaN(parsePoints(draft(r).points)));
    if (bad) {
      const text = { vi: "điểm phải là số, ví dụ 1,5", en: "points must be a number, e.g. 1.5" };
      setError(aboutCriterion(bad.code, text)[lang]);
      return;
    }
    const rows = changed.map((r) => ({
      code: r.code,
      points: parsePoints(draft(r).points),
      text: draft(r).text,
    }));
    if (column === "self")
      saveSelf.mutate({
        ...key,
        scores: rows.map((r) => ({ code: r.code, points: r.points, note: r.text })),
      });
    else if (column === "explanation")
      saveExplanation.mutate({ ...key, items: rows.map((r) => ({ code: r.code, explanation: r.text })) });
    else
      saveAppraisal.mutate({
        ...key,
        scores: rows.map((r) => ({ code: r.code, points: r.points, comment: r.text })),
      });
  };
  // No step on the example tree shown before the year's index is issued (the server would refuse it).
  const step = sheet.tree.versionId === null ? null : nextStep(sheet);
  const takeStep = () => {
    if (step === "submit") submit.mutate(key);
    else if (step === "explain") explain.mutate(key);
    else if (step === "lock") lock.mutate(key);
    else if (step) finish.mutate(key);
  };
  // A round that left a row unchanged kept the score before it: shown dimmed, not as "–".
  const appraised1 = !["self_scoring", "submitted"].includes(sheet.state);
  const appraised2 = ["appraised_2", "locked"].includes(sheet.state);
  const d = sheet.deadlines;
  const totals = sheet.totals;
  return (
    <Stack gap="sm" data-testid="score-sheet" data-state={sheet.state}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>
            {t("parIndex.sheetTitle", { year })} — {sheet.unit.name}
          </Title>
          <Text size="sm" c="dimmed">
            {sheet.tree.title}
            {sheet.tree.versionId ? ` · ${t("parIndex.version", { version: sheet.tree.version })}` : ""}
          </Text>
        </div>
        <Badge size="lg" variant="light" data-testid="sheet-state">
          {SCORING_STATE_LABELS[sheet.state][lang]}
        </Badge>
      </Group>
      {sheet.tree.example && (
        <Alert color="yellow" p="xs" data-testid="example-note">
          {t("parIndex.example")}
        </Alert>
      )}
      {!sheet.tree.versionId && (
        <Alert color="gray" p="xs">
          {t("parIndex.notIssued", { year })}
        </Alert>
      )}
      <Text size="sm">
        {d
          ? t("parIndex.deadlines", {
              self: formatDate(d.selfScoreDue),
              a1: formatDate(d.appraisal1Due),
              ex: formatDate(d.explanationDue),
              a2: formatDate(d.appraisal2Due),
            })
          : t("parIndex.noDeadlines")}
      </Text>
      <Paper withBorder p="xs">
        <Text fw={600} data-testid="sheet-totals">
          {t(appraised1 ? "parIndex.totals" : "parIndex.totalsSelf", {
            self: formatPoints(totals.self.total),
            a1: formatPoints(totals.appraisal1.total),
            current: formatPoints(totals.current.total),
            max: formatPoints(sheet.maximum),
          })}
        </Text>
      </Paper>
      {error && (
        <Alert color="red" p="xs" data-testid="sheet-error">
          {error}
        </Alert>
      )}
      <Group>
        {column && (
          <Button onClick={save} loading={busy} disabled={changed.length === 0} data-testid="sheet-save">
            {t("parIndex.save")}
          </Button>
        )}
        {step && (
          <Button
            variant="filled"
            color="teal"
            onClick={takeStep}
            loading={busy}
            disabled={changed.length > 0}
            data-testid="sheet-step"
          >
            {t(`parIndex.steps.${step}`)}
          </Button>
        )}
        {!column && !step && (
          <Text size="sm" c="dimmed">
            {t("parIndex.readOnly")}
          </Text>
        )}
      </Group>
      <Table layout="fixed" verticalSpacing={4} withTableBorder data-testid="sheet-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t("parIndex.code")}</Table.Th>
            <Table.Th>{t("parIndex.criterion")}</Table.Th>
            <Table.Th w={60}>{t("parIndex.max")}</Table.Th>
            <Table.Th w={150}>{t("parIndex.system")}</Table.Th>
            <Table.Th w={170}>{t("parIndex.self")}</Table.Th>
            <Table.Th w={150}>{t("parIndex.appraisal1")}</Table.Th>
            <Table.Th w={150}>{t("parIndex.explanation")}</Table.Th>
            <Table.Th w={150}>{t("parIndex.appraisal2")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.rows.map((row) => (
            <SheetRowView
              key={row.code}
              row={row}
              column={column}
              edited={drafts[row.code]}
              onDraft={onDraft}
              appraised1={appraised1}
              appraised2={appraised2}
              selfSum={totals.self.byCode[row.code] ?? 0}
              appraisal1Sum={totals.appraisal1.byCode[row.code] ?? 0}
              currentSum={totals.current.byCode[row.code] ?? 0}
              unitId={unitId}
              year={year}
              fileRound={fileRound}
              onFilesChanged={onFilesChanged}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
