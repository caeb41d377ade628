import { Anchor, Badge, Breadcrumbs, Group, Stack, Table, Text, Title } from "@mantine/core";
import { tierOfKind } from "@par/domain";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { useLang } from "../i18n/use-lang";
import { tierLabel } from "../labels/labels";
import type { UnitDetail } from "../trpc/api-types";
import { UnitChildren } from "./unit-children";
import { UnitKindBadge } from "./unit-kind-badge";
import { ValidityText } from "./validity-text";

interface UnitFactsProps {
  detail: UnitDetail;
  /** Route of a unit inside the app, e.g. (id) => `/units/${id}`. */
  hrefOf: (id: number) => string;
  /** Buttons beside the title (edit, close …). */
  actions?: ReactNode;
  /** Whether a unit may be opened here (the portal links only units in the officer's scope). */
  linkable?: (id: number) => boolean;
}

/** A unit's register entry (units.get): path, code, kind, tier, validity, flags and children. */
export function UnitFacts({ detail, hrefOf, actions, linkable = () => true }: UnitFactsProps) {
  const { t, lang } = useLang();
  const { unit, ancestors, children } = detail;
  const flags = [
    unit.manySubordinates && t("unit.manySubordinates"),
    unit.hasOneStopShop && t("unit.hasOneStopShop"),
    unit.isDemo && t("unit.isDemo"),
  ].filter((f): f is string => Boolean(f));
  const parent = ancestors[ancestors.length - 1];
  return (
    <Stack gap="md" data-testid="unit-detail">
      {ancestors.length > 0 && (
        <Breadcrumbs separator="›" styles={{ root: { flexWrap: "wrap" } }}>
          {ancestors.map((a) =>
            linkable(a.id) ? (
              <Anchor key={a.id} component={Link} href={hrefOf(a.id)} size="sm">
                {a.name}
              </Anchor>
            ) : (
              <Text key={a.id} size="sm" c="dimmed">
                {a.name}
              </Text>
            ),
          )}
        </Breadcrumbs>
      )}
      <Stack gap={6}>
        <Title order={3}>{unit.name}</Title>
        <Group gap="xs">
          <UnitKindBadge kind={unit.kind} name={unit.name} />
          {unit.validTo && (
            <Badge color="red" variant="light" size="sm" style={{ textTransform: "none" }}>
              {t("unit.closed")}
            </Badge>
          )}
        </Group>
        {actions && <Group gap="xs">{actions}</Group>}
      </Stack>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          <Row label={t("unit.code")}>
            <Text ff="monospace" size="sm">
              {unit.code}
            </Text>
          </Row>
          <Row label={t("unit.tier")}>
            {tierOfKind(unit.kind) ? tierLabel(tierOfKind(unit.kind), lang) : t("unit.noTier")}
          </Row>
          <Row label={t("unit.parent")}>
            {parent && linkable(parent.id) ? (
              <Anchor component={Link} href={hrefOf(parent.id)} size="sm">
                {parent.name}
              </Anchor>
            ) : parent ? (
              parent.name
            ) : (
              t("common.none")
            )}
          </Row>
          <Row label={t("unit.validity")}>
            <ValidityText validFrom={unit.validFrom} validTo={unit.validTo} />
          </Row>
          <Row label={t("unit.flags")}>{flags.length > 0 ? flags.join(" · ") : t("common.none")}</Row>
        </Table.Tbody>
      </Table>
      <UnitChildren units={children} hrefOf={hrefOf} />
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
