import { Button, Group } from "@mantine/core";
import { useLang } from "../i18n/use-lang";

export type RegisterView = "tree" | "table";

/** Tree (or cards) of the register, or the register as a paged table: the same switch in every app. */
export function RegisterViewSwitch({
  view,
  onChange,
}: {
  view: RegisterView;
  onChange: (v: RegisterView) => void;
}) {
  const { t } = useLang();
  return (
    <Group gap={4} role="group" aria-label={t("unitTable.view")}>
      {(["tree", "table"] as const).map((v) => (
        <Button
          key={v}
          size="xs"
          variant={view === v ? "filled" : "subtle"}
          aria-pressed={view === v}
          onClick={() => onChange(v)}
          data-testid={`units-tab-${v}`}
        >
          {t(`unitTable.${v}`)}
        </Button>
      ))}
    </Group>
  );
}
