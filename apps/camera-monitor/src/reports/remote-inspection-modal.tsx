import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import {
  CONDUCT_ITEMS,
  OpenRemoteInspectionInput,
  RATING_LABELS,
  type Rating,
  SEVERITY_LABELS,
  type Severity,
} from "@par/domain";
import {
  DateInput,
  describeError,
  formatDate,
  formatDateTime,
  issuesToFieldErrors,
  parseDateInput,
  QueryError,
  useLang,
  useTRPC,
} from "@par/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

const RATING_COLORS: Record<Rating, string> = {
  dat: "green",
  co_ton_tai: "yellow",
  chua_dat: "red",
  khong_ap_dung: "gray",
};

/** The month's first and last day (ISO), the period the modal starts from. */
export function monthPeriod(year: number, month: number) {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  return { startDate: `${year}-${mm}-01`, endDate: `${year}-${mm}-${String(last).padStart(2, "0")}` };
}

/**
 * Opens a remote-camera inspection (form remote_camera, R4) of one unit: pick the period, see what the
 * server will write — item 4's rating and note and the violating reviews kept as evidence — confirm;
 * the new inspection then opens in the admin app.
 */
export function RemoteInspectionModal({
  unit,
  period,
  onClose,
}: {
  unit: { id: number; name: string };
  period: { startDate: string; endDate: string };
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [fromText, setFromText] = useState(formatDate(period.startDate));
  const [toText, setToText] = useState(formatDate(period.endDate));
  const input = {
    unitId: unit.id,
    startDate: parseDateInput(fromText) ?? fromText,
    endDate: parseDateInput(toText) ?? toText,
  };
  const checked = OpenRemoteInspectionInput.safeParse(input);
  const localErrors = checked.success ? {} : issuesToFieldErrors(checked.error.issues, lang);
  const preview = useQuery({
    ...trpc.camera.remoteInspectionPreview.queryOptions(input),
    enabled: checked.success,
  });
  const open = useMutation(
    trpc.camera.openInspection.mutationOptions({
      onSuccess: (r) => window.location.assign(`/admin/inspections/${r.inspection.id}`),
    }),
  );
  const serverErrors = open.error ? describeError(open.error, lang).fieldErrors : {};
  const errorOf = (field: "startDate" | "endDate") => localErrors[field] ?? serverErrors[field];
  const label = (code: string) => CONDUCT_ITEMS.find((i) => i.code === code)?.[lang] ?? code;
  const p = preview.data;
  return (
    <Modal opened onClose={onClose} size="xl" title={t("camera.remote.title", { unit: unit.name })}>
      <Stack gap="sm" data-testid="remote-inspection">
        <Text size="sm">{t("camera.remote.intro")}</Text>
        <Group align="flex-start">
          <DateInput
            label={t("camera.remote.from")}
            value={fromText}
            onChange={(e) => setFromText(e.currentTarget.value)}
            error={fromText.trim() && errorOf("startDate")}
            data-testid="remote-from"
          />
          <DateInput
            label={t("camera.remote.to")}
            value={toText}
            onChange={(e) => setToText(e.currentTarget.value)}
            error={toText.trim() && errorOf("endDate")}
            data-testid="remote-to"
          />
        </Group>
        {preview.error && <QueryError error={preview.error} />}
        {p && (
          <>
            <Group gap="sm">
              <Text size="sm" data-testid="remote-counts">
                {t("camera.remote.counts", p.stats)}
              </Text>
              <Text size="sm">{t("camera.remote.rating")}:</Text>
              <Badge color={RATING_COLORS[p.finding.rating]} variant="light" data-testid="remote-rating">
                {RATING_LABELS[p.finding.rating][lang]}
              </Badge>
            </Group>
            <Alert variant="light" title={t("camera.remote.note")}>
              <Text size="sm" data-testid="remote-note">
                {p.finding.note}
              </Text>
            </Alert>
            <Text fw={600} size="sm">
              {t("camera.remote.evidence")}
            </Text>
            {p.evidence.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("camera.remote.noEvidence")}
              </Text>
            ) : (
              <Table withTableBorder striped data-testid="remote-evidence">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("camera.remote.review")}</Table.Th>
                    <Table.Th>{t("camera.watchedFrom")}</Table.Th>
                    <Table.Th>{t("camera.counter")}</Table.Th>
                    <Table.Th>{t("camera.items")}</Table.Th>
                    <Table.Th>{t("camera.severity")}</Table.Th>
                    <Table.Th>{t("camera.remote.snapshots")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.evidence.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>#{r.id}</Table.Td>
                      <Table.Td>{formatDateTime(r.watchedFrom)}</Table.Td>
                      <Table.Td>
                        {t("camera.counterTitle", { number: r.counterNumber, name: r.counterName })}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{r.items.map(label).join("; ")}</Text>
                      </Table.Td>
                      <Table.Td>{SEVERITY_LABELS[r.severity as Severity]?.[lang] ?? ""}</Table.Td>
                      <Table.Td>{r.snapshotIds.length}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
        {open.error && !serverErrors.startDate && !serverErrors.endDate && <QueryError error={open.error} />}
        {open.isSuccess && <Text c="green.8">{t("camera.remote.opened")}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("camera.remote.cancel")}
          </Button>
          <Button
            disabled={!p || !checked.success || open.isSuccess}
            loading={open.isPending}
            onClick={() => open.mutate(input)}
            data-testid="remote-confirm"
          >
            {t("camera.remote.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
