import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import {
  INDEX_COMPONENTS,
  type IndexLevel,
  type IndexNode,
  indexMaximum,
  nodeToRow,
  PAR_FIGURE_NAMES,
  rowsToNodes,
} from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { formatPoints } from "@par/ui/par-index";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

type Row = string[]; // the export's columns: code, name, max, component, rule, param, figure, evidence

const RULE_WORDS = ["Chấm theo mức độ", "Đạt/Không đạt", "Theo mức", "Công thức"];
const RULE_KEYS = ["manual", "fixed", "tiered", "formula"] as const;
const COMPONENT_WORDS = ["Thẩm định", "Điều tra xã hội học", "Điểm thưởng", "Điểm trừ"];

/** Codes in tree order: 2 < 2.1 < 2.1.3 < 2.2 < 10. */
function byCode(a: IndexNode, b: IndexNode) {
  const x = a.code.split(".").map(Number);
  const y = b.code.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const rowsOf = (nodes: readonly IndexNode[]): Row[] => nodes.map(nodeToRow);

/**
 * The criteria tree, row by row, in the Excel layout: fields (code "2"), criteria ("2.1") and
 * sub-criteria ("2.1.3") with maxima, scoring and evidence. The domain parses the rows exactly as an
 * import would; the server checks the tree again and stores it as the next version.
 */
export function TreeEditor({
  year,
  level,
  tree,
  canWrite,
}: {
  year: number;
  level: IndexLevel;
  tree: { title: string; basis: string; example: boolean; nodes: IndexNode[] };
  canWrite: boolean;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(tree.nodes));
  const [title, setTitle] = useState(tree.title);
  const [basis, setBasis] = useState(tree.basis);
  const [example, setExample] = useState(tree.example);
  const [problems, setProblems] = useState<string[]>([]);
  const save = useMutation(
    trpc.parIndex.saveTree.mutationOptions({
      onSuccess: (saved) => {
        setProblems([]);
        notify({ color: "green", message: t("parIndexAdmin.treeSaved", { version: saved.version }) });
        void client.invalidateQueries({ queryKey: trpc.parIndex.pathKey() });
      },
      onError: (e) =>
        setProblems([describeError(e, lang, (f) => (f === "nodes" ? t("parIndex.criterion") : f)).summary]),
    }),
  );
  const parsed = rowsToNodes(rows.map((cells, i) => ({ line: i + 1, cells })));
  const onSave = () => {
    if (parsed.problems.length > 0) {
      setProblems(parsed.problems.map((p) => p.message.split(" / ")[lang === "vi" ? 0 : 1] ?? p.message));
      return;
    }
    save.mutate({ year, level, title, basis, example, nodes: [...parsed.nodes].sort(byCode) });
  };
  const set = (i: number, col: number, value: string) =>
    setRows((all) => all.map((r, j) => (j === i ? r.map((c, k) => (k === col ? value : c)) : r)));
  const insertAfter = (i: number) =>
    setRows((all) => {
      const base = all[i]?.[0] ?? "";
      const code = base.includes(".") ? `${base.slice(0, base.lastIndexOf("."))}.` : `${base}.1`;
      return [
        ...all.slice(0, i + 1),
        [code, "", "0", "", RULE_WORDS[0] as string, "", "", ""],
        ...all.slice(i + 1),
      ];
    });
  const w = (n: number) => ({ w: n });

  return (
    <Stack gap="sm" data-testid="tree-editor">
      <Group align="flex-end">
        <TextInput
          label={t("parIndexAdmin.titleField")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          w={420}
          disabled={!canWrite}
          maxLength={300}
        />
        <TextInput
          label={t("parIndexAdmin.basis")}
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          w={420}
          disabled={!canWrite}
          maxLength={500}
        />
        <Checkbox
          label={t("parIndexAdmin.exampleFlag")}
          checked={example}
          onChange={(e) => setExample(e.currentTarget.checked)}
          disabled={!canWrite}
        />
      </Group>
      <Text size="sm" fw={600}>
        {t("parIndexAdmin.maxTotal", { max: formatPoints(indexMaximum(parsed.nodes)) })}
      </Text>
      {problems.length > 0 && (
        <Alert color="red" data-testid="tree-problems">
          {problems.slice(0, 8).map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
      {canWrite && (
        <Group>
          <Button onClick={onSave} loading={save.isPending} data-testid="tree-save">
            {t("parIndexAdmin.saveTree")}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={1320}>
        <Table layout="fixed" verticalSpacing={2} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th {...w(70)}>{t("parIndex.code")}</Table.Th>
              <Table.Th>{t("parIndex.criterion")}</Table.Th>
              <Table.Th {...w(70)}>{t("parIndex.max")}</Table.Th>
              <Table.Th {...w(140)}>{t("parIndexAdmin.component")}</Table.Th>
              <Table.Th {...w(140)}>{t("parIndexAdmin.rule")}</Table.Th>
              <Table.Th {...w(190)}>{t("parIndexAdmin.param")}</Table.Th>
              <Table.Th {...w(170)}>{t("parIndexAdmin.figure")}</Table.Th>
              <Table.Th {...w(60)}>{t("parIndexAdmin.evidence")}</Table.Th>
              {canWrite && <Table.Th {...w(64)} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => {
              const isField = !(r[0] ?? "").includes(".");
              const rule = r[4] ?? "";
              return (
                <Table.Tr key={i} data-testid="tree-row" bg={isField ? "gray.1" : undefined}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={r[0]}
                      onChange={(e) => set(i, 0, e.currentTarget.value)}
                      disabled={!canWrite}
                      aria-label={t("parIndex.code")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={r[1]}
                      onChange={(e) => set(i, 1, e.currentTarget.value)}
                      disabled={!canWrite}
                      aria-label={t("parIndex.criterion")}
                      fw={isField ? 700 : 400}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={r[2]}
                      onChange={(e) => set(i, 2, e.currentTarget.value)}
                      disabled={!canWrite}
                      aria-label={t("parIndex.max")}
                    />
                  </Table.Td>
                  <Table.Td>
                    {isField && (
                      <NativeSelect
                        size="xs"
                        value={r[3]}
                        disabled={!canWrite}
                        aria-label={t("parIndexAdmin.component")}
                        onChange={(e) => set(i, 3, e.currentTarget.value)}
                        data={[
                          "",
                          ...INDEX_COMPONENTS.map((c, k) => ({
                            value: COMPONENT_WORDS[k] as string,
                            label: t(`parIndexAdmin.components.${c}`),
                          })),
                        ]}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      value={rule}
                      disabled={!canWrite}
                      aria-label={t("parIndexAdmin.rule")}
                      onChange={(e) => set(i, 4, e.currentTarget.value)}
                      data={[
                        "",
                        ...RULE_KEYS.map((k, n) => ({
                          value: RULE_WORDS[n] as string,
                          label: t(`parIndexAdmin.rules.${k}`),
                        })),
                      ]}
                    />
                  </Table.Td>
                  <Table.Td>
                    {(rule === "Theo mức" || rule === "Công thức") && (
                      <TextInput
                        size="xs"
                        value={r[5]}
                        onChange={(e) => set(i, 5, e.currentTarget.value)}
                        disabled={!canWrite}
                        aria-label={t("parIndexAdmin.param")}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {rule === "Theo mức" && (
                      <NativeSelect
                        size="xs"
                        value={r[6]}
                        disabled={!canWrite}
                        aria-label={t("parIndexAdmin.figure")}
                        onChange={(e) => set(i, 6, e.currentTarget.value)}
                        data={["", ...PAR_FIGURE_NAMES]}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      checked={r[7] === "Có"}
                      disabled={!canWrite}
                      aria-label={t("parIndexAdmin.evidence")}
                      onChange={(e) => set(i, 7, e.currentTarget.checked ? "Có" : "")}
                    />
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          aria-label={t("parIndexAdmin.addRow")}
                          onClick={() => insertAfter(i)}
                        >
                          +
                        </ActionIcon>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="red"
                          aria-label={t("parIndexAdmin.removeRow", { code: r[0] })}
                          onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
