// Paragraph merges, round eight (session 25, issue #15): listings whose line breaks the cloud parsers dropped (Azure
// DI paragraphs, Textract layout text), cut by a page break; hand-made pages after the real train/dev cases named.
import { describe, expect, it } from 'vitest';
import { flatListing } from '../../src/stages/text-merge/flat-listing.js';
import type { Spec } from '../helpers/doc.js';
import { featureIds, mergeAcrossPage, mergeSpecs } from '../helpers/merge-links.js';

const mergeFeatures = (r: ReturnType<typeof mergeAcrossPage>) =>
  featureIds(r.decisions.find((d) => d.stage === 'text-merge'));

/**
 * A one-column page pair as Azure DI gives it: prose, then the listing's first part at the page's foot (its left edge
 * at `aLeft`); the rest at the next page's head (at `bLeft`), prose under it. Element 1 and 2 are the listing's parts.
 */
function listingOverPage(a: string, b: string, aLeft = 0.17, bLeft = 0.17) {
  const specs: Spec[] = [
    {
      page: 1,
      type: 'text',
      text: 'The helper below finds the top of the source tree and sets what the build needs, so that every later command runs alike.',
      bbox: [0.17, 0.4, 0.83, 0.5],
    },
    { page: 1, type: 'text', text: a, bbox: [aLeft, 0.58, 0.8, 0.66] },
    { page: 2, type: 'text', text: b, bbox: [bLeft, 0.16, 0.88, 0.31] },
    {
      page: 2,
      type: 'text',
      text: 'With these settings in place, the build runs the same way from any directory of the tree, its output in one place.',
      bbox: [0.17, 0.35, 0.83, 0.45],
    },
  ];
  return mergeSpecs(specs);
}

describe('a shell script flattened into one paragraph, cut by a page break', () => {
  // latex-ctexbook-debmake-zh-ch03 (train; Azure DI): the page ends in "…; then # if in Debian packaging tree …", a
  // comment in words; the next page's assignments are code by the shared test, the first half was read as prose.
  const SCRIPT_HEAD =
    'top=. while [ ! -f $top/setup.cfg -a `realpath $top` != / ]; do top=$top/..; done ' +
    'if [ -f $top/setup.cfg ] && [ -z $BUILD_DIR ]; then # when inside a source tree with no build dir set';
  const SCRIPT_REST =
    'BUILD_DIR="$top/build" BUILD_OPTS="--jobs=4 --verbose" CACHE_ARGS="--no-cache --quiet" ' +
    'if ! [ -d $BUILD_DIR ]; then mkdir -p $BUILD_DIR; fi fi';

  it('runs on as one listing, its rest indented', () => {
    const r = listingOverPage(SCRIPT_HEAD, SCRIPT_REST, 0.17, 0.26);
    expect(r.joined(1, 2)).toBe(true);
    expect(r.featuresOf(1, 2)).toContain('text-merge.code-block-runs-on');
  });

  it('but prose after it is no rest of it', () => {
    const r = mergeAcrossPage(SCRIPT_HEAD, 'Then let us write the configuration of the builder as follows.');
    expect(r.groups).toEqual([]);
  });
});

