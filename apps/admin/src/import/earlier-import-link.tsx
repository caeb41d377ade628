import { Button } from "@mantine/core";
import { useCan, useLang } from "@par/ui";
import { Link } from "wouter";

/** The register's way to the import of earlier conclusions (R10), next to the catalogue import. */
export function EarlierImportLink() {
  const { t } = useLang();
  if (!useCan("units.write")) return null;
  return (
    <Button
      component={Link}
      href="/units/import-earlier"
      variant="default"
      size="xs"
      data-testid="earlier-import-link"
    >
      {t("earlierImport.link")}
    </Button>
  );
}
