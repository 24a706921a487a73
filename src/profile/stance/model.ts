import { createRequire } from 'node:module';
import type { SoftmaxModel } from '../types-frames.js';

const require = createRequire(import.meta.url);

/** A rule of `model/profile-stance.json`: cue phrases within `window` words of a mention, and what they add. */
export interface RoleRule {
  readonly words: readonly string[];
  readonly window: number;
  readonly weight: number;
}

export interface StanceModel {
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  readonly roles: {
    /** "Pakistan bombed …", "Pakistan's strikes": the actor as the agent of violence. */
    readonly agentAfter: RoleRule;
    /** "the bombing of … Afghanistan", "protect civilians": the actor as victim or one to protect. */
    readonly victimBefore: RoleRule;
    /** "the Taliban claims …": the actor's statements reported as claims. */
    readonly doubtAfter: RoleRule;
    /** "… accused of harboring …", "must cease …": the actor blamed. */
    readonly accusedAfter: RoleRule;
    /** "Pakistan's sovereign right …": the actor credited. */
    readonly creditAfter: RoleRule;
    /** "support Pakistan's efforts": the actor backed. */
    readonly creditBefore: RoleRule;
    /** "Pakistan's military says it killed …", "officials report 19 killed in … strikes": a source's account, so no agent rule. */
    readonly reported: { readonly words: readonly string[] };
  };
  readonly thresholds: { readonly evidence: number; readonly maxEvidence: number; readonly prior: number };
  readonly learned: SoftmaxModel;
}

export const STANCE_MODEL = require('../../../model/profile-stance.json') as StanceModel;
