package org.irm.docx;

/**
 * Why a returned file is not taken: the one vocabulary of refusal codes, for every refusal the
 * pipeline gives, from the first look at a file's bytes to the desk's checks of who sent it.
 * Each constant's name is its code, an interface kept exactly as written: the README lists the
 * codes, {@code templates/mail/reasons_<lang>.properties} words them per language (keyed by code),
 * {@code irm inspect --json} and {@code irm ingest --json} print them, and the register stores them
 * ({@code submission_intake.reason_code}). Never rename one; add new ones.
 *
 * <p>It lives here, in the lowest package that refuses (the reader refuses a zip bomb before any
 * stage sees the file): {@code docx} may use no stage, and every stage may use {@code docx}, so the
 * screening, the return desk, the reviews' and the report drafts' handlers all refuse with it.
 */
public enum RefusalReason {

    // Screening and reading: what the file is (irm inspect and the desk).
    EMPTY, TOO_LARGE, NOT_WORD, LEGACY_WORD, OPEN_DOCUMENT, MACRO_ENABLED, TEMPLATE, ENCRYPTED, CORRUPT,
    NOT_A_DOCUMENT_PACKAGE, ZIP_BOMB, EXTERNAL_ENTITIES,
    /** The zip holds two entries with one part name (compared as OPC does, ignoring case). */
    DUPLICATE_ENTRY,
    /** The zip holds more entries than any Word document needs. */
    TOO_MANY_PARTS,
    /** Saved in a macro-enabled format (.docm, .dotm) although it holds no macros. */
    MACRO_ENABLED_FORMAT,

    // The return desk: whose the file is and how it came.
    /** The file carries no identity the desk knows: not a checklist (or review copy) the secretariat issued. */
    UNKNOWN_IDENTITY,
    /** The file carries our identity, but it cannot be read. */
    UNREADABLE_IDENTITY,
    /** The identity's seal does not verify, or its two copies disagree: edited by hand or forged. */
    BAD_SEAL,
    /** The checklist belongs to another State than the sender's, or than the folder's. */
    FOREIGN_STATE,
    /** A reviewer's copy where a State's checklist was expected (the reviews folder or address takes those). */
    REVIEW_COPY,
    /** A review copy whose seal holds but whose content cannot be read: damaged, or not laid out as issued. */
    UNREADABLE_REVIEW_COPY,
    /** The sender's address is not registered as a focal point of any State. */
    UNKNOWN_SENDER,
    /** A review copy not from a drawn reviewing State of its review (its folder, a registered expert) or the secretariat. */
    NOT_A_REVIEWER,

    // Report drafts taken back (the secretariat's own documents).
    /** A report draft that came by e-mail: drafts are taken back from the secretariat's folders only. */
    REPORT_DRAFT_BY_MAIL,
    /** A report draft this register cannot place (another pipeline's, or its review unknown). */
    UNKNOWN_REPORT_DRAFT,
    /** A report draft whose seal does not verify, or whose identity part and properties disagree: forged or altered. */
    REPORT_DRAFT_BAD_SEAL,

    // The written dialogue (issue 18): question lists answered by a State.
    /** A question list sealed for one State, returned by another State's focal point or dropped into another State's folder. */
    FOREIGN_QUESTION_LIST;

    /** The code scripts, templates and the register know this reason by (the constant's name). */
    public String code() {
        return name();
    }
}
