// The text patterns the text-merge features ask about (src/stages/text-merge/features.ts): labels, options,
// bullets, openers, addresses, file names, algorithms, formulas.

/** "Label: value" lines (fields, definitions) stand on their own. */
export const LABEL = /^[\p{Lu}\p{Lo}][\p{L}\p{M} ]{0,25}[:：](?!:)\s*\S/u;

export const LONE_BULLET = /^[•·∙●○▪■◦‣⁃]$/u;
/** A term list's entry: a term of up to three words and a colon open it, after a bullet if any ("k: sort key …",
 * "- data: Data …", "dh binary : generate …", "proftpd：FTP 服务配置"), or a term and an equals sign
 * ("debuild = dpkg-buildpackage + lintian …"). */
export const TERM_ENTRY =
  /^(?:[-*•∙●◦▪]\s*)?[\p{L}\p{N}][\p{L}\p{N}_.+-]{0,15}(?: [\p{L}\p{N}_.+-]{1,20}){0,2} ?(?::\s+|：\s*|= (?=\S))\S/u;
/** An option name opening its description ("-t, --tar. run the …", "--dist: …"), of any length. */
export const OPTION_ENTRY = /^(?:--?|–)\p{L}[\w-]*(?:\s*,\s*(?:--?|–)\p{L}[\w-]*)*[.:,]?\s+\S/u;
/** A run-in front-matter label opening its block ("Abstract—You can …", "Index Terms—…", "Abstract. We …", "摘要："). */
export const ABSTRACT_OPENER = /^(?:Abstract|ABSTRACT|Index Terms|摘\s*要|要\s*旨)\s*[—–:.：]/u;
/** The next fragment opens with an address of its own ("https://…", "- https://…"): a new link, not the rest. */
export const NEW_ADDRESS = /^(?:[-*•]\s+|\d{1,3})?(?:https?|ftp):\/\//;
/** A footnote's number glued to the web address it gives ("2https://wiki.debian.org/…"): a note of its own. */
export const NOTE_ADDRESS = /^\d{1,3}(?:https?|ftp):\/\//;
/** An option's name alone ("-t, –tar", "--dist"), each name with its argument if it takes one ("-z extension, –targz
 * extension", "--level=N"): a term whose description follows as its own block. */
