import type { InsertCase } from './insert-cases';

/**
 * Real editors from npm that real sites use, each on its own fixture page (tests/e2e/fixtures/src/<page>),
 * chosen for how they take text: a paste split into blocks, an EditContext, a hidden textarea.
 * Each page's `window.fixture` reads the editor's own model, so "inserted" means the editor has it.
 */
export const EDITOR_CASES: InsertCase[] = [
  // X's composer: a multi-line paste becomes one Draft block per line, outside the block that had the focus.
  // In Firefox Draft itself misplaces the first letter typed into an empty editor ("arlier text. E"), before any
  // insertion: the case cannot get as far as ours there.
  {
    id: 'draft',
    page: 'draft.html',
    label: 'Draft.js 0.11.7 (pasted lines become blocks; in Firefox, Draft itself misplaces the first letter typed)',
    expect: 'insert',
    failsIn: ['firefox'],
  },
  // Discord's message box is Slate: the same split, through slate-react's own beforeinput and paste handling.
  {
    id: 'slate',
    page: 'slate.html',
    label: 'Slate 0.146 + slate-react + slate-history (pasted lines become blocks)',
    expect: 'insert',
  },
  // VS Code for the web: in Chromium the focused element is a div fed by an EditContext; in Firefox, a textarea.
  // Both take the text once and are told so; in Firefox one Ctrl+Z takes back only part of it (Monaco splits the
  // textarea's input into several edits of its own undo stack).
  {
    id: 'monaco',
    page: 'monaco.html',
    label: 'Monaco 0.57 (EditContext in Chromium)',
    expect: 'insert',
    failsIn: ['firefox'],
  },
  // Cloud9, web consoles: input through a hidden textarea that holds only part of the current line.
  // Ace merges text inserted within 2 s of the typing before it into one undo step. Ace draws only the lines in
  // view and scrolls to the caret, so the arrival check also looks for the text's end.
  {
    id: 'ace',
    page: 'ace.html',
    label: 'Ace 1.45 (hidden textarea)',
    expect: 'insert',
    undoGroupMs: 2000,
  },
  // Drupal, many CMSs and forums: the DOM is a view of CKEditor's own model; a paste goes through its clipboard
  // pipeline, and each paste is one step of its undo.
  {
    id: 'ckeditor5',
    page: 'ckeditor5.html',
    label: 'CKEditor 5 (48.5, classic editor: its own model and clipboard pipeline)',
    expect: 'insert',
  },
  // WordPress's classic editor, help desks, forums: a contenteditable body inside a same-origin iframe.
  {
    id: 'tinymce',
    page: 'tinymce.html',
    label: 'TinyMCE 8 (a contenteditable body in a same-origin iframe)',
    expect: 'insert',
  },
  // Basecamp, HEY: a custom element over Trix's own document, fed by beforeinput and its own paste handling.
  {
    id: 'trix',
    page: 'trix.html',
    label: 'Trix 2 (a custom element over its own document model)',
    expect: 'insert',
  },
];
