// Paragraph merges, round nine (session 26, issue #15): fresh train/dev LaTeX documents (seeds 90421, 33769, 47113,
// 71933; acmart, IEEEtran, book, ctexart) — a clause's punctuation opening a block, a CJK note glued to its number
// between a sentence's halves, a listing's closing line, a closing tag; hand-made pages after the cases named.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../helpers/doc.js';
import { mergeAcrossPage, mergeSpecs } from '../helpers/merge-links.js';

const text = (t: string, bbox?: [number, number, number, number], page = 1): Spec => ({
  page,
  type: 'text',
  text: t,
  ...(bbox ? { bbox } : {}),
});

describe('a block opening with full-width punctuation inside a clause (no boxes)', () => {
  // latex-ctexart-handbook-zh-sect-http-web-server (train; Mistral OCR, Unstructured): "… 包括 Multi-Processing Modules
  // (MPMs)" | "，它影响 Apache …": the paragraph cut where a column ends, the comma left to the second half.
  const head = '所有需要的只是安装 web 服务器软件包。它包含所有的模块，包括 Multi-Processing Modules (MPMs)';
  const rest = '，它影响服务器如何处理很多请求的并行处理，以前这在另外的软件包中提供。';
  const after = '使用的模块显著地影响服务器处理并发请求的方式。';

  it('joins the halves', () => {
    const r = mergeSpecs([text(head), text(rest), text(after)]);
    expect(r.joined(0, 1)).toBe(true);
    expect(r.featuresOf(0, 1)).toContain('text-merge.cjk-opens-mid-sentence');
    expect(r.joined(1, 2)).toBe(false);
  });

  it('keeps a block opening with an opening bracket apart', () => {
    const r = mergeSpecs([text(head), text('（1）它影响服务器如何处理很多请求的并行处理。'), text(after)]);
    expect(r.joined(0, 1)).toBe(false);
  });
});

describe('a CJK note glued to its number between the halves of a sentence (no boxes)', () => {
  // latex-ctexart-handbook-zh-sect-http-web-server (train; Mistral OCR): "… 服务器对所有虚拟主机" | "2列表中存在的第一个
  // 文件被使用，并作为响应来发送。" | (a figure) | "使用了相同的日志文件 …": Mistral writes the column's note after its last block.
  const open = '迄今为止配置的服务器对所有虚拟主机';
  const note = '2列表中存在的第一个文件被使用，并作为响应来发送。';
  const rest = '使用了相同的日志文件（尽管可以通过在定义中添加指令来更改）。';

  it('joins the sentence past the note', () => {
    const r = mergeSpecs([text(open), text(note), text(rest)]);
    expect(r.joined(0, 2)).toBe(true);
    expect(r.joined(0, 1)).toBe(false);
  });

  it('but not after a sentence that ended', () => {
    const r = mergeSpecs([text(`${open}。`), text(note), text(rest)]);
    expect(r.joined(0, 2)).toBe(false);
  });
});

describe("a listing's closing line at the head of the next column", () => {
  // latex-ieeetran-handbook-en-sect-selinux (train; MinerU, dots.ocr, PaddleOCR …): an m4 interface file that fills the
  // left column, its box wider than the column, and its closing "')" alone at the head of the right one.
  const listing =
    "## <summary>Read the log files.</summary> interface(`myapp_read_log',` gen_require(` type myapp_log_t; ') " +
    'logging_search_logs($1) allow $1 myapp_log_t:file read_file_perms;';
  const prose = 'Explanations about the reference policy are kept with the project, which evolves with its users.';

  it('joins the closing line to the listing, with boxes', () => {
    const r = mergeSpecs([
      text(listing, [0.08, 0.18, 0.546, 0.91]),
      text("')", [0.51, 0.064, 0.527, 0.077]),
      text(prose, [0.51, 0.08, 0.92, 0.17]),
    ]);
    expect(r.joined(0, 1)).toBe(true);
    expect(r.joined(1, 2)).toBe(false);
  });

  it('and without boxes (a break no box shows)', () => {
    const r = mergeSpecs([text(listing), text('}'), text(prose)]);
    expect(r.joined(0, 1)).toBe(true);
    expect(r.featuresOf(0, 1)).toContain('text-merge.listing-cut-unseen');
  });
});

