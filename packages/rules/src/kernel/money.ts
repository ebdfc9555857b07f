/**
 * Money is CNY, computed in integer fen and reported in yuan with at most two decimals. Rounding is
 * half up, on the decimal digits as written (so 1.005 yuan is 1.01, not the binary float's 1.00).
 */

/** Integer fen from a yuan amount, rounded half up (away from zero for negatives) to the fen. */
export function yuanToFen(yuan: number): number {
  if (!Number.isFinite(yuan)) throw new RangeError(`not a finite amount: ${yuan}`);
  const negative = yuan < 0;
  // The shortest decimal that round-trips is what the caller wrote; tiny values need fixed notation.
  const shortest = String(Math.abs(yuan));
  const text = shortest.includes('e') ? Math.abs(yuan).toFixed(12) : shortest;
  const [whole = '0', frac = ''] = text.split('.');
  const cents = Number(whole) * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  const roundUp = Number(frac.charAt(2) || '0') >= 5 ? 1 : 0;
  const fen = cents + roundUp;
  return negative && fen !== 0 ? -fen : fen;
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** Round a yuan amount to the fen, half up. */
export function roundYuan(yuan: number): number {
  return fenToYuan(yuanToFen(yuan));
}

/** `fen × numerator ÷ denominator`, rounded half up to the fen, exact for decimal inputs. */
export function mulDivFen(fen: number, numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('division by zero');
  const scale = (x: number) => {
    const text = String(x);
    if (text.includes('e')) return { int: BigInt(Math.round(x * 1e9)), exp: 9 };
    const [, frac = ''] = text.split('.');
    return { int: BigInt(text.replace('.', '').replace('-', '')) * (x < 0 ? -1n : 1n), exp: frac.length };
  };
  const n = scale(numerator);
  const d = scale(denominator);
  // fen × (n.int / 10^n.exp) ÷ (d.int / 10^d.exp) = fen × n.int × 10^d.exp ÷ (d.int × 10^n.exp)
  let num = BigInt(fen) * n.int * 10n ** BigInt(d.exp);
  let den = d.int * 10n ** BigInt(n.exp);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = abs / den;
  const r = abs % den;
  const rounded = r * 2n >= den ? q + 1n : q;
  return Number(negative ? -rounded : rounded);
}

// One formatter for every call: `toLocaleString` builds a new one each time (~20 µs). Same ICU rounding
// (on the shortest decimal, so 1.005 shows 1.01) and the same `-0.00` for negative zero.
const YUAN_FORMAT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1,234.50 yuan" / "1,234.50元" for explanations (a prepared run remembers them: `ctx.words.yuan`). */
export function describeYuan(yuan: number): { readonly en: string; readonly zh: string } {
  const text = YUAN_FORMAT.format(yuan);
  // Frozen: a memo hands the same object to every caller asking for this amount.
  return Object.freeze({ en: `${text} yuan`, zh: `${text}元` });
}
