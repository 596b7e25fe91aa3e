/**
 * Kept baselines: a test's figures recorded into a file under version control and compared with later runs. Owns the
 * file ({@link dev.perfkit.junit.baseline.BaselineFile}, its recordings and history), the run's baseline
 * ({@link dev.perfkit.junit.baseline.KeptBaselines}, read once and written when the run ends), where figures came from
 * ({@link dev.perfkit.junit.baseline.Environment}, {@link dev.perfkit.junit.baseline.CommitId}) and the one result
 * value of a check ({@link dev.perfkit.junit.baseline.BaselineCheck}).
 *
 * <p>May use {@code measure} (and below), {@code metric} and {@code json}; never another feature or the writers: the
 * entry point hands it a performance test's figures as {@link dev.perfkit.junit.baseline.KeptFigures}.
 */
package dev.perfkit.junit.baseline;
