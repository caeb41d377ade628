import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { useNotify } from "../notify/notifications";
import { PasswordChangeForm } from "./password-change-form";

/**
 * "Đổi mật khẩu" from the user menu, shown in place of the screen (no dialog: the header is in every
 * app's first load, and a modal's focus trap and portal would weigh on it); "Quay lại" returns.
 */
export function PasswordChangePanel({ onClose }: { onClose: () => void }) {
  const { t } = useLang();
  const notify = useNotify();
  return (
    <Paper withBorder p="lg" maw={460} data-testid="password-change-panel">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3}>{t("password.change")}</Title>
          <Button variant="subtle" size="xs" onClick={onClose}>
            {t("common.back")}
          </Button>
        </Group>
        <PasswordChangeForm
          onDone={() => {
            onClose();
            notify({ message: t("password.changed"), color: "green" });
          }}
        />
      </Stack>
    </Paper>
  );
}
