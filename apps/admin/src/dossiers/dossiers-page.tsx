import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useCan, useLang, useScreenDictionary } from "@par/ui";
import { DOSSIER_DICTIONARY, DossierDashboard, DossierYearPicker } from "@par/ui/dossiers";
import { useState } from "react";
import { Link } from "wouter";
import { DOSSIERS_ADMIN_DICTIONARY } from "./dossiers-dictionary";
import { RemoteCheckModal } from "./remote-check-modal";
import { ThresholdsPanel } from "./thresholds-panel";

/** /admin/dossiers: the province's dossier statistics, its thresholds and the remote checks (issue 11 §1–§2). */
export function DossiersPage() {
  useScreenDictionary(DOSSIER_DICTIONARY);
  useScreenDictionary(DOSSIERS_ADMIN_DICTIONARY);
  const { t } = useLang();
  const canWrite = useCan("dossiers.write");
  const [year, setYear] = useState(() => new Date().getFullYear() - 1);
  const [checking, setChecking] = useState<{ id: number; name: string } | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("dossiers.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("dossiers.subtitle")}
          </Text>
        </div>
        <Group align="flex-end">
          <DossierYearPicker year={year} onChange={setYear} />
          {canWrite && (
            <Button component={Link} href="/dossiers/import" variant="light">
              {t("dossiersAdmin.importLink")}
            </Button>
          )}
        </Group>
      </Group>
      <ThresholdsPanel year={year} canEdit={canWrite} />
      <DossierDashboard
        year={year}
        {...(canWrite
          ? {
              actions: {
                header: "",
                render: (r) =>
                  r.kind === "district" ||
                  r.kind === "commune" ||
                  r.kind === "department" ||
                  r.kind === "agency" ||
                  r.kind === "office" ? (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={(e) => {
                        e.stopPropagation();
                        setChecking({ id: r.unitId, name: r.name });
                      }}
                      data-testid="remote-check-button"
                    >
                      {t("dossiersAdmin.check")}
                    </Button>
                  ) : null,
              },
            }
          : {})}
      />
      {checking && <RemoteCheckModal year={year} unit={checking} onClose={() => setChecking(null)} />}
    </Stack>
  );
}
