package org.civility.core.record;

/** How a unit's chain failed verification (R-REC-1); each names the first entry that cannot be trusted. */
public enum ChainBreak {
    /** Sequences are not 1, 2, ... without gaps: an entry was removed or inserted. */
    SEQUENCE,
    /** An entry's previous hash is not the hash of the entry before it. */
    LINK,
    /** An entry's fields do not give its stored hash: the row was altered. */
    HASH,
    /** Entries exist but the chain has no sealed head (the head was removed, or entries were written around core). */
    UNANCHORED,
    /** The head's seal was not made under this installation's key: the head was forged or the key is not the one in use. */
    SEAL,
    /** The head names an entry beyond the last one stored: entries were cut off the end. */
    TRUNCATED,
    /** The entry the head names has another hash now: entries were rewritten and their hashes recomputed. */
    REWRITTEN,
    /** Entries follow the one the head names: they were appended without moving the head. */
    UNSEALED_TAIL
}
