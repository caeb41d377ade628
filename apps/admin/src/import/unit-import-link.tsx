import { Button } from "@mantine/core";
import { useCan, useLang } from "@par/ui";
import { Link } from "wouter";

/** The register's way to the catalogue import, for users who may change the register. */
export function UnitImportLink() {
  const { t } = useLang();
  if (!useCan("units.write")) return null;
  return (
    <Button component={Link} href="/units/import" variant="default" size="xs" data-testid="unit-import-link">
      {t("unitImport.link")}
    </Button>
  );
}
