// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning, Azure DevOps and the SARIF
// viewers in editors read. One rule per finding kind, one result per finding.
//
// Regions use the same numbers as --format json: charOffset/charLength are UTF-16 code units
// into the decoded text (a UTF-8 BOM is not counted), and columns are UTF-16 code units too,
// which is SARIF's default columnKind ("utf16CodeUnits", stated explicitly below).

import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEVERITY, KINDS, type Finding, type Severity, type Span } from '../core';
import { IndexedText } from './findingJson';
import type { Report } from './report';
import { RULE_DOCS } from './ruleDocs';
import { INFORMATION_URI, TOOL_NAME, VERSION } from './version';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** Relative paths are resolved against this base, as GitHub code scanning expects. */
export const SRCROOT = '%SRCROOT%';
/** Key of the finding id in partialFingerprints; versioned as the SARIF spec recommends. */
export const FINGERPRINT_KEY = 'faithfulFindingId/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

export interface SarifOptions {
  /** When given, recorded as the absolute base of relative paths (originalUriBaseIds). */
  readonly cwd?: string;
}

// Minimal typings for what we emit; the full SARIF object model is far larger.
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}
interface PhysicalLocation {
  artifactLocation: ArtifactLocation;
  region?: Region;
}

export function toSarif(report: Report, options: SarifOptions = {}): object {
  const rewrite = new IndexedText(report.rewrite.text);
  const source = new IndexedText(report.source.text);
  const rewriteArtifact = artifactLocation(report.rewrite.path);
  const sourceArtifact = artifactLocation(report.source.path);

  const rules = KINDS.map((kind) => {
    const doc = RULE_DOCS[kind];
    return {
      id: kind,
      name: doc.name,
      shortDescription: { text: doc.short },
      fullDescription: { text: doc.full },
      help: { text: doc.help },
      defaultConfiguration: { level: sarifLevel(DEFAULT_SEVERITY[kind]) },
    };
  });

  const results = report.findings.map((finding) => {
    const here = primaryLocation(finding, rewriteArtifact, rewrite, sourceArtifact, source);
    const result: Record<string, unknown> = {
      ruleId: finding.kind,
      ruleIndex: KINDS.indexOf(finding.kind),
      level: sarifLevel(finding.severity),
      message: { text: finding.message },
      locations: [{ physicalLocation: here }],
    };
    // The source wording is related context, unless it already is the primary location
    // (an omitted claim, which has no place in the rewrite).
    if (finding.rewrite && finding.source) {
      result.relatedLocations = [
        {
          id: 1,
          message: { text: 'Source wording' },
          physicalLocation: physical(sourceArtifact, source, finding.source),
        },
      ];
    }
    result.partialFingerprints = { [FINGERPRINT_KEY]: finding.id };
    if (finding.rewrite && finding.suggestion !== null && finding.suggestion !== undefined) {
      result.fixes = [
        {
          description: { text: 'Restore the source wording' },
          artifactChanges: [
            {
              artifactLocation: rewriteArtifact,
              replacements: [
                {
                  deletedRegion: region(rewrite, finding.rewrite),
                  insertedContent: { text: finding.suggestion },
                },
              ],
            },
          ],
        },
      ];
    }
    return result;
  });

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: TOOL_NAME,
        informationUri: INFORMATION_URI,
        version: VERSION,
        semanticVersion: VERSION,
        rules,
      },
    },
  };
  if (options.cwd !== undefined && (rewriteArtifact.uriBaseId || sourceArtifact.uriBaseId)) {
    run.originalUriBaseIds = { [SRCROOT]: { uri: directoryUri(options.cwd) } };
  }
  run.columnKind = 'utf16CodeUnits';
  run.results = results;

  return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] };
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}

function primaryLocation(
  finding: Finding,
  rewriteArtifact: ArtifactLocation,
  rewrite: IndexedText,
  sourceArtifact: ArtifactLocation,
  source: IndexedText,
): PhysicalLocation {
  if (finding.rewrite) return physical(rewriteArtifact, rewrite, finding.rewrite);
  if (finding.source) return physical(sourceArtifact, source, finding.source);
  // No span on either side (should not happen): point at the rewrite as a whole.
  return { artifactLocation: rewriteArtifact };
}

function physical(artifact: ArtifactLocation, doc: IndexedText, span: Span): PhysicalLocation {
  return { artifactLocation: artifact, region: region(doc, span) };
}

function region(doc: IndexedText, span: Span): Region {
  const { start, end } = doc.clampSpan(span);
  const from = doc.lines.position(start);
  // SARIF's endColumn is exclusive (the column after the last character), which is exactly
  // the position of the half-open span's end offset.
  const to = doc.lines.position(end);
  return {
    startLine: from.line,
    startColumn: from.column,
    endLine: to.line,
    endColumn: to.column,
    charOffset: start,
    charLength: end - start,
    snippet: { text: doc.text.slice(start, end) },
  };
}

/**
 * SARIF wants URIs, not paths. Relative paths become relative references against %SRCROOT%
 * (what code-scanning services expect); absolute paths become file: URLs. Each segment is
 * percent-encoded so names with spaces, '#' or '?' survive.
 */
export function artifactLocation(path: string): ArtifactLocation {
  if (nodePath.isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const separators = nodePath.sep === '\\' ? /[\\/]/ : /\//;
  const uri = path.split(separators).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}
