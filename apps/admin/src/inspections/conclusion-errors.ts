import { type Lang, pickLanguage } from "@par/ui";

/** zod issues → messages keyed by their whole path ("recommendations.0.deadline"), the first per path. */
export function issuesByPath(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  lang: Lang,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    if (!(key in out)) out[key] = pickLanguage(issue.message, lang);
  }
  return out;
}
