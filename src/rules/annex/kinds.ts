import type { AnnexKind } from "./kind";
import { porteAnnex } from "./porte";
import { recomposicaoAnnex } from "./recomposicao";

/**
 * The kinds of annex the validator knows, in order of precedence when a header row could be either (a
 * recomposição header has CNES and Recomposição). A new resolution's annex: a folder beside these, a line here.
 */
export const ANNEX_KINDS: readonly AnnexKind[] = [recomposicaoAnnex as AnnexKind, porteAnnex as AnnexKind];
