import type { Span } from '../types.js';

/** An actor a speaker or claimant phrase refers to. */
export interface ActorRef {
  readonly id: string;
  readonly name: string;
}

/**
 * What the quote and claim annotators need from earlier stages, passed in rather than imported so
 * they run with any sentence splitter and any entity resolver (tests use the plain ones beside them).
 */
export interface AnnotationContext {
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  /** Resolves a speaker/claimant phrase ("Defense Minister Khawaja Asif", "Kabul", "the spokesman") to an actor, or null. */
  readonly resolveActor: (span: Span) => ActorRef | null;
}
