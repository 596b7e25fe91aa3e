/**
 * A minimal JSON writer and reader for the files perf-junit writes and reads back: results, comparisons, kept
 * baselines and the files forks hand to their parent. Maps, lists, strings, numbers, booleans and null; nothing else.
 */
package dev.perfkit.junit.json;
