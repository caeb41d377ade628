import { NavLink } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useRoute } from "wouter";

/** A navbar entry, highlighted while its route (or one below it) is open; `badge` sits at its end. */
export function NavItem({ href, label, badge }: { href: string; label: string; badge?: ReactNode }) {
  const [active] = useRoute(`${href}/*?`);
  return <NavLink component={Link} href={href} label={label} active={active} rightSection={badge} />;
}
