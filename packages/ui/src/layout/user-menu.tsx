import { Menu, Modal, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { PasswordChangeForm } from "../auth/password-change-form";
import { useLang } from "../i18n/use-lang";
import { useNotify } from "../notify/notifications";
import { UserSummary } from "./user-summary";

/** The user in the header, as a menu: change one's own password (every app has it, issue 9 §7). */
export function UserMenu() {
  const { t } = useLang();
  const notify = useNotify();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu" aria-label={t("password.menu")}>
            <UserSummary />
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item data-testid="change-password" onClick={open}>
            {t("password.change")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={opened} onClose={close} title={t("password.change")} centered>
        <PasswordChangeForm
          onDone={() => {
            close();
            notify({ message: t("password.changed"), color: "green" });
          }}
        />
      </Modal>
    </>
  );
}
