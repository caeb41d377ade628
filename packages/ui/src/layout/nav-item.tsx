import { NavLink } from "@mantine/core";
import { Link, useRoute } from "wouter";

/** A navbar entry, highlighted while its route (or one below it) is open. */
export function NavItem({ href, label }: { href: string; label: string }) {
  const [active] = useRoute(`${href}/*?`);
  return <NavLink component={Link} href={href} label={label} active={active} />;
}
