import { Alert, Group, Stack, Text, Title } from "@mantine/core";
import { useLang, useScreenDictionary } from "@par/ui";
import { DOSSIER_DICTIONARY, DossierDashboard, DossierYearPicker } from "@par/ui/dossiers";
import { useState } from "react";

const PORTAL_DOSSIER_DICTIONARY = {
  vi: {
    portalDossiers: {
      hint: "Số liệu do Sở Nội vụ nhập từ hệ thống thông tin giải quyết TTHC. Khi một tỷ lệ không đạt ngưỡng của tỉnh, đơn vị nhận nhắc nhở trong hộp thông báo.",
    },
  },
  en: {
    portalDossiers: {
      hint: "Figures imported by Sở Nội vụ from the dossier IT system. When a rate misses the province's threshold, the unit gets a reminder in its inbox.",
    },
  },
} as const;

/**
 * /portal/dossiers: the unit's own dossier statistics (the server shows only its subtree), where a
 * remote-dossier reminder points.
 */
export function DossiersPage() {
  useScreenDictionary(DOSSIER_DICTIONARY);
  useScreenDictionary(PORTAL_DOSSIER_DICTIONARY);
  const { t } = useLang();
  const [year, setYear] = useState(() => new Date().getFullYear() - 1);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("dossiers.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("dossiers.subtitle")}
          </Text>
        </div>
        <DossierYearPicker year={year} onChange={setYear} />
      </Group>
      <Alert color="blue" variant="light">
        {t("portalDossiers.hint")}
      </Alert>
      <DossierDashboard year={year} />
    </Stack>
  );
}
