// Used by scripts/build.mjs on every bundle it writes for Node (test/unit/build-asciiOnly.test.ts).

/**
 * The bundles' text as ASCII: every other character becomes a \uXXXX escape. esbuild escapes
 * them in strings but leaves regular expressions (/[“”]/, /[½⅓]/u) and some comments as they
 * are, and one such character makes V8 hold the whole bundle's source as two bytes a character:
 * runCli.js's 640 kB took 1.25 MB, twice over while it compiles, on every start. In a regular
 * expression the escape means the same character (a pair of escaped surrogates is one code point
 * under the u flag too); an escaping backslash before the character is dropped (`\’` in a
 * pattern is just `’`). Columns after an escaped character shift in the source map.
 */
export function asciiOnly(text) {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let slashes = 0;
    while (i - slashes > 0 && text.charCodeAt(i - slashes - 1) === 92) slashes++;
    out += text.slice(last, slashes % 2 === 1 ? i - 1 : i) + '\\u' + c.toString(16).padStart(4, '0');
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
