/** A plan or schedule field's label for server messages that name the field ("year" → "Năm kế hoạch"). */
export function planFieldLabel(t: (key: string) => string): (field: string) => string {
  const keys: Record<string, string> = {
    year: "admin.year.pickYear",
    template: "admin.year.template",
    number: "admin.year.number",
    issuedDate: "admin.year.issuedDate",
    issuer: "admin.year.issuer",
    quotas: "admin.year.quotas",
    startDate: "admin.calendar.startDate",
    endDate: "admin.calendar.endDate",
    noticeDate: "admin.calendar.noticeDate",
    monthlyCapacity: "admin.proposal.capacity",
    seed: "admin.proposal.seed",
    picks: "admin.proposal.picks",
  };
  return (field) => (keys[field] ? t(keys[field]) : field);
}
