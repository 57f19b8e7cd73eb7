/** Figures of the feedback results in German notation: "4,3", "67 %". */
export const formatAverage = (value: number) => new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

export const formatShare = (part: number, total: number) =>
  new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 0 }).format(total > 0 ? part / total : 0);
