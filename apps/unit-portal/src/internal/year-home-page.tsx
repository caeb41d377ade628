import {
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { INSPECTION_STATUS_LABELS } from "@par/domain";
import { formatDate, QueryError, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { DutyCard } from "./duty-card";
import { formLabel } from "./form-label";
import { useMyReadingUnit, yearFrom } from "./use-my-unit";
import { YearSelect } from "./year-select";

/**
 * "Năm của tôi": the unit's R9 duty, the province's inspections of its units (R5 decided by the server),
 * and the recommendations still owed, overdue first. One query (internal.home), aggregates in SQL.
 */
export function YearHomePage() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const unit = useMyReadingUnit();
  const year = yearFrom(useSearch());
  const [, navigate] = useLocation();
  const home = useQuery({
    ...trpc.internal.home.queryOptions({ unitId: unit?.id ?? 0, year }),
    enabled: unit !== null,
  });
  if (!unit) return <Alert color="gray">{t("portal.internal.year.noUnit")}</Alert>;
  const q = `?year=${year}`;
  return (
    <Stack gap="md" data-testid="year-home">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("portal.internal.year.title", { year })}</Title>
          <Text size="sm" c="dimmed">
            {t("portal.internal.year.unitLine", { unit: unit.name })}
          </Text>
        </div>
        <YearSelect year={year} onChange={(y) => navigate(`/?year=${y}`)} />
      </Group>
      {home.isError && <QueryError error={home.error} onRetry={() => void home.refetch()} />}
      {home.isPending && <Skeleton h={300} />}
      {home.data && (
        <>
          <DutyCard duty={home.data.duty} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Block
              title={t("portal.internal.year.province")}
              testId="province-block"
              link="/province-inspections"
            >
              {home.data.inspections.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("portal.internal.year.provinceEmpty")}
                </Text>
              ) : (
                <Table verticalSpacing={4}>
                  <Table.Tbody>
                    {home.data.inspections.map((i) => (
                      <Table.Tr key={i.id} data-testid="province-row">
                        {/* A unit's name never squeezed to a syllable a line (codes such as "Xã 01-D01-005"). */}
                        <Table.Td miw={150}>{i.unitName}</Table.Td>
                        <Table.Td>{formLabel(i.form, lang)}</Table.Td>
                        <Table.Td>
                          {formatDate(i.startDate)}–{formatDate(i.endDate)}
                        </Table.Td>
                        <Table.Td>{INSPECTION_STATUS_LABELS[i.status][lang]}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Block>
            <RecsBlock
              title={t("portal.internal.year.provinceRecs")}
              data={home.data.provinceRecommendations}
              link="/responses"
              testId="province-recs"
            />
          </SimpleGrid>
          <RecsBlock
            title={t("portal.internal.year.internalRecs")}
            data={home.data.internalRecommendations}
            link={`/internal/recommendations${q}`}
            testId="internal-recs"
            rowHref={(r) => ("internalId" in r ? `/internal/${r.internalId}` : null)}
          />
        </>
      )}
    </Stack>
  );
}

function Block({
  title,
  link,
  testId,
  children,
}: {
  title: string;
  link: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useLang();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Anchor component={Link} href={link} size="sm">
          {t("portal.internal.year.seeAll")}
        </Anchor>
      </Group>
      {children}
    </Paper>
  );
}

interface RecRow {
  id: number;
  text: string;
  deadline: string;
  unitName: string;
  overdue: boolean;
  internalId?: number;
}

function RecsBlock({
  title,
  data,
  link,
  testId,
  rowHref,
}: {
  title: string;
  data: { open: number; overdue: number; rows: RecRow[] };
  link: string;
  testId: string;
  rowHref?: (r: RecRow) => string | null;
}) {
  const { t } = useLang();
  return (
    <Block title={title} link={link} testId={testId}>
      <Text size="sm" mb={6} data-testid={`${testId}-count`}>
        <Anchor component={Link} href={link}>
          {t("portal.internal.year.openCount", { open: data.open, overdue: data.overdue })}
        </Anchor>
      </Text>
      {data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("portal.internal.year.recsEmpty")}
        </Text>
      ) : (
        <Stack gap={4}>
          {data.rows.map((r) => {
            const href = rowHref?.(r) ?? null;
            return (
              <Group key={r.id} gap={6} wrap="nowrap" data-testid={`${testId}-row`}>
                {r.overdue ? (
                  <Badge color="red" size="sm" tt="none" style={{ flexShrink: 0 }}>
                    {t("portal.internal.year.overdue")} {formatDate(r.deadline)}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" size="sm" tt="none" style={{ flexShrink: 0 }}>
                    {t("portal.internal.year.deadline", { date: formatDate(r.deadline) })}
                  </Badge>
                )}
                <Text size="sm" truncate>
                  {href ? (
                    <Anchor component={Link} href={href}>
                      {r.unitName}
                    </Anchor>
                  ) : (
                    r.unitName
                  )}
                  : {r.text}
                </Text>
              </Group>
            );
          })}
        </Stack>
      )}
    </Block>
  );
}