describe('a closing tag alone at the head of the next page', () => {
  // latex-ctexart-handbook-zh-sect-http-web-server (train; dots.ocr, PaddleOCR): an Apache virtual host's directives
  // at a page's foot, its "</VirtualHost>" alone on the next page (the parser dropped the opening line).
  const directives = 'ServerName www.example.org ServerAlias example.org DocumentRoot /srv/www/www.example.org';

  it('joins the tag to the directives, with or without the opening tag', () => {
    expect(mergeAcrossPage(directives, '</VirtualHost>').groups).toEqual([[0, 1]]);
    expect(
      mergeAcrossPage(`<VirtualHost *:80> ${directives}`, '</VirtualHost> Then reload the server.').groups,
    ).toEqual([[0, 1]]);
  });

  it('but not to a sentence that ended or a lead-in', () => {
    expect(mergeAcrossPage('The virtual host is described as below.', '</VirtualHost>').groups).toEqual([]);
    expect(mergeAcrossPage('The virtual host ends with its closing tag:', '</VirtualHost>').groups).toEqual([]);
  });
});

describe("a figure's caption naming code under the first part of a listing", () => {
  // The real dev set's marker/switch_trans (Switch Transformers, arXiv): "return dispatch tensor, …" | "Figure 15: Pseudo
  // code for the router …" | (page break) | "import mesh tensorflow as mtf": the code above is the figure's, which ends.
  const specs = (caption: string): Spec[] => [
    {
      page: 1,
      type: 'code',
      text: 'def route(inputs):\n  gates = softmax(inputs)\n  return dispatch, combine',
      bbox: [0.15, 0.6, 0.5, 0.8],
    },
    text(caption, [0.15, 0.82, 0.85, 0.85]),
    {
      page: 2,
      type: 'code',
      text: 'import mesh_tensorflow as mtf\ndef switch_layer(inputs, n):\n  pass',
      bbox: [0.15, 0.1, 0.5, 0.2],
    },
  ];

  it('keeps the next page’s code apart', () => {
    const r = mergeSpecs(specs('Figure 15: Pseudo code for the router of the model in the mesh library.'));
    expect(r.joined(0, 2)).toBe(false);
    expect(r.featuresOf(0, 2)).toContain('text-merge.listing-caption-between');
  });

  it('but a caption naming no code is a float the listing flows around', () => {
    expect(mergeSpecs(specs('Figure 15: Throughput of the router for each number of experts.')).joined(0, 2)).toBe(
      true,
    );
  });
});

describe('a Chinese reference entry cut after its type mark', () => {
  // The real dev set's MinerU thesis (pipeline-zh-thesis, a page break): "….2016.… 实证检验[J]." | "财经理论与实践,37(01):34-40.":
  // GB/T 7714 gives the source, volume, issue and pages after the type mark. Invented entries in that form.
  const head = '王明,李华,陈静.2016.信用风险模型在商业银行管理中的适用性分析及实证检验[J].';

  it('joins the source, issue and pages to the entry', () => {
    const r = mergeAcrossPage(head, '金融理论与实践,37(01):34-40.');
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('text-merge.citation-cut');
  });

  it('but not the next entry, its authors and year first', () => {
    expect(
      mergeAcrossPage(head, '赵强,孙丽.2012.资产结构与盈利能力关系的实证研究[J].经济学报,18(02):111-116.').groups,
    ).toEqual([]);
  });
});

describe("an affiliation line of a paper's head matter before the body (no boxes)", () => {
  // latex-acmart-debmake-en-ch08 (train; Mistral OCR, Unstructured): "Ines Carvalho" | "Department of Computer Science,
  // Example University Springfield, USA" | (a note box) | "The typical packaging example …": head matter, no paragraph's part.
  const specs = (affiliation: string): Spec[] => [
    text('Ines Carvalho'),
    text(affiliation),
    { page: 1, type: 'table', text: 'Tip The best source of a packaging example is the archive itself.' },
    text('The typical packaging example presented in Chapter 4 is the prerequisite for this chapter.'),
  ];

  it('keeps the body apart from the affiliation', () => {
    expect(mergeSpecs(specs('Department of Computer Science, Example University Springfield, USA')).joined(1, 3)).toBe(
      false,
    );
  });

  it('while a line of running text without a stop still runs on past the float', () => {
    expect(
      mergeSpecs(specs('The maintainers of the archive keep a packaging example for every kind of')).joined(1, 3),
    ).toBe(true);
  });
});

