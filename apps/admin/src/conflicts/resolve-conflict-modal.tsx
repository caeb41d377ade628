import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { ResolveConflictInput } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";

/** Records what was done about one conflict (note required, checked with the domain's schema). */
export function ResolveConflictModal({ id, onClose }: { id: number; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const resolve = useMutation(
    trpc.conflicts.resolve.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("conflicts.saved") });
        await queryClient.invalidateQueries(trpc.conflicts.pathFilter());
        onClose();
      },
      onError: (err) => setError(describeError(err, lang).message),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = ResolveConflictInput.safeParse({ id, note });
    if (!parsed.success) {
      setError(t("conflicts.noteRequired"));
      return;
    }
    setError(null);
    resolve.mutate(parsed.data);
  };
  return (
    <Modal opened onClose={onClose} title={t("conflicts.resolveTitle")} size="lg">
      <form onSubmit={submit} noValidate data-testid="resolve-conflict-form">
        <Stack gap="sm">
          <Textarea
            label={t("conflicts.note")}
            placeholder={t("conflicts.notePlaceholder")}
            required
            autosize
            minRows={3}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setError(null);
            }}
            error={error ?? undefined}
            data-testid="resolve-conflict-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("conflicts.cancel")}
            </Button>
            <Button type="submit" loading={resolve.isPending} data-testid="resolve-conflict-save">
              {t("conflicts.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