describe('pseudo-code flattened into one paragraph on both sides of a page break', () => {
  // latex-jlreq-debmake-ja-ch02 and office-legal-debmake-en-ch02 (train; Azure DI, Textract): debmake-doc's decision
  // tree in Python-like pseudo-code (MIT, quoted as the parser gave it, shortened), its calls and comments run
  // together; the first half passed the shared test for prose, the second for code.
  const HEAD =
    'if exist_in_debian(program): if is_team_maintained(program): join_team(program) if is_orphaned(program): ' +
    '# maintainer: Debian QA Group adopt_it(program) elif is_RFA(program): # Request for Adoption adopt_it(program) ' +
    'else: if need_help(program): contact_maintainer(program) triaging_bugs(program) ' +
    'preparing_QA_or_NMU_uploads(program) else: leave_it(program) else: # new packages if not ' +
    'is_good_program(program): give_up_packaging(program) elif not is_distributable(program): ' +
    'give_up_packaging(program) else: # worth packaging if is_ITPed_by_others(program): if need_help(program): ' +
    'contact_ITPer_for_collaboration(program) else: leave_it_to_ITPer(program) else: # really new';
  const REST =
    'if is_DFSG(program) and is_DFSG(dependency(program)): file_ITP(program, area="main") # This is Debian ' +
    'elif is_DFSG(program): file_ITP(program, area="contrib") # This is not Debian';

  it('runs on as one listing', () => {
    const r = listingOverPage(HEAD, REST, 0.17, 0.23);
    expect(r.joined(1, 2)).toBe(true);
    expect(r.featuresOf(1, 2)).toContain('text-merge.code-block-runs-on');
  });
});

describe('a shell session flattened into one paragraph, the next page opening with an ellipsis', () => {
  // latex-article-debmake-en-ch07 (train; Azure DI; debmake-doc, MIT): the second half starts with no prompt and its
  // commands are plain words, so the shared test read it as prose.
  const HEAD =
    '$ ln -sf foo-newversion.tar.gz foo_newversion.orig.tar.gz $ cd foo-vcs $ git checkout master $ gbp pq import ' +
    '$ git checkout master $ gbp import-orig --pristine-tar ../foo_newversion.orig.tar.gz';
  const REST =
    '... $ gbp pq rebase $ git checkout master $ gbp pq export $ gbp pq drop $ git add debian/patches ' +
    '$ dch -v <newversion> $ git commit -a -m "Refresh patches"';

  it('runs on as one listing', () => {
    const r = listingOverPage(HEAD, REST, 0.21, 0.21);
    expect(r.joined(1, 2)).toBe(true);
    expect(r.featuresOf(1, 2)).toContain('text-merge.code-block-runs-on');
  });
});

describe('a control file flattened into one paragraph, its last field at the next page’s head', () => {
  // latex-book-debmake-en-ch08 (train; Azure DI, Textract): "… Multi-Arch: foreign Depends: ${misc:Depends}" ends page
  // 14, "Description: Simple packaging example …" opens page 15 — one more field, though its value reads as prose.
  const CONTROL =
    '$ cat hello-1.0/debian/control Source: hello Section: devel Priority: optional Maintainer: Jo Doe <jo@example.org> ' +
    'Build-Depends: debhelper-compat (= 13) Package: hello Architecture: any Depends: libc6 (>= 2.34), adduser';

  it('runs on with the field', () => {
    const r = listingOverPage(CONTROL, 'Description: Example package for the guide This package is only an example.');
    expect(r.joined(1, 2)).toBe(true);
    expect(r.featuresOf(1, 2)).toContain('text-merge.code-block-runs-on');
  });

  it('but a note after it is no field', () => {
    const r = listingOverPage(
      CONTROL,
      'Note: the fields above are those the package needs at the least, in this order.',
    );
    expect(r.joined(1, 2)).toBe(false);
  });
});

describe('a sentence or a heading after a listing at a page’s foot', () => {
  // office-report-debmake-en-ch08, office-report-debmake-zh-ch03, office-legal-handbook-en-sect-apparmor (train; Azure
  // DI): a short sentence or a numbered heading typed as text is no listing's line, whatever it lacks in words.
  const LISTING = '$ cd builder-1.0 $ make dist dpkg-source -b . ... install -d debian/builder/usr/bin ...';

  it('a short sentence stays apart', () => {
    const r = mergeAcrossPage(LISTING, 'Let’s look at the output.');
    expect(r.groups).toEqual([]);
    expect(mergeFeatures(r)).toContain('text-merge.code-and-prose');
  });

  it('a numbered heading stays apart', () => {
    expect(mergeAcrossPage('$ git config --list', '4.2. make').groups).toEqual([]);
  });

  it('an article’s heading stays apart', () => {
    expect(
      mergeAcrossPage('# ps -e 120 /usr/sbin/cron running 341 /usr/sbin/sshd running', 'Article 7').groups,
    ).toEqual([]);
  });
});

