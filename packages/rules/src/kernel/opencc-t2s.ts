/**
 * OpenCC's traditional → simplified conversion (its `t2s` configuration, which `opencc-js/t2cn`'s
 * `Converter({ from: 't', to: 'cn' })` runs), assembled from only the three dictionaries it reads:
 * compatibility ideographs normalised first, then phrases before characters. `opencc-js/t2cn` also
 * carries the Hong Kong, Taiwan and Japanese tables for the other directions it offers, which Kefu never
 * asks for: they were ~40% of its 195 KB in every bundle that matches Chinese (P01 went over its 120 KiB
 * budget, #17). A property test holds this converter equal to `opencc-js/t2cn`'s.
 */
/// <reference path="./opencc-dict.d.ts" />
// (The reference brings the dictionaries' declarations to every program that compiles this file, tests included.)
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import CJK_COMPATIBILITY_IDEOGRAPHS from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';

/** Builds the dictionaries' tries (a few milliseconds): call once and keep the function. */
export function traditionalToSimplified(): ConverterFunction {
  const normalise = ConverterFactory([CJK_COMPATIBILITY_IDEOGRAPHS]);
  const convert = ConverterFactory([TS_PHRASES, TS_CHARACTERS]);
  return (text) => convert(normalise(text));
}
