// A heading given line by line without boxes (Unstructured without coordinates, session 27): the order alone cannot
// tell a wrapped line from the next heading (./heading-lines.ts needs the boxes), but a first line that ends in a
// word no heading ends with — an article, a preposition or a conjunction ("14.4. Introduction to" | "AppArmor",
// "Managing Accounts with" | "LDAP", "Configuring the" | "Server") — is cut inside its heading. English words only: a
// CJK heading's last character tells nothing so.
/** The words a heading never ends with: its line was cut after them. */
const OPEN_END =
  /(?:^|\s)(?:a|an|the|and|or|nor|but|of|to|for|from|with|without|in|into|on|onto|at|by|via|as|over|under|between|about|against|through)$/i;

/** The first line (typed a title) ends in a word no heading ends with. */
export const endsOpen = (text: string): boolean => OPEN_END.test(text.trim());
