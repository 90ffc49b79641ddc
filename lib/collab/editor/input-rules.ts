import type { MarkType } from '@tiptap/pm/model';
import { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from '@tiptap/pm/inputrules';
import type { Plugin } from '@tiptap/pm/state';
import { answerSchema } from './schema';

// The Markdown shortcuts StarterKit gives as you type: `# ` to `###### ` headings, `- `, `* `, `+ `
// and `1. ` lists, `> ` quotes, three backticks or tildes for code, `---` for a rule, and
// **bold**, *italic*, ~~strike~~ and `code` around a word. Backspace right after undoes them.

const { nodes, marks } = answerSchema;

/** Tiptap's markInputRule: the text between the markers gets the mark, the markers go. */
function markRule(pattern: RegExp, type: MarkType): InputRule {
  return new InputRule(
    pattern,
    (state, match, start, end) => {
      const [fullMatch] = match;
      const content = match[match.length - 1];
      if (!content) return null;
      const textStart = start + fullMatch.indexOf(content);
      const textEnd = textStart + content.length;
      // Not inside a mark that excludes this one (code excludes every other mark).
      let excluded = false;
      state.doc.nodesBetween(start, end, (node, pos) => {
        if (pos + node.nodeSize > textStart && node.marks.some((m) => m.type !== type && m.type.excludes(type)))
          excluded = true;
      });
      if (excluded) return null;
      const tr = state.tr;
      const markStart = start + fullMatch.search(/\S/);
      if (textEnd < end) tr.delete(textEnd, end);
      if (textStart > markStart) tr.delete(markStart, textStart);
      return tr.addMark(markStart, markStart + content.length, type.create()).removeStoredMark(type);
    },
    { inCodeMark: false },
  );
}

/** The horizontal rule, put before the paragraph the dashes were typed in. */
const horizontalRule = new InputRule(
  /^(?:---|—-|___\s|\*\*\*\s)$/,
  (state, _match, start, end) => {
    const tr = state.tr.insert(start - 1, nodes.horizontalRule.create());
    return tr.delete(tr.mapping.map(start), tr.mapping.map(end)).scrollIntoView();
  },
  { inCodeMark: false },
);

const blockRules: InputRule[] = [
  textblockTypeInputRule(/^(#{1,6})\s$/, nodes.heading, (match) => ({ level: match[1]?.length })),
  wrappingInputRule(/^\s*([-+*])\s$/, nodes.bulletList),
  wrappingInputRule(
    /^(\d+)\.\s$/,
    nodes.orderedList,
    (match) => ({ start: Number(match[1]) }),
    // Joins the list just above when the number goes on from it.
    (match, node) =>
      (!node.attrs.type || node.attrs.type === '1') && node.childCount + node.attrs.start === Number(match[1]),
  ),
  wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
  textblockTypeInputRule(/^```([a-z]+)?[\s\n]$/, nodes.codeBlock, (match) => ({ language: match[1] })),
  textblockTypeInputRule(/^~~~([a-z]+)?[\s\n]$/, nodes.codeBlock, (match) => ({ language: match[1] })),
  horizontalRule,
];

const markRules: InputRule[] = [
  markRule(/(?:^|\s)(\*\*(?!\s+\*\*)((?:[^*]+))\*\*(?!\s+\*\*))$/, marks.bold),
  markRule(/(?:^|\s)(__(?!\s+__)((?:[^_]+))__(?!\s+__))$/, marks.bold),
  markRule(/(?:^|\s)(\*(?!\s+\*)((?:[^*]+))\*(?!\s+\*))$/, marks.italic),
  markRule(/(?:^|\s)(_(?!\s+_)((?:[^_]+))_(?!\s+_))$/, marks.italic),
  markRule(/(?:^|\s)(~~(?!\s+~~)((?:[^~]+))~~(?!\s+~~))$/, marks.strike),
  markRule(/(^|[^`])`([^`]+)`(?!`)$/, marks.code),
];

/** The input rules plugin of an answer editor. */
export function answerInputRules(): Plugin {
  return inputRules({ rules: [...blockRules, ...markRules] });
}
