// The --help text. Written as one block so it reads like a man page excerpt, and kept apart
// from the logic so editing prose never touches code.

import { MAX_INPUT_BYTES } from './readInput';

export function helpText(): string {
  const limitMb = MAX_INPUT_BYTES / (1024 * 1024);
  return `Usage:
  faithful SOURCE REWRITE [--format FORMAT] [--fail-on error|warning|info|never] [--timeout SECONDS]
  faithful check [--format FORMAT] [--fail-on error|warning|info|never] [--timeout SECONDS]
  faithful batch PAIRS.jsonl [--format jsonl] [--jobs N]
  faithful lsp --stdio
  faithful --help | --version

Compares an edited rewrite against its source article and reports every claim the
rewrite changed: figures, names, dates, negations, tense, hedges, quotes, attributions,
unsupported and omitted sentences. Changes accepted in the nearest faithful.json (the
rewrite's folder or above) are left out. \`faithful check\` checks every draft that
./faithful.json pairs with a source ("pairs") and every Markdown draft below the folder whose
front matter names its source ("source: ../wires/story.txt"), in one report. \`faithful lsp
--stdio\` starts the language server for editors that speak LSP.

Options:
  --format FORMAT   text (default): one "path:line:col: severity [kind] message" line a finding
                    json: one JSON document; sarif: SARIF 2.1.0 for code-scanning tools
                    markdown: a short summary for a pull-request comment
                    github: GitHub Actions annotations (::error file=...::message)
                    html: one self-contained page, source and draft side by side
  --fail-on LEVEL   exit 1 when a finding is at or above LEVEL: error (default), warning,
                    info, or never (always exit 0 unless the input is bad)
  --timeout SECONDS stop a comparison that runs longer than this (default 60) and exit 2;
                    raise it for book-length texts
  --jobs N          batch: number of worker threads (default: one per available core)
  -h, --help        show this help
  -V, --version     show the version

Inputs:
  Files must be UTF-8, or UTF-8/UTF-16 with a byte order mark, at most ${limitMb} MB, and not
  empty. Files ending in .md or .markdown are read as Markdown (syntax and front matter are
  ignored). Findings for an omitted source claim point into SOURCE.

Offsets (json, sarif, batch):
  start/end are 0-based UTF-16 code unit offsets into the decoded text; a byte order mark
  is stripped and not counted. line/column are 1-based, columns in UTF-16 code units
  (an emoji outside the BMP counts 2). Lines end at \\n, \\r\\n or \\r.

Batch:
  Each line of PAIRS.jsonl (or stdin when the path is '-') is an object
  {"id", "source", "rewrite"} with both texts inline, optionally "format": "markdown".
  Each output line is {"id", "findings": [...]} in input order, or
  {"id", "line", "error"} for a line that could not be processed. Blank lines are skipped.

Exit status:
  0  no finding at or above --fail-on (batch: the input was read)
  1  at least one finding at or above --fail-on
  2  usage error, unreadable input, or the input exceeds the analysis limits
`;
}