describe('a lead-in with a formula run in after its colon, a command at the next page’s head', () => {
  // latex-report-debmake-en-apa (dev; Mistral, Unstructured, no boxes): "… in the package-version.tar.gz m archive: k =
  // 2" ends page 14 (formula noise after the lead-in's colon), the debmake command line opens page 15 as a list item.
  const specs = (lead: string): Spec[] => [
    { page: 14, type: 'text', text: lead },
    { page: 15, type: 'list_item', text: 'debmake -s -a project-1.0.tar.gz -b":python3" -i debuild' },
  ];

  it('ends at the colon: the command is the next block', () => {
    const r = mergeSpecs(specs('For a typical Python module shipped in the project-1.0.tar.gz archive: n = 3'));
    expect(r.joined(0, 1)).toBe(false);
  });

  it('but a lead-in left open runs into the command', () => {
    const r = mergeSpecs(specs('For a typical Python module shipped in the project-1.0.tar.gz archive, run'));
    expect(r.joined(0, 1)).toBe(true);
  });
});

describe('a term alone at a page’s foot, where the document sets its terms alone', () => {
  // office-form-aptitude-en-rn01re01 (dev; fresh set, seed 52711; Unstructured, Docling, Marker): the command list's
  // terms ("update", "safe-upgrade", "full-upgrade") stand as blocks of their own, each before its description; the
  // last, "search", ends page 4, and page 5 opens with the listing its description shows ("i apt - Advanced …").
  const INTRO =
    'The tool takes one action on the command line, and then the names of the packages it acts on. The actions below ' +
    'are those used most; each is described under its name, with the options that change what it does.';
  const terms = (names: string[]): Spec[] => [
    { page: 4, type: 'text', text: INTRO },
    ...names.flatMap((name): Spec[] => [
      { page: 4, type: 'text', text: name },
      { page: 4, type: 'text', text: `Runs the ${name} action of the tool on every package it is asked about.` },
    ]),
  ];
  const LISTING = 'i apt - front-end for the package manager p apt-file - searches the files of packages';

  it('is one more term: the next page’s text is no rest of it', () => {
    const specs: Spec[] = [...terms(['update', 'refresh', 'full-upgrade']), { page: 4, type: 'text', text: 'search' }];
    const r = mergeSpecs([...specs, { page: 5, type: 'text' as const, text: LISTING }]);
    expect(r.joined(7, 8)).toBe(false);
    expect(r.featuresOf(7, 8)).toContain('text-merge.term-alone-first');
  });

  it('but one lone word in a document without that habit goes on in lower case', () => {
    const specs: Spec[] = [...terms(['update']), { page: 4, type: 'text', text: 'search' }];
    expect(mergeSpecs([...specs, { page: 5, type: 'text' as const, text: LISTING }]).joined(3, 4)).toBe(true);
  });
});

describe('the flattened-listing test', () => {
  it('takes a listing’s tokens', () => {
    expect(flatListing('clean: -rm -f src/app distclean: clean uninstall: -rm -f $(DESTDIR)/bin/app .PHONY: all')).toBe(
      true,
    );
    expect(flatListing('echo "" echo -n "Press a key to go on with the setup: " read KEY')).toBe(true);
  });

  it('not a sentence naming paths and options', () => {
    expect(flatListing('Then let’s create ~/.quiltrc-dpkg and /etc/app.conf as follows.')).toBe(false);
    expect(
      flatListing('Run make with -j4 to build in /usr/src/app, and then install the result with make install.'),
    ).toBe(false);
    expect(
      flatListing('The selinux=1 option enables it. The audit=1 option logs denials. The enforcing=1 one acts.'),
    ).toBe(false);
  });
});
