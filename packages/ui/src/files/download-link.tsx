import { Anchor, type AnchorProps } from "@mantine/core";
import { type MouseEvent, type ReactNode, useState } from "react";
import { describeError } from "../errors/error-message";
import { useLang } from "../i18n/use-lang";
import { useNotify } from "../notify/notifications";
import { fileNameOf } from "./file-name";

/**
 * A real link to a server file (keyboard, "save as" and a new tab work), fetched on click so that a
 * refusal (no plan yet, no permission) shows the server's message instead of a page of JSON.
 */
export function DownloadLink({
  href,
  children,
  testId,
  ...props
}: AnchorProps & { href: string; children: ReactNode; testId?: string }) {
  const { lang } = useLang();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const onClick = async (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          error?: { message?: string; code?: string };
        } | null;
        const err = body?.error ?? { message: `HTTP ${res.status}` };
        notify({
          color: "red",
          message: describeError({ message: err.message, data: { code: err.code } }, lang).message,
        });
        return;
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameOf(res.headers.get("content-disposition"), href);
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
    <Anchor href={href} onClick={onClick} data-testid={testId} aria-busy={busy} {...props}>
      {children}
      {busy ? " …" : ""}
    </Anchor>
  );
}