describe("a publisher's notice and the head matter under it between a sentence's halves (no boxes)", () => {
  // latex-acmart-handbook-en-sect-http-web-server (train; Mistral OCR, Unstructured): "… With the" | "Permission to make
  // …" | "Sam O. Kessler" | "Department of …" | "event MPM it also uses threads …"; latex-acmart-aptitude-en-ch02s05s01
  // (train): two affiliations side by side in one line longer than a short line.
  const notice =
    'Permission to make digital or hard copies of all or part of this work for personal or classroom use is granted without fee.';
  const head =
    'With the worker module the server uses threads, whereas with the prefork module it uses processes. With the';
  const rest = 'event module it also uses threads, but the inactive connections are handed back to a dedicated thread.';

  it('joins the halves past the notice, a name and an affiliation', () => {
    const r = mergeSpecs([
      text(head),
      text(notice),
      text('Sam O. Kessler'),
      text('Department of Computer Science, Example University Springfield, USA'),
      text(rest),
    ]);
    expect(r.joined(0, 4)).toBe(true);
    expect(r.joined(3, 4)).toBe(false);
  });

  it('and past two affiliations side by side', () => {
    const both =
      'Department of Computer Science, Department of Computer Science, Example University Example University Springfield, USA Springfield, USA';
    const r = mergeSpecs([
      text(head.replace(/ With the$/, ' If there are')),
      text(notice),
      text('Mei Lindqvist Jonas Weber'),
      text(both),
      text(rest),
    ]);
    expect(r.joined(0, 4)).toBe(true);
  });

  it('but not when the text after them opens a sentence', () => {
    const r = mergeSpecs([
      text(head),
      text(notice),
      text('Sam O. Kessler'),
      text('Event modules use threads, and inactive connections go to a dedicated thread.'),
    ]);
    expect(r.joined(0, 3)).toBe(false);
  });
});

describe("a footnote cut by a column break between a paragraph's halves (no boxes)", () => {
  // latex-acmart-handbook-en-sect-http-web-server (train; Mistral OCR): "… Unfortunately the version" | "1 The mod_info
  // module … via browser visiting" | (a figure's caption) | "packaged for Debian had serious issues …" … and the note's
  // rest the page's last text: the note found with its rest stands out of the paragraph's flow.
  const specs: Spec[] = [
    text(
      'As an alternative to the standard module there is an extension module, shipped in its own package. Unfortunately the version',
    ),
    text('1 The info module allows to access the whole server configuration and information via browser visiting'),
    text('Figure 1: Overview of the components described in this section.'),
    text('packaged for the distribution had serious issues and is therefore not part of the release.'),
    text('A virtual host is an extra identity for the web server, and the server keeps one for each name.'),
    text('the address http://localhost/server-info, which lists every module loaded.'),
  ];

  it("joins the paragraph's halves past the note, and the note to its rest", () => {
    const r = mergeSpecs(specs);
    expect(r.joined(1, 5)).toBe(true);
    expect(r.joined(0, 3)).toBe(true);
  });
});

describe('a blank page between two fragments', () => {
  // latex-ctexbook-debmake-zh-ch04 (dev; PaddleOCR, content_list v2): a list item at the end of a chapter, a blank verso
  // page (its page number and running head only), the next chapter's first sentence, its title typed as a running head.
  const item = (page: number): Spec => ({
    page,
    type: 'text',
    text: '•“debsign”（对 .dsc 和 .changes 文件进行签名）',
    bbox: [0.19, 0.82, 0.58, 0.84],
  });
  const first = (page: number): Spec => ({
    page,
    type: 'text',
    text: '我们先要获取上游源代码。',
    bbox: [0.2, 0.1, 0.4, 0.12],
  });

  it('keeps the chapters apart', () => {
    const r = mergeSpecs([
      item(1),
      { page: 2, type: 'page_number', text: '12', bbox: [0.25, 0.9, 0.27, 0.92] },
      first(3),
    ]);
    expect(r.joined(0, 2)).toBe(false);
    expect(r.featuresOf(0, 2)).toContain('text-merge.sparse-page');
  });

  it('but a fragment on the very next page runs on', () => {
    expect(mergeSpecs([item(1), first(2)]).joined(0, 1)).toBe(true);
  });
});

describe("a numbered remark (ctexart's 注 1.) after a fragment left open", () => {
  // latex-ctexart-debmake-zh-ch03 (dev; all formats): "证明. conf 中设置全局配置信息" | "注 1. Although this is not …".
  it('opens a block of its own', () => {
    const r = mergeAcrossPage(
      '证明. conf 中设置全局配置信息',
      '注 1. Although this is not necessarily an absolute requirement, it helps.',
    );
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('text-merge.theorem-opener');
  });
});

describe("a sources.list file's lines cut by a page break", () => {
  // latex-acmart-handbook-en-apt (dev; MinerU middle.json, Azure DI): the file's lines flattened into one block on each
  // side of the break, the prose test reading their words as a sentence's.
  const head =
    '# Security updates deb http://security.example.org/ bullseye-security main contrib non-free ' +
    '# Base repository deb https://deb.example.org/debian bullseye main contrib non-free';
  const rest =
    'deb-src https://deb.example.org/debian bullseye main contrib non-free # Stable updates ' +
    'deb https://deb.example.org/debian bullseye-updates main contrib non-free';

  it('runs on as one listing', () => {
    expect(mergeAcrossPage(head, rest).groups).toEqual([[0, 1]]);
  });

  it('but prose after it is no rest of it', () => {
    expect(
      mergeAcrossPage(head, 'The archive holds the packages of every release, each under its own name.').groups,
    ).toEqual([]);
  });
});
