import { Box } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A vertically scrolling region that never scrolls sideways: long Vietnamese unit names truncate
 * instead of pushing badges out of view (Mantine's ScrollArea lets its content grow wider).
 */
export function ScrollPane({ maxHeight, children }: { maxHeight: string; children: ReactNode }) {
  return (
    <Box mah={maxHeight} pr={4} style={{ overflowY: "auto", overflowX: "hidden" }}>
      {children}
    </Box>
  );
}
