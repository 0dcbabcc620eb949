package io.github.minutes4j.core.text;

/**
 * The fixed texts an exporter prints around the content of minutes, such as headings of the parts
 * of a document. {@link Labels#text(Label)} gives each in a language.
 *
 * @since 0.1.0
 */
public enum Label {
  /** "Tid och plats": the heading over the sessions. */
  TIME_AND_PLACE,
  /**
   * "För anteckningarna": the heading over the note-takers; a protokoll says {@link #SECRETARY}
   * instead ({@link Labels#text(Label, io.github.minutes4j.core.DocumentKind)}).
   */
  NOTE_TAKERS,
  /**
   * "Deltagarförteckning": the heading of a participant list that has none of its own; see {@link
   * Labels#participantsHeading}.
   */
  PARTICIPANTS,
  /** "Medverkande": presenters of an agenda item. */
  PRESENTERS,
  /** "Länkar": an agenda item's links. */
  LINKS,
  /** "Innehåll": a table of contents. */
  CONTENTS,
  /**
   * "Arrangör": the organiser; a protokoll says {@link #BODY} instead ({@link Labels#text(Label,
   * io.github.minutes4j.core.DocumentKind)}).
   */
  ORGANISER,
  /** "Datum": the document's date. */
  DOCUMENT_DATE,
  /** "Namn": the name column of a participant list. */
  PARTICIPANT_NAME,
  /** "Nätverk eller roll": the affiliation column of a participant list. */
  PARTICIPANT_AFFILIATION,
  /** "Region eller organisation": the organisation column of a participant list. */
  PARTICIPANT_ORGANISATION,
  /** "adressen är inte publicerad ännu": said of a link whose address is a placeholder. */
  LINK_PLACEHOLDER,
  /**
   * "Länkarna på namnen är inte publicerade ännu.": said once under a participant list whose
   * names link to placeholders, instead of a note on every row.
   */
  PARTICIPANT_LINKS_PLACEHOLDER,
  /** "digitalt": remote participation. */
  ONLINE,
  /** "Sida": as in "Sida 1 av 2". */
  PAGE,
  /** "av": as in "Sida 1 av 2". */
  PAGE_OF,

  // Formal minutes (since 0.3.0). In the texts below {0}, {1} and {2} stand for the parts named.

