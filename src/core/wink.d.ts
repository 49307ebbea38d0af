// wink-eng-lite-web-model ships no type declarations.
declare module 'wink-eng-lite-web-model' {
  const model: import('wink-nlp').Model;
  export default model;
}
