package io.github.minutes4j.core;

/**
 * What a proposal ("yrkande", a motion) asks for.
 *
 * @since 0.3.0
 */
public enum ProposalKind {
  /** Approve the matter as proposed ("bifall"). */
  APPROVAL,
  /** Reject it ("avslag"). */
  REJECTION,
  /** Change it, as the proposal's text says ("ändringsyrkande", an amendment). */
  AMENDMENT,
  /** Send it back for more preparation ("återremiss"). */
  REFERRAL_BACK,
  /** Anything else, as the proposal's text says ("tilläggsyrkande" and the like). */
  OTHER
}
