// The PAR index (Chỉ số CCHC, issue 11): a subpath of its own (`@par/ui/par-index`), loaded with the
// screens that use it in the admin app and the portal.
export { PAR_INDEX_DICTIONARY } from "./par-index-dictionary";
export { formatPoints, parsePoints } from "./points";
export { RankingView } from "./ranking-view";
export { ScoreSheet } from "./score-sheet";
