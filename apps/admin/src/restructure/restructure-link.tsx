import { Button } from "@mantine/core";
import { useCan, useLang } from "@par/ui";
import { Link } from "wouter";

/** The register's way to a restructuring (merges, splits, renames), for users who may change it. */
export function RestructureLink() {
  const { t } = useLang();
  if (!useCan("units.write")) return null;
  return (
    <Button
      component={Link}
      href="/units/restructure"
      variant="default"
      size="xs"
      data-testid="restructure-link"
    >
      {t("restructure.link")}
    </Button>
  );
}
