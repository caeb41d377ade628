import { Modal } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { useNotify } from "../notify/notifications";
import { PasswordChangeForm } from "./password-change-form";

/** The user menu's "Đổi mật khẩu": the form in a dialog; a notice when done. */
export function PasswordChangeModal({ onClose }: { onClose: () => void }) {
  const { t } = useLang();
  const notify = useNotify();
  return (
    <Modal opened onClose={onClose} title={t("password.change")} centered>
      <PasswordChangeForm
        onDone={() => {
          onClose();
          notify({ message: t("password.changed"), color: "green" });
        }}
      />
    </Modal>
  );
}
