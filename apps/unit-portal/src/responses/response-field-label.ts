/** Field names of the response forms in words, for error messages (never the raw field code). */
export function responseFieldLabel(t: (key: string) => string): (field: string) => string {
  const labels: Record<string, string> = {
    response: t("review.response"),
    evidenceFileIds: t("review.evidence"),
    comment: t("review.commentField"),
    comments: t("review.commentField"),
    recommendationId: t("review.recommendation"),
    file: t("review.evidence"),
  };
  return (field) => labels[field] ?? t("review.recommendation");
}