  /**
   * "Organ": the organiser of a {@linkplain io.github.minutes4j.core.DocumentKind#MINUTES
   * protokoll}, the body that met; see {@link Labels#text(Label, io.github.minutes4j.core.DocumentKind)}.
   *
   * @since 0.3.0
   */
  BODY,
  /**
   * "Vid protokollet": the heading over the secretary of a protokoll, in place of {@link
   * #NOTE_TAKERS}.
   *
   * @since 0.3.0
   */
  SECRETARY,
  /**
   * "Sekreterare": the secretary's role under a signature line.
   *
   * @since 0.3.0
   */
  SECRETARY_SIGNATURE,
  /**
   * "Ordförande": the chair, as a fact of the header and under a signature line.
   *
   * @since 0.3.0
   */
  CHAIR,
  /**
   * "Justerare": the heading over the adjusters, who check the minutes with the chair; its noun
   * agrees with their number where a language's does ({@link Labels#text(Label, int)}).
   *
   * @since 0.3.0
   */
  ADJUSTERS,
  /**
   * "Justerare": one adjuster's role under a signature line.
   *
   * @since 0.3.0
   */
  ADJUSTER_SIGNATURE,
  /**
   * "Diarienummer": the case reference of an agenda item.
   *
   * @since 0.3.0
   */
  CASE_REFERENCE,
  /**
   * "Närvaro": the heading over the attendance.
   *
   * @since 0.3.0
   */
  ATTENDANCE,
  /**
   * "Beslutande": those present who take part in decisions (chair, members, serving substitutes).
   *
   * @since 0.3.0
   */
  DECIDING,
  /**
   * "Ej tjänstgörande ersättare": substitutes present who do not serve.
   *
   * @since 0.3.0
   */
  SUBSTITUTES_PRESENT,
  /**
   * "Övriga närvarande": officials and others present.
   *
   * @since 0.3.0
   */
  OTHERS_PRESENT,
  /**
   * "Frånvarande": those of the body who were absent.
   *
   * @since 0.3.0
   */
  ABSENT,
  /**
   * "tjänstgörande ersättare för {0}": a serving substitute's role, {0} the member served for.
   *
   * @since 0.3.0
   */
  SERVING_FOR,
  /**
   * "anslöt till sammanträdet {0}": an arrival, {0} a {@link Labels#moment moment}.
   *
   * @since 0.3.0
   */
  ARRIVED,
  /**
   * "lämnade sammanträdet {0}": a departure, {0} a {@link Labels#moment moment}.
   *
   * @since 0.3.0
   */
  LEFT,
  /**
   * "under {0}": a moment at an item, {0} its number such as "§ 45".
   *
   * @since 0.3.0
   */
  AT_PARAGRAPH,
  /**
   * "kl. {0}": a moment at a time of day.
   *
   * @since 0.3.0
   */
  AT_TIME,
  /**
   * "kl. {1} under {0}": a moment at an item ({0}) and a time ({1}).
   *
   * @since 0.3.0
   */
  AT_PARAGRAPH_AND_TIME,
  /**
   * "{0} deltar inte i handläggningen på grund av jäv.": a conflict of interest, {0} the member.
   *
   * @since 0.3.0
   */
  CONFLICT_OF_INTEREST,
  /**
   * "{0} deltar inte i handläggningen på grund av jäv ({1}).": a conflict of interest with its
   * reason ({1}).
   *
   * @since 0.3.0
   */
  CONFLICT_OF_INTEREST_REASON,
  /**
   * "Yrkanden": the heading over an item's proposals.
   *
   * @since 0.3.0
   */
  PROPOSALS,
  /**
   * "yrkande {0}": a proposal by its id.
   *
   * @since 0.3.0
   */
  PROPOSAL,
  /**
   * "Propositionsordning": the order in which the chair put the proposals.
   *
   * @since 0.3.0
   */
  PROPOSAL_ORDER,
  /**
   * "Omröstning": the heading over a vote.
   *
   * @since 0.3.0
   */
  VOTE,
  /**
   * "Ja-röst för {0}.": what a yes vote supports, {0} a {@link #PROPOSAL proposal}.
   *
   * @since 0.3.0
   */
  VOTE_YES_FOR,
  /**
   * "Nej-röst för {0}.": what a no vote supports.
   *
   * @since 0.3.0
   */
  VOTE_NO_FOR,
  /**
   * "Omröstningslista": the caption of an open vote's roll call.
   *
   * @since 0.3.0
   */
  ROLL_CALL,
  /**
   * "Ledamot": the column of the voters in a roll call.
   *
   * @since 0.3.0
   */
  VOTER,
  /**
   * "Röst": the column of the votes in a roll call.
   *
   * @since 0.3.0
   */
  BALLOT,
  /**
   * "Omröstningsresultat: {0} ja, {1} nej, {2} avstår.": a vote's totals, yes, no and abstained.
   * Any of them may be 1: word them so that no noun agrees with a count ("Result: {0} for, {1}
   * against, {2} abstained.", "Ergebnis: Ja {0}, Nein {1}, Enthaltung {2}.").
   *
   * @since 0.3.0
   */
  VOTE_RESULT,
  /**
   * "Beslut": the heading over a decision.
   *
   * @since 0.3.0
   */
  DECISION,
  /**
   * "Beslut {0}": the heading over a decision that has an id, {0} the id.
   *
   * @since 0.3.0
   */
  DECISION_NAMED,
  /**
   * "Reservation": the heading over a reservation against a decision.
   *
   * @since 0.3.0
   */
  RESERVATION,
  /**
   * "{0} reserverar sig mot beslutet.": who reserved themselves, {0} the members; its verb agrees
   * with their number where a language's does ({@link Labels#text(Label, int)}).
   *
   * @since 0.3.0
   */
  RESERVED,
  /**
   * "{0} reserverar sig mot beslut {1}.": who reserved themselves against which decision, {0} the
   * members, {1} the decision's id; its verb agrees with the number of members ({@link
   * Labels#text(Label, int)}).
   *
   * @since 0.3.0
   */
  RESERVED_AGAINST,
  /**
   * "Skriftlig reservation": the heading over a reservation's written text.
   *
   * @since 0.3.0
   */
  WRITTEN_RESERVATION,
  /**
   * "Protokollsanteckning": the heading over a protocol note.
   *
   * @since 0.3.0
   */
  PROTOCOL_NOTE,
  /**
   * "{0} lämnar följande protokollsanteckning:": who entered a protocol note, {0} the authors; its
   * verb agrees with their number where a language's does ({@link Labels#text(Label, int)}).
   *
   * @since 0.3.0
   */
  PROTOCOL_NOTE_BY,
  /**
   * "Att göra": the caption of an item's action items.
   *
   * @since 0.3.0
   */
  ACTIONS,
  /**
   * "Uppgift": the column of the tasks.
   *
   * @since 0.3.0
   */
  ACTION_TASK,
  /**
   * "Ansvarig": the column of who does a task.
   *
   * @since 0.3.0
   */
  ACTION_OWNERS,
  /**
   * "Klart senast": the column of the due dates.
   *
   * @since 0.3.0
   */
  ACTION_DUE,
  /**
   * "Bilagor": the heading over the attachments.
   *
   * @since 0.3.0
   */
  ATTACHMENTS,
  /**
   * "Bilaga {0}": one attachment by its number.
   *
   * @since 0.3.0
   */
  ATTACHMENT,
  /**
   * "Beslutet skickas till": the recipients of a decision.
   *
   * @since 0.3.0
   */
  RECIPIENTS,
  /**
   * "Paragrafen justeras omedelbart.": said of an item adjusted at the meeting.
   *
   * @since 0.3.0
   */
  ADJUSTED_IMMEDIATELY,
  /**
   * "Justering": the heading over the adjusters, place and date of the adjustment.
   *
   * @since 0.3.0
   */
  ADJUSTMENT,
  /**
   * "Justeringens plats och tid": the place and date of the adjustment.
   *
   * @since 0.3.0
   */
  ADJUSTMENT_PLACE_AND_DATE,
  /**
   * "Underskrifter": the heading over the signatures.
   *
   * @since 0.3.0
   */
  SIGNATURES,
  /**
   * "Anslag/bevis": the heading of the notice that the minutes are adjusted.
   *
   * @since 0.3.0
   */
  NOTICE,
  /**
   * "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.": the notice's
   * statement.
   *
   * @since 0.3.0
   */
  NOTICE_STATEMENT,
  /**
   * "Sammanträdesdatum": the meeting's date on the notice.
   *
   * @since 0.3.0
   */
  MEETING_DATE,
  /**
   * "Datum då anslaget sätts upp": when the notice goes up.
   *
   * @since 0.3.0
   */
  NOTICE_POSTED,
  /**
   * "Datum då anslaget tas ned": when the notice comes down.
   *
   * @since 0.3.0
   */
  NOTICE_REMOVED,
  /**
   * "Förvaringsplats för protokollet": where the minutes are kept.
   *
   * @since 0.3.0
   */
  STORED_AT,
  /**
   * "Underskrift": the signature of whoever certifies the notice.
   *
   * @since 0.3.0
   */
  SIGNATURE,
  /**
   * "Nästa sammanträde": the heading over the next meeting.
   *
   * @since 0.3.0
   */
  NEXT_MEETING,
  /**
   * "Ajournering": an adjournment within a session, before its times.
   *
   * @since 0.3.0
   */
  ADJOURNMENT,
  /**
   * "Protokollsutdrag": the kind of an extract of chosen paragraphs.
   *
   * @since 0.3.0
   */
  EXTRACT,
  /**
   * "Rätt utdraget intygar": the attestation under an extract.
   *
   * @since 0.3.0
   */
  ATTESTATION
}
