import type { DisputedClaimT } from '../../facts/schema.js';
import { normaliseName } from '../../base/text.js';
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
const WEAK = new Set(['when', 'date', 'why', 'india', 'iran', 'belarus', 'russia', 'nato', 'source', 'reference', 'citation', 'document', 'joined', 'founded', 'established', 'defence ministers', 'refused', 'trade', 'joint statement', 'how many members', 'number of members', 'member count', '2001', '1996']);

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
    if (score > 0 && (!best || score > best.score || (score === best.score && strong && !best.strong))) best = { claim, score, strong };
  }
  return best;
}

export function claimAnswer(ctx: AskContext, claim: DisputedClaimT): Reply {
  const reference = claim.madeIn.includes('reference');
  const safe = defang(ctx);
  return toReply(ctx.facts, {
    title: `Claim check: ${VERDICT[claim.verdict]}`,
    summary: safe(claim.correction.startsWith(VERDICT[claim.verdict]) ? claim.correction : `${VERDICT[claim.verdict]}${reference ? ' — do not rely on this reference' : ''}. ${claim.correction}`),
    sections: [{ heading: `The claim (${claim.madeIn})`, text: safe(claim.claim) }],
    sources: [claim.sources],
  });
}

/** Rejected references' addresses written so no client turns them into links ("sco-secretok[.]org"). */
function defang(ctx: AskContext): (text: string) => string {
  const hosts = ctx.facts.rejectedSources().map((r) => r.url.replace(/^https?:\/\//, '').split('/')[0]!.replace(/^www\./, ''));
  return (text) => hosts.reduce((t, h) => t.split(h).join(h.replace(/\.([a-z]+)$/, '[.]$1')), text);
}

/** "Which claims in the article are wrong?": every claim that is not simply correct, with its verdict. */
export function claimsListAnswer(ctx: AskContext): Reply {
  const claims = ctx.facts.disputedClaims().filter((c) => c.verdict !== 'correct' && !c.madeIn.includes('reference'));
  const safe = defang(ctx);
  return toReply(ctx.facts, {
    title: 'Claims in the seed article that are wrong or need care',
    summary: `${claims.length} claims in the seed article are false, misleading, incomplete or unverified; the references it cites are covered separately ("which references should not be cited").`,
    sections: [{ items: claims.map((c) => safe(`${VERDICT[c.verdict]}: ${c.claim} — ${c.correction}`)) }],
    sources: claims.map((c) => c.sources),
  });
}

/** "Which references should not be cited?": the rejected references and why. */
export function rejectedReferencesAnswer(ctx: AskContext): Reply {
  const rejected = ctx.facts.rejectedSources();
  const safe = defang(ctx);
  const claims = ctx.facts.disputedClaims().filter((c) => c.madeIn.includes('reference'));
  return toReply(ctx.facts, {
    title: 'References we do not cite',
    summary: `The seed article cites ${rejected.length} references that must not be relied on: ${rejected.map((r) => `${safe(r.citedAs.split('"')[0]!.trim())} (${r.verdict})`).join('; ')}.`,
    sections: [{ items: rejected.map((r) => safe(`${r.citedAs} — ${r.verdict}: ${r.reason}`)) }],
    sources: claims.map((c) => c.sources),
  });
}
