import {
  ActionIcon,
  Alert,
  Autocomplete,
  Button,
  Group,
  Paper,
  Radio,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { TEAM_ROLE_LABELS } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { inspectionFieldLabel } from "./field-label";
import { templateOrNull } from "./inspection-labels";
import type { InspectionDetail } from "./inspection-types";
import { useInspectionRefresh } from "./use-inspection-refresh";

interface Row {
  key: number;
  name: string;
  body: string;
  leader: boolean;
}

/** The team (đoàn kiểm tra): members from several bodies, exactly one leader; saved whole with teams.set. */
export function TeamPanel({ inspection, editable }: { inspection: InspectionDetail; editable: boolean }) {
  const { t, lang } = useLang();
  const [editing, setEditing] = useState(false);
  const team = inspection.team;
  if (editing) return <TeamEditor inspection={inspection} onDone={() => setEditing(false)} />;
  return (
    <Paper withBorder p="md" data-testid="team-panel">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t("insp.team.title")}</Text>
        {editable && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="team-edit">
            {team.length > 0 ? t("insp.team.edit") : t("insp.team.form")}
          </Button>
        )}
      </Group>
      {team.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("insp.team.empty")}
        </Text>
      ) : (
        <Table data-testid="team-table" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insp.team.name")}</Table.Th>
              <Table.Th>{t("insp.team.body")}</Table.Th>
              <Table.Th w={160}>{t("insp.team.role")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...team]
              .sort((a, b) => (a.role === "leader" ? -1 : b.role === "leader" ? 1 : 0))
              .map((m) => (
                <Table.Tr key={`${m.name}-${m.body}`} data-testid="team-member">
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.body}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={m.role === "leader" ? 600 : 400}>
                      {TEAM_ROLE_LABELS[m.role as keyof typeof TEAM_ROLE_LABELS]?.[lang] ?? m.role}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function TeamEditor({ inspection, onDone }: { inspection: InspectionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInspectionRefresh();
  const { t, lang } = useLang();
  const template = templateOrNull(inspection.templateId);
  const bodies = (template?.leadBodies ?? []).map((b) => b.vi);
  const [rows, setRows] = useState<Row[]>(() =>
    inspection.team.length > 0
      ? inspection.team.map((m, i) => ({ key: i, name: m.name, body: m.body, leader: m.role === "leader" }))
      : [{ key: 0, name: "", body: inspection.leadBodyName.vi, leader: true }],
  );
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.teams.set.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("insp.team.saved") });
        await refresh();
        onDone();
      },
      onError: (err) => setError(describeError(err, lang, inspectionFieldLabel(t)).summary),
    }),
  );
  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const leaderKey = rows.find((r) => r.leader)?.key ?? null;

  return (
    <Paper withBorder p="md" data-testid="team-form">
      <Text fw={600} mb="sm">
        {t("insp.team.title")}
      </Text>
      <Radio.Group
        value={leaderKey === null ? null : String(leaderKey)}
        onChange={(v) => setRows((rs) => rs.map((r) => ({ ...r, leader: String(r.key) === v })))}
        aria-label={t("insp.team.leader")}
      >
        <Table layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insp.team.name")}</Table.Th>
              <Table.Th>{t("insp.team.body")}</Table.Th>
              <Table.Th w={110}>{t("insp.team.leader")}</Table.Th>
              <Table.Th w={50} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.key} data-testid="team-row">
                <Table.Td>
                  <TextInput
                    aria-label={`${t("insp.team.name")} ${i + 1}`}
                    value={r.name}
                    onChange={(e) => update(r.key, { name: e.currentTarget.value })}
                    data-testid="team-name"
                  />
                </Table.Td>
                <Table.Td>
                  <Autocomplete
                    aria-label={`${t("insp.team.body")} ${i + 1}`}
                    data={bodies}
                    value={r.body}
                    onChange={(v) => update(r.key, { body: v })}
                    data-testid="team-body"
                  />
                </Table.Td>
                <Table.Td>
                  <Radio value={String(r.key)} aria-label={`${t("insp.team.leader")} ${i + 1}`} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t("insp.team.remove")} ${i + 1}`}
                    onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    disabled={rows.length === 1}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Radio.Group>
      {error && (
        <Alert color="red" role="alert" mt="sm" data-testid="team-error">
          {error}
        </Alert>
      )}
      <Group justify="space-between" mt="sm">
        <Button
          size="xs"
          variant="default"
          onClick={() =>
            setRows((rs) => [
              ...rs,
              { key: Math.max(...rs.map((x) => x.key)) + 1, name: "", body: "", leader: false },
            ])
          }
          data-testid="team-add"
        >
          {t("insp.team.add")}
        </Button>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button
            size="xs"
            loading={save.isPending}
            onClick={() => {
              setError(null);
              save.mutate({
                inspectionId: inspection.id,
                members: rows.map((r) => ({
                  name: r.name.trim(),
                  body: r.body.trim(),
                  role: r.leader ? ("leader" as const) : ("member" as const),
                })),
              });
            }}
            data-testid="team-save"
          >
            {t("common.save")}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
