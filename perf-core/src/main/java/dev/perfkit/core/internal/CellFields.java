package dev.perfkit.core.internal;

/**
 * The written fields of a {@link Cell}, padded on both sides with 128 bytes so that no other object's fields share
 * their cache lines (or the adjacent line a prefetcher pairs with them). HotSpot lays out superclass fields first,
 * which is what keeps the padding in place.
 */
abstract class CellPadBefore {
  long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The claim and the scalars: written by the cell's owner under the claim, read by a reader under the claim. */
abstract class CellFields extends CellPadBefore {
  /** {@link Cell#FREE}, {@link Cell#WRITER} or {@link Cell#READER}; accessed through a VarHandle. */
  volatile long claim;
  long total;
  long min = Long.MAX_VALUE;
  long max = Long.MIN_VALUE;
  long overflow;
  long rejected;
}

/** Padding after the written fields. */
abstract class CellPadAfter extends CellFields {
  long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
