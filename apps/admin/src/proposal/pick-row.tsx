import { Anchor, Button, Group, Menu, NativeSelect, SegmentedControl, Table, Text } from "@mantine/core";
import { monthLabel, useLang } from "@par/ui";
import type { Dispatch } from "react";
import { Link } from "wouter";
import type { OnSiteForm, WorkingAction, WorkingPick } from "./working-set";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** One picked unit: its reasons, month, form (announced / surprise), swap with a reserve, remove. */
export function PickRow({
  pick,
  reserve,
  dispatch,
}: {
  pick: WorkingPick;
  reserve: readonly WorkingPick[];
  dispatch: Dispatch<WorkingAction>;
}) {
  const { t, lang } = useLang();
  return (
    <Table.Tr data-testid="proposal-pick" data-unit-id={pick.unitId} data-form={pick.form}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} href={`/units/${pick.unitId}`} size="sm" fw={600}>
            {pick.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {pick.code}
            {pick.score !== null
              ? ` · ${t("admin.proposal.score", { score: Math.round(pick.score * 10) / 10 })}`
              : ""}
          </Text>
        </Group>
        {pick.reasons && (
          <Text size="xs" c="dimmed" data-testid="proposal-reasons">
            {pick.reasons[lang]}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <NativeSelect
          size="xs"
          aria-label={`${t("admin.proposal.month")} — ${pick.name}`}
          value={pick.month === null ? "" : String(pick.month)}
          onChange={(e) =>
            dispatch({
              type: "month",
              tier: pick.tier,
              unitId: pick.unitId,
              month: e.currentTarget.value === "" ? null : Number(e.currentTarget.value),
            })
          }
          data={[
            { value: "", label: t("admin.proposal.chooseMonth") },
            ...MONTHS.map((m) => ({ value: String(m), label: monthLabel(m, lang) })),
          ]}
          error={pick.month === null}
          data-testid="proposal-pick-month"
        />
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={`${t("admin.proposal.form")} — ${pick.name}`}
          value={pick.form}
          onChange={(v) =>
            dispatch({ type: "form", tier: pick.tier, unitId: pick.unitId, form: v as OnSiteForm })
          }
          data={[
            { value: "announced", label: t("admin.insp.form.announced") },
            { value: "surprise", label: t("admin.insp.form.surprise") },
          ]}
          data-testid="proposal-pick-form"
        />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="default"
                disabled={reserve.length === 0}
                aria-label={t("admin.proposal.swapUnit", { name: pick.name })}
                data-testid="proposal-pick-swap"
              >
                {t("admin.proposal.swap")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown mah={300} style={{ overflowY: "auto" }}>
              <Menu.Label>{t("admin.proposal.swapWith")}</Menu.Label>
              {reserve.map((r) => (
                <Menu.Item
                  key={r.unitId}
                  onClick={() =>
                    dispatch({ type: "swap", tier: pick.tier, pickId: pick.unitId, reserveId: r.unitId })
                  }
                >
                  {r.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            aria-label={t("admin.proposal.removeUnit", { name: pick.name })}
            onClick={() => dispatch({ type: "remove", tier: pick.tier, unitId: pick.unitId })}
            data-testid="proposal-pick-remove"
          >
            {t("admin.proposal.remove")}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
