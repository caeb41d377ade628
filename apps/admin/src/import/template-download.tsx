import { Button } from "@mantine/core";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

/** Saves the server-generated sample workbook of the earlier-conclusions import. */
export function TemplateDownload() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await queryClient.fetchQuery(trpc.earlier.template.queryOptions());
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(
        new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = file.fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      notify({ color: "red", message: describeError(err, lang).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      loading={busy}
      onClick={() => void download()}
      data-testid="earlier-import-template"
    >
      {t("earlierImport.template")}
    </Button>
  );
}
