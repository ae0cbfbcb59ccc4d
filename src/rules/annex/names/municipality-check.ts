import type { PorteRuleSet } from "../../rule-sets/registry";
import { readIbgeCode, type IbgeCodeReading } from "./ibge-code";
import {
  MunicipalityResolver,
  municipalityIdentity,
  type NameResolution,
  type OfficialMunicipality,
} from "./municipalities";
import { elsewhereMessage, mismatchMessage, unknownMessage } from "./municipality-messages";
import type { Problems } from "../problems";
import { isBlank, showCell, type CellValue } from "../sheet";
import { clip } from "../text";

type Elsewhere = Extract<NameResolution, { kind: "elsewhere" }>;
type Unknown = Extract<NameResolution, { kind: "unknown" }>;
type CodeReading = IbgeCodeReading | undefined;

/**
 * Município (and Código IBGE, when the sheet has it) of one annex: blank, repeated, excluded by the rule set
 * (Art. 2 of 5.978/2017), not of Minas Gerais, unknown, or at odds with its code. A municipality is its IBGE
 * code: "Brasópolis" and "Brazópolis" are one, and repeat each other.
 */
export class MunicipalityCheck {
  private readonly resolver = new MunicipalityResolver();
  /** Codes (or, for names that are none, "?" and the name) of the rule set's excluded municipalities. */
  private readonly excluded: Set<string>;
  /** Row index where each municipality first appears. */
  private readonly firstRow = new Map<string, number>();

  constructor(
    private readonly problems: Problems,
    private readonly column: number,
    private readonly codeColumn: number | undefined,
    private readonly ruleSet: PorteRuleSet,
  ) {
    this.excluded = new Set(
      ruleSet.excludedMunicipalities.names.map((name) => municipalityIdentity(this.resolver.resolve(name))),
    );
  }

  check(r: number, row: CellValue[]): void {
    const code = this.checkCode(r, row);
    const raw = row[this.column];
    if (isBlank(raw)) {
      const hint = code?.ok ? `; o código IBGE ${code.municipality.code} é de ${code.municipality.name}` : "";
      this.problems.add("municipality-missing", r, this.column, `Município vazio${hint}.`, {
        suggestion: code?.ok ? code.municipality.name : undefined,
      });
      return;
    }
    const resolution = this.resolver.resolve(typeof raw === "string" ? raw : showCell(raw));
    const id = municipalityIdentity(resolution);
    const first = this.firstRow.get(id);
    if (first === undefined) this.firstRow.set(id, r);
    if (first === undefined && resolution.kind === "mg" && !this.excluded.has(id)) {
      if (code?.ok) this.checkMismatch(r, code.municipality, resolution.municipality);
      return;
    }
    const name = showCell(raw); // only for the messages: most rows have no problem
    const shown = clip(name);
    if (first !== undefined) {
      const firstCell = this.problems.address(first, this.column);
      this.problems.add(
        "municipality-duplicate",
        r,
        this.column,
        `"${shown}" repete o município da célula ${firstCell}.`,
        {
          found: name,
        },
      );
    } else if (this.excluded.has(id)) {
      const { article } = this.ruleSet.excludedMunicipalities;
      const who =
        resolution.kind === "unknown" && resolution.suggestion ? `"${shown}" (${resolution.suggestion.name})` : shown;
      this.problems.add(
        "municipality-excluded",
        r,
        this.column,
        `${who} não é beneficiário: ${article} da Res. ${this.ruleSet.id}.`,
        { found: name },
      );
    } else if (resolution.kind === "elsewhere") {
      this.reportElsewhere(r, shown, name, resolution, code);
    } else if (resolution.kind === "unknown") {
      this.reportUnknown(r, shown, name, resolution, code);
    }
  }

  /** The code cell, when the sheet has one and it is filled: ibge-invalid when it is no code of Minas Gerais. */
  private checkCode(r: number, row: CellValue[]): IbgeCodeReading | undefined {
    if (this.codeColumn === undefined || isBlank(row[this.codeColumn])) return undefined;
    const reading = readIbgeCode(row[this.codeColumn]);
    if (!reading.ok) {
      this.problems.add("ibge-invalid", r, this.codeColumn, reading.message, {
        found: clip(reading.text),
        suggestion: reading.suggestion?.code,
      });
    }
    return reading;
  }

  private checkMismatch(r: number, byCode: OfficialMunicipality, byName: OfficialMunicipality): void {
    if (byCode.code === byName.code) return;
    this.problems.add("ibge-mismatch", r, this.codeColumn as number, mismatchMessage(byCode, byName), {
      expected: byName.code,
      found: byCode.code,
    });
  }

  private reportElsewhere(r: number, shown: string, name: string, resolution: Elsewhere, code: CodeReading): void {
    const suggestion = code?.ok ? code.municipality.name : resolution.inMinas?.name;
    this.problems.add("municipality-not-mg", r, this.column, elsewhereMessage(shown, resolution), {
      found: name,
      suggestion,
    });
  }

  private reportUnknown(r: number, shown: string, name: string, resolution: Unknown, code: CodeReading): void {
    const { message, suggestion } = unknownMessage(shown, resolution, code?.ok ? code.municipality : undefined);
    this.problems.add("municipality-unknown", r, this.column, message, { found: name, suggestion });
  }
}
