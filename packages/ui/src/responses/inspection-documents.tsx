import { Anchor, Group, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useLang } from "../i18n/use-lang";
import { useTRPC } from "../trpc/trpc";

/**
 * The Word documents of one inspection the caller may download now (documents.available: the server
 * decides, R5 included), as download links; the others are named, greyed, with the reason.
 */
export function InspectionDocuments({ inspectionId }: { inspectionId: number }) {
  const trpc = useTRPC();
  const { lang } = useLang();
  const docs = useQuery(trpc.documents.available.queryOptions({ inspectionId }));
  if (!docs.data) return null;
  return (
    <Group gap="md" data-testid="inspection-documents">
      {docs.data.documents.map((d) =>
        d.available ? (
          <Anchor key={d.kind} href={d.url} download size="sm" data-testid={`doc-${d.kind}`}>
            ↓ {d.title[lang]}
          </Anchor>
        ) : (
          <Text key={d.kind} size="sm" c="dimmed" title={d.reason?.[lang] ?? ""}>
            {d.title[lang]}
          </Text>
        ),
      )}
    </Group>
  );
}
