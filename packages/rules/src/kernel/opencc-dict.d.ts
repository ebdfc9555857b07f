// opencc-js publishes its dictionaries (`opencc-js/dict/*`: OpenCC's tables serialised as
// "source replacement|…") without declarations.
declare module 'opencc-js/dict/CJK_Compatibility_Ideographs' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dictionary: string;
  export default dictionary;
}
