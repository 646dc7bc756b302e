import type { DisputedClaimT } from '../../facts/schema.js';
import { normaliseName } from '../../facts/normalise.js';
import type { Reply } from '../../reply/model.js';
import type { AskContext } from '../context.js';
import { toReply } from '../draft.js';

const VERDICT: Record<DisputedClaimT['verdict'], string> = {
  false: 'False',
  misleading: 'Misleading',
  incomplete: 'Incomplete',
  unverified: 'Not verified',
  correct: 'Correct',
};

/** Keywords too common to point at one claim by themselves. */
const WEAK = new Set(['when', 'date', 'why', 'india', 'iran', 'belarus', 'russia', 'nato', 'source', 'reference', 'citation', 'document', 'joined', 'founded', 'established', 'defence ministers', 'refused', 'trade', 'declaration', 'joint statement', 'how many members', 'number of members', 'member count', '2001', '1996']);

export interface ClaimHit {
  claim: DisputedClaimT;
  score: number;
  strong: boolean;
}

/** The disputed claim a question is about, if its distinctive words are there. */
const keyCache = new WeakMap<readonly DisputedClaimT[], { claim: DisputedClaimT; keys: { key: string; weak: boolean }[] }[]>();

/** Claim keywords in normal form, computed once per store. */
function keyed(claims: readonly DisputedClaimT[]) {
  let hit = keyCache.get(claims);
  if (!hit) {
    hit = claims.map((claim) => ({ claim, keys: claim.keywords.map((k) => ({ key: normaliseName(k), weak: WEAK.has(k.toLowerCase()) })).filter((k) => k.key) }));
    keyCache.set(claims, hit);
  }
  return hit;
}

export function findClaim(ctx: AskContext, claims: readonly DisputedClaimT[]): ClaimHit | undefined {
  const text = ` ${normaliseName(ctx.q.text)} `;
  let best: ClaimHit | undefined;
  for (const { claim, keys } of keyed(claims)) {
    let score = 0;
    let strong = false;
    for (const { key, weak } of keys) {
      if (!text.includes(` ${key} `)) continue;
      score += weak ? 1 : key.includes(' ') ? 3 : 2;
      strong ||= !weak;
    }
    // "Is X a real source?" is about a reference's verdict, not the claim that cited it.
    if (score > 0 && ctx.c.has('reliable') && claim.madeIn.includes('reference')) score += 2;
    if (score > 0 && (!best || score > best.score)) best = { claim, score, strong };
  }
  return best;
}

export function claimAnswer(ctx: AskContext, claim: DisputedClaimT): Reply {
  const reference = claim.madeIn.includes('reference');
  return toReply(ctx.facts, {
    title: `Claim check: ${VERDICT[claim.verdict]}`,
    summary: claim.correction.startsWith(VERDICT[claim.verdict]) ? claim.correction : `${VERDICT[claim.verdict]}${reference ? ' — do not rely on this reference' : ''}. ${claim.correction}`,
    sections: [{ heading: `The claim (${claim.madeIn})`, text: claim.claim }],
    sources: [claim.sources],
  });
}
