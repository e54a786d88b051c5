// A sidebar's English kind word before a title in CJK (text-merge features, ./features.ts, `box-title-first`): the
// Japanese handbook keeps the English labels of its boxes ("EXTRA SELinux ドメインと…", "IN PRACTICE セキュリティ…",
// "BACK TO BASICS LDIF …"). The Latin branch of `BOX_TITLE` (./patterns.ts) refuses a line with CJK in it, since an
// acronym opens many CJK sentences ("NSS は…", "LDAP サーバー…", "CUPS …"); so here only the kind words the handbooks
// label their boxes with count (counted in the English handbook's sidebars), each followed by a space and CJK text.
const KINDS =
  'BACK TO BASICS|IN PRACTICE|GOING FURTHER|QUICK LOOK|SPECIFIC CASE|DEBIAN POLICY|COMMUNITY|CULTURE|DOCUMENTATION|' +
  'VOCABULARY|CAUTION|SECURITY|EXTRA|TOOL|TIP|NOTE|HARDWARE|ALTERNATIVE|INSIGHT|WARNING|PERSPECTIVE';

/** The line opens with a box's English kind word, then a space, and CJK text follows in the line. */
export const LATIN_KIND_CJK_TITLE = new RegExp(
  `^(?:${KINDS}) (?=[^\\n]*[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}])`,
  'u',
);
