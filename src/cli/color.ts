// Whether to colour output. Colour is for people at a terminal; anything else (files, pipes,
// CI logs) gets plain text. NO_COLOR (https://no-color.org) turns it off whenever it is set:
// we read "set" literally, so even an empty NO_COLOR disables colour, erring on the plain side.

export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && env.NO_COLOR === undefined;
}
