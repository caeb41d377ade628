import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { InternalTeamInput } from "@par/domain";
import { DateInput, formatDate, parseDateInput, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { InternalDetail } from "./detail-types";
import { checkInput, type FieldErrors, serverErrors } from "./form-errors";
import { useInternalRefresh } from "./use-detail-refresh";

type Member = { name: string; position: string; role: "lead" | "member" | "secretary" };
const ROLES = ["lead", "member", "secretary"] as const;

/** The decision forming the internal team and its members; editable while the inspection is planned. */
export function TeamPanel({ detail }: { detail: InternalDetail }) {
  const { t } = useLang();
  const editable = detail.status === "planned";
  return (
    <Paper withBorder p="md" data-testid="team-panel">
      <Text fw={600} mb="xs">
        {t("portal.internal.detail.team")}
      </Text>
      {detail.decisionNumber && detail.decisionDate && (
        <Text size="sm" mb="xs" data-testid="team-shown">
          {t("portal.internal.detail.teamShown", {
            number: detail.decisionNumber,
            date: formatDate(detail.decisionDate),
          })}
        </Text>
      )}
      {editable ? (
        <TeamForm detail={detail} />
      ) : (
        <Table verticalSpacing={3}>
          <Table.Tbody>
            {detail.team.map((m) => (
              <Table.Tr key={`${m.name}-${m.role}`}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.position}</Table.Td>
                <Table.Td>{t(`portal.internal.detail.roles.${m.role}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function TeamForm({ detail }: { detail: InternalDetail }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInternalRefresh();
  const [number, setNumber] = useState(detail.decisionNumber ?? "");
  const [date, setDate] = useState(detail.decisionDate ? formatDate(detail.decisionDate) : "");
  const [members, setMembers] = useState<Member[]>(
    detail.team.length > 0 ? detail.team : [{ name: "", position: "", role: "lead" }],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const save = useMutation(
    trpc.internal.setTeam.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("portal.internal.detail.teamSaved") });
        await refresh();
      },
      onError: (err) => {
        const e = serverErrors(err, lang);
        setErrors(e.errors);
        setSummary(e.summary);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const iso = parseDateInput(date);
    const r = checkInput(
      InternalTeamInput,
      { id: detail.id, decisionNumber: number, decisionDate: iso ?? (date ? date : undefined), members },
      lang,
    );
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    save.mutate(r.value);
  };
  const setMember = (i: number, patch: Partial<Member>) => {
    setMembers((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)));
    setErrors({});
  };
  return (
    <Stack gap="xs" component="form" onSubmit={submit}>
      <Group grow align="flex-start">
        <TextInput
          label={t("portal.internal.detail.decisionNumber")}
          value={number}
          maxLength={50}
          onChange={(e) => setNumber(e.currentTarget.value)}
          error={errors.decisionNumber}
          data-testid="team-number"
        />
        <DateInput
          label={t("portal.internal.detail.decisionDate")}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={errors.decisionDate}
          data-testid="team-date"
        />
      </Group>
      {members.map((m, i) => (
        <Group key={i} grow align="flex-end" wrap="nowrap" data-testid="team-member">
          <TextInput
            label={i === 0 ? t("portal.internal.detail.member") : undefined}
            aria-label={t("portal.internal.detail.member")}
            value={m.name}
            maxLength={200}
            onChange={(e) => setMember(i, { name: e.currentTarget.value })}
            data-testid="member-name"
          />
          <TextInput
            label={i === 0 ? t("portal.internal.detail.position") : undefined}
            aria-label={t("portal.internal.detail.position")}
            value={m.position}
            maxLength={200}
            onChange={(e) => setMember(i, { position: e.currentTarget.value })}
            data-testid="member-position"
          />
          <Select
            label={i === 0 ? t("portal.internal.detail.role") : undefined}
            aria-label={t("portal.internal.detail.role")}
            data={ROLES.map((r) => ({ value: r, label: t(`portal.internal.detail.roles.${r}`) }))}
            value={m.role}
            allowDeselect={false}
            onChange={(v) => setMember(i, { role: (v ?? "member") as Member["role"] })}
            data-testid="member-role"
          />
          <Button
            variant="subtle"
            color="gray"
            maw={70}
            onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))}
            disabled={members.length === 1}
          >
            {t("portal.internal.detail.removeMember")}
          </Button>
        </Group>
      ))}
      {errors.members && (
        <Text size="sm" c="red" data-testid="team-members-error">
          {errors.members}
        </Text>
      )}
      {summary && <Alert color="red">{summary}</Alert>}
      <Group>
        <Button
          variant="light"
          onClick={() => setMembers((ms) => [...ms, { name: "", position: "", role: "member" }])}
          disabled={members.length >= 30}
          data-testid="member-add"
        >
          {t("portal.internal.detail.addMember")}
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="team-save">
          {t("portal.internal.detail.saveTeam")}
        </Button>
      </Group>
    </Stack>
  );
}
