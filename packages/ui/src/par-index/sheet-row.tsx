import { Table, Text } from "@mantine/core";
import { memo } from "react";
import { useLang } from "../i18n/use-lang";
import { EvidenceFiles } from "./evidence-files";
import { formatPoints } from "./points";
import { type Draft, EditCell, ReadCell } from "./sheet-cell";
import type { Column, SheetRow } from "./sheet-types";
import { SystemCell } from "./system-cell";

/** The draft of the writable column as the server holds it. */
export function draftOf(row: SheetRow, column: Column | null): Draft {
  const p = (v: number | null) => (v === null ? "" : String(v).replace(".", ","));
  if (column === "self") return { points: p(row.self), text: row.selfNote };
  if (column === "appraisal_1") return { points: p(row.appraisal1), text: row.appraisal1Comment };
  if (column === "appraisal_2") return { points: p(row.appraisal2), text: row.appraisal2Comment };
  return { points: "", text: row.explanation };
}

interface Props {
  row: SheetRow;
  column: Column | null;
  /** The row's unsaved draft, if the user typed in it. */
  edited: Draft | undefined;
  onDraft: (code: string, d: Draft) => void;
  /** Whether round 1 / round 2 is over: a row it left unchanged shows the score it kept, dimmed. */
  appraised1: boolean;
  appraised2: boolean;
  /** Sums of a field or criterion per column (leaves carry their own points). */
  selfSum: number;
  appraisal1Sum: number;
  currentSum: number;
  unitId: number;
  year: number;
  /** The round the unit's evidence files join now (null: the caller cannot change files). */
  fileRound: "self" | "explanation" | null;
  onFilesChanged: () => void;
}

/** One row of the scoring sheet; memoised so typing in one row does not re-render the others. */
export const SheetRowView = memo(function SheetRowView(p: Props) {
  const { t } = useLang();
  const { row, column } = p;
  const indent = (row.depth - 1) * 12;
  const edit = (c: Column) =>
    column === c && row.leaf ? (
      <EditCell
        row={row}
        draft={p.edited ?? draftOf(row, column)}
        withPoints={c !== "explanation"}
        textLabel={
          c === "self"
            ? t("parIndex.note")
            : c === "explanation"
              ? t("parIndex.explanation")
              : t("parIndex.comment")
        }
        onChange={(v) => p.onDraft(row.code, v)}
      />
    ) : null;
  return (
    <Table.Tr
      data-testid="sheet-row"
      data-code={row.code}
      data-max={row.maxPoints}
      data-rule={row.leaf ? (row.rule?.kind ?? "") : ""}
      data-component={row.component}
      data-evidence={row.evidenceRequired ? "yes" : "no"}
      bg={row.depth === 1 ? "gray.1" : undefined}
    >
      <Table.Td>
        <Text size="sm" fw={row.depth === 1 ? 700 : 400}>
          {row.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={row.depth === 1 ? 700 : 400} pl={indent}>
          {row.name}
        </Text>
        {row.leaf && row.rule && (
          <Text size="xs" c="dimmed" pl={indent}>
            {t(`parIndex.rule.${row.rule.kind}`)}
            {row.rule.kind === "tiered"
              ? `: ${row.rule.tiers.map((x) => `≥ ${formatPoints(x.min)} → ${formatPoints(x.points)}`).join("; ")}`
              : ""}
            {row.evidenceRequired ? ` · ${t("parIndex.evidence")}` : ""}
          </Text>
        )}
        {row.leaf && (
          <div style={{ paddingLeft: indent }}>
            <EvidenceFiles
              row={row}
              unitId={p.unitId}
              year={p.year}
              round={p.fileRound}
              onChanged={p.onFilesChanged}
            />
          </div>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatPoints(row.maxPoints)}</Text>
      </Table.Td>
      <Table.Td>{row.leaf ? <SystemCell row={row} /> : null}</Table.Td>
      <Table.Td>
        {edit("self") ??
          (row.leaf ? (
            <ReadCell points={row.self} text={row.selfNote} />
          ) : (
            <ReadCell points={p.selfSum} text="" />
          ))}
      </Table.Td>
      <Table.Td>
        {edit("appraisal_1") ??
          (row.leaf ? (
            <ReadCell
              points={row.appraisal1 ?? (p.appraised1 ? (row.self ?? row.computed) : null)}
              inherited={row.appraisal1 === null}
              text={row.appraisal1Comment}
            />
          ) : (
            <ReadCell points={p.appraised1 ? p.appraisal1Sum : null} text="" />
          ))}
      </Table.Td>
      <Table.Td>{edit("explanation") ?? <ReadCell text={row.explanation} />}</Table.Td>
      <Table.Td>
        {edit("appraisal_2") ??
          (row.leaf ? (
            <ReadCell
              points={row.appraisal2 ?? (p.appraised2 ? row.current : null)}
              inherited={row.appraisal2 === null}
              text={row.appraisal2Comment}
            />
          ) : (
            <ReadCell points={p.appraised2 ? p.currentSum : null} text="" />
          ))}
      </Table.Td>
    </Table.Tr>
  );
});
