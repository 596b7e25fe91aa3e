/**
 * HdrHistogram interchange: timer snapshots written in HdrHistogram's formats, so that perfkit data can be merged
 * across processes and read by HdrHistogram's tools ({@code HistogramLogReader}, {@code HistogramLogProcessor}, the
 * plotters).
 *
 * <ul>
 *   <li>{@link dev.perfkit.core.hdr.HdrHistograms#toCompressedBytes} gives one snapshot as HdrHistogram's compressed
 *       encoding ({@code Histogram.decodeFromCompressedByteBuffer} reads it).</li>
 *   <li>{@link dev.perfkit.core.hdr.HlogWriter} writes interval snapshots as an interval log ({@code .hlog}), one
 *       line per interval, tagged with the timer's name.</li>
 * </ul>
 *
 * <p>Conversion: each non-empty bucket of a snapshot is recorded at its highest value, with its count, into an
 * HdrHistogram with at least the snapshot's precision (1 significant digit for up to 4 precision bits, 2 for up to 7,
 * 3 beyond), so every bucket keeps its place and HdrHistogram's percentiles stay within the timer's stated error.
 * Exact totals, min and max are perfkit's own: HdrHistogram derives min and max from bucket values and keeps no
 * total. No HdrHistogram type appears in these signatures: the formats are the interface.
 */
package dev.perfkit.core.hdr;
