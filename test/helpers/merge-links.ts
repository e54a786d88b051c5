// Paragraph-merge groups as the metrics count them: the consecutive links "a|b" of each group.
export const mergeLinks = (groups: string[][]): Set<string> =>
  new Set(groups.flatMap((g) => g.slice(1).map((r, i) => `${g[i]}|${r}`)));