export const OPTION_TERM =
  /^(?:--?|–)\p{L}[\w-]*(?:[ =][\p{L}<[][\w<>[\]-]*)?(?:\s*,\s*(?:--?|–)\p{L}[\w-]*(?:[ =][\p{L}<[][\w<>[\]-]*)?)*$/u;
/** A file name or path opening the next fragment ("debian/copyright. The …", "pkg-info.mk …", "dh_install …"): its
 * lower case is the name's, not a sentence's going on. */
export const FILE_NAME_START = /^[\p{Ll}\d][\w-]*[./_][\w-][\w./-]*/u;
/** An algorithm's opening line ("Require: …", "Input: …", "Algorithm 2 …"). */
export const ALGORITHM_OPENING = /^(?:Require|Ensure|Input|Output)\s*:|^Algorithm\s+\d+\b/;
/** A printed bullet glyph and a space opening an item ("• build binaries honoring $(CFLAGS), …"): no listing's line. */
export const BULLET_OPENING = /^[•∙●○▪■◦‣⁃]\s/u;
/** A bullet glyph glued to its item's text ("■-d, --dist run …"). */
export const GLUED_BULLET = /^[•∙●○▪■◦‣]\S/u;

/**
 * After a sentence's end, a short expression with a relation or an operator and no word of four letters to the block's
 * end, nor a capitalised word at its end: that is the next sentence's first word ("… modified. O(n log n) The").
 */
export const FORMULA_TAIL =
  /[.!?。！？]\s*(?=[^.!?。！？]*[=<>≤≥∑∫√±×∈→(])(?![^.!?。！？]*\p{L}{4})(?![^.!?。！？]*\s\p{Lu}\p{Ll}+$)[^.!?。！？]{1,25}$/u;

/**
 * The text up to the sentence's end before a formula tail ("… for the appropriate network. f(x) = x + 1" → "… network."),
 * or the text itself: a display formula the parser ran into the block ends where its sentence ended.
 */
export function beforeFormulaTail(text: string): string {
  const stop = lastStop(text);
  return stop >= 0 && FORMULA_TAIL.test(text.slice(stop)) ? text.slice(0, stop + 1) : text;
}

/**
 * `FORMULA_TAIL.test(text)`, tried at the last stop only: no stop follows the one a tail opens with, so that is the
 * only place it can match (the expression alone, anchored at the end, was tried at every stop of a long text).
 */
export function hasFormulaTail(text: string): boolean {
  const stop = lastStop(text);
  return stop >= 0 && FORMULA_TAIL.test(text.slice(stop));
}

/** The position of the last of `FORMULA_TAIL`'s stops (`.!?。！？`), or -1. */
function lastStop(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f) return i;
  }
  return -1;
}

/** A sentence of words, then a formula tail ("2 to Top.f(x) = x + 1"): prose, not a line of code ("self.x = f(1)"). */
export function proseThenFormula(text: string): boolean {
  const prose = beforeFormulaTail(text);
  return prose !== text && /\p{L}+\s+\p{L}+[.!?。！？]$/u.test(prose);
}

/** What no CJK sentence opens with: a case particle, a small kana, the moraic "ン", the long-vowel mark, "的". */
export const CJK_NO_OPENING = /^[のをがンーっゃゅょッャュョァィゥェォ的]/u;
/** An institution's word in an affiliation line ("Department of …, Example University Springfield, USA"). */
export const AFFILIATION_WORD = /\b(?:Department|University|Institute|Laboratory|College|Faculty|School of)\b/;

/**
 * Full-width punctuation that goes inside or closes a clause ("，它影响 …", "）。"): no sentence, paragraph or list entry
 * opens with one, so a block opening with it is the rest of the block before, whatever script that one ends in
 * ("… Multi-Processing Modules (MPMs)" | "，它影响 Apache …").
 */
export const CLAUSE_PUNCTUATION_OPENING = /^[，、；：。！？）」』】〉》]/u;

/** A formula, not code: a big operator or relation the keyboard lacks ("n ∑ ai = wijxj + bi (1)"). */
export const MATH_SYMBOL = /[∑∫√∏∂∇≤≥≠≈∞∈∥]/u;

/**
 * A display equation the parser typed as text, whole: a relation or a big operator, an equation number standing
 * alone ("(2)", "(1.1)"), and no word of four letters ("n ∑ (2) a = w x + b i ij j i j=1", "( ) n T(n) = 2 T + O(n) (2) 2")
 * but one run of glued subscripts of up to five ("n X ai = wijxj + bi (1) j=1", the sum read as "X").
 */
export const FORMULA_BLOCK =
  /^(?![\s\S]*\p{L}{6})(?![\s\S]*\p{L}{4}[\s\S]*\p{L}{4})(?=[\s\S]*[=<>∑∫√∏≤≥≠≈∈])[\s\S]*(?:^|\s)\(\d{1,3}(?:\.\d{1,3})?\)(?:\s|$)/u;
/** A paper's keyword line ("Index Terms—Synopsis, …", "Keywords: …", "关键词：…"): front matter standing alone. */
export const KEYWORDS_LINE =
  /^(?:Index Terms|Keywords|Key words|Key-words|CCS Concepts|Additional Key Words and Phrases|关键词|关键字|キーワード)\s*[—–:：.-]/iu;

/** A numbered item in full-width brackets ("（8） 使用 dpkg-source(1) …"), which the shared list-marker test leaves out. */
export const FULLWIDTH_NUMBERED_ITEM = /^（[0-9０-９]{1,3}）/u;
/** A statute's article label opening its block ("第二十五条", "第 二 十 五 条 …", "第3条"): a new article. */
export const ARTICLE_OPENER =
  /^第\s*(?:[0-9０-９]{1,4}|[一二三四五六七八九十百千零〇两](?:\s*[一二三四五六七八九十百千零〇两]){0,5})\s*条/u;
/** A file name and then a capitalised sentence ("debian/copyright. The copyright …", "debian/changelog The Debian …"):
 * a description list's entry, its term and its text. */
export const FILE_TERM_ENTRY = /^[\p{Ll}\d][\w-]*[./_][\w-][\w./-]*\s+\p{Lu}\p{Ll}/u;
/**
 * A listing's line that opens no block of its own: the rest of a compound statement ("else:", "elif …:",
 * "except …:", "finally:", "fi", "done", "esac") or a bracket closing one ("}", ")", "]"), a quote before it too (an m4
 * macro's body closed by "')", SELinux's .if files).
 */
export const CODE_GOES_ON =
  /^(?:(?:else|elif|elsif|except|finally|catch|rescue|ensure)\b|(?:fi|done|esac|endif|endfor|endwhile)\b|['"`]?[}\])])/;
/** A spaced dash and a lower-case word ("— init. Frequently, …"): an aside of the sentence before, not a list's item. */
export const SPACED_DASH_RUN_ON = /^[—–]\s+\p{Ll}/u;
/** A note's label alone on its line ("Note", "Tip:", "警告"): the title of its box, whose body is its own block. */
export const NOTE_LABEL_ALONE =
  /^(?:Note|Notes|Warning|Caution|Important|Tip|Hint|Attention|Danger|注意|注记|注記|重要|警告|提示|ヒント|メモ)\s*[:：.]?$/iu;
/**
 * A sidebar's title: its kind in capitals ("QUICK LOOK", "IN PRACTICE", "BACK TO BASICS"), then the title with lower
 * case in it, no CJK ("RFC 是 …" is a sentence); in CJK, a kind word glued to the title or one space before it
 * ("注释磁盘和卷大小", "提示从错误到解决方法", "说明系统时钟，硬件时钟", "关键词 main、contrib、non-free 归档").
 */
export const BOX_TITLE =
  /^(?:(?![^\n]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(?=\p{Lu}{3}|\p{Lu}{2} \p{Lu}{2})\p{Lu}{2,}(?: \p{Lu}{2,}){0,3} (?=[^\n]*\p{Ll})\S|(?:注释|注意|提示|警告|文化|基础知识|视角|观点|深入|实践|工具|安全|社区|快速浏览|补充|说明|词汇|关键词|进阶|技巧|速览|秘诀|术语|特例|备注|注解|笔记|当心|小心|硬件|回到基[础本]|更?进一步|继续深入|替代|实务|洞察|快速查看|ヒント|補足|基本|発展|視点|実践|ツール|メモ) ?(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}A-Za-z\d]))/u;
/** One lower-case word or name alone ("action", "subdir", "dh_auto_build"): a description list's term. */
export const TERM_ALONE = /^\p{Ll}[\p{L}\d_.-]{1,24}$/u;
/**
 * A publisher's notice on a paper's first page ("Permission to make digital or hard copies …", "ACM Reference Format:"),
 * or the authors’ addresses a journal class sets with it at the first column’s foot ("Authors’ addresses: …", "Author’s
 * address: …" for one author, acmart).
 */
export const PUBLISHER_NOTICE =
  /^(?:Permission to make digital or hard copies|ACM Reference Format:|Authors?[’']s?\s*(?:(?:postal\s+)?address(?:es)?|contact information)\s*:|©\s*\d{4}|Copyright\s+(?:©|\(c\))?\s*\d{4})/iu;
/** An em dash glued to the next word ("—Chaos!"): an aside or an exclamation set off from the sentence before. */
export const DASH_RUN_ON = /^—(?=\p{L})/u;
/** A running head the furniture stage kept: upper-case words and the page number after them, no lower case
 * ("3 FUTURE PERSPECTIVE ON DEBIAN PACKAGING PRACTICES 10", "CHAPTER 2. HISTORICAL PERSPECTIVE … PRACTICES8"). */
export const RUNNING_HEAD_LINE = /^(?=(?:[^\p{Lu}]*\p{Lu}{2,}){3})[^\p{Ll}]{10,100}\d{1,4}$/u;

/** A colon at the end or a few characters before it (a formula after it): a lead-in line ("… (v=0.2): f(x) = x + 1"). */
export const LEAD_IN_END = /[:：][^:：.!?。]{0,25}$/;
