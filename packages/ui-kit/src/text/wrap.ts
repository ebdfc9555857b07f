/**
 * Line breaking for text with Chinese in it (#15: "fix what reads badly" at 100 columns). Chinese is
 * written without spaces and may break between any two characters, but `wrap-ansi` only breaks at spaces
 * and otherwise cuts at the column: `警告（P09 第二十四條）` came out as `警告（P0` / `9 第二十` / `四條）`.
 * Here a line may break between two Chinese characters or at a space, never inside a run of Latin letters
 * and digits (an id, a clause number, an amount), nor before a closing mark (，。）) or after an opening
 * one (（《). Text without Chinese is left to `wrap-ansi`, as before.
 */
import wrapAnsi from 'wrap-ansi';
import { displayWidth } from './width.js';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// One Chinese character or full-width mark; a run of anything else but spaces; a run of spaces.
const UNIT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|\s+/gu;
// Marks a line never starts with, or ends with; the ASCII brackets too, as in the seed's clauses `(五)1`.
const CLOSING = /^[，。；：、！？）》」』)]/;
const OPENING = /[（《「『(]$/;

// A Chinese word standing alone between spaces (a label: `数字 | 对象`, `met 达标、`) is not broken.
const SHORT_WORD = /^\p{Script=Han}{1,4}[，。；：、！？）》」』)]*$/u;

/** The pieces a line may break between: a closing mark stays with what it closes, an opening one with what follows. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  const add = (piece: string) => {
    const last = units.at(-1);
    if (last !== undefined && /\S$/.test(last) && (CLOSING.test(piece) || OPENING.test(last))) {
      units[units.length - 1] = last + piece;
    } else units.push(piece);
  };
  for (const chunk of text.match(/\s+|\S+/g) ?? []) {
    if (SHORT_WORD.test(chunk)) add(chunk);
    else for (const piece of chunk.match(UNIT) ?? []) add(piece);
  }
  return units;
}

/** The widest piece that cannot be broken (a word, or one Chinese character with its marks). */
export function widestUnit(text: string): number {
  let widest = 0;
  for (const unit of breakUnits(text)) if (/\S/.test(unit)) widest = Math.max(widest, displayWidth(unit));
  return widest;
}

function hardWrap(text: string, width: number): string[] {
  return wrapAnsi(text, width, { hard: true, trim: true }).split('\n');
}

/** One line of `text` (no line breaks in it) in lines at most `width` columns wide. */
export function wrapText(text: string, width: number): string[] {
  if (!CJK.test(text)) return hardWrap(text, width);
  const lines: string[] = [];
  let current = '';
  // Kept as the pieces are added, not measured again from the start: a long cell stays linear.
  let currentWidth = 0;
  // A mark kept with its word gives way before the word itself is cut, when the two do not fit together.
  const units = breakUnits(text).flatMap((unit) =>
    displayWidth(unit) > width ? (unit.match(UNIT) ?? [unit]) : [unit],
  );
  for (const unit of units) {
    const unitWidth = displayWidth(unit);
    if (current !== '' && currentWidth + unitWidth > width) {
      lines.push(current.trimEnd());
      current = unit.trimStart();
      currentWidth = current === unit ? unitWidth : displayWidth(current);
    } else {
      current += unit;
      currentWidth += unitWidth;
    }
    // A piece wider than the whole line (a long id) is cut, as wrap-ansi would.
    if (currentWidth > width) {
      const cut = hardWrap(current, width);
      current = cut.pop() ?? '';
      currentWidth = displayWidth(current);
      lines.push(...cut);
    }
  }
  lines.push(current.trimEnd());
  return lines;
}

/**
 * `text` in as few lines as at `width`, each as even as it can be (a header `本人罚款` in a column six wide
 * is `本人` / `罚款`, not `本人罚` / `款`).
 */
export function wrapBalanced(text: string, width: number): string[] {
  const greedy = wrapText(text, width);
  // English headers keep wrap-ansi's greedy lines, as before.
  if (greedy.length < 2 || !CJK.test(text)) return greedy;
  let low = 1;
  let high = width;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (wrapText(text, mid).length <= greedy.length) high = mid;
    else low = mid + 1;
  }
  return wrapText(text, low);
}
