/** `?raw` imports: a file's text (Vite natively; build/raw-text.mjs under tsup). */
declare module '*?raw' {
  const text: string;
  export default text;
}
