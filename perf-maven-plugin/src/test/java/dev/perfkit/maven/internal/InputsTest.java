package dev.perfkit.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {
    @ParameterizedTest
    @CsvSource({
        "5%, 0.05",
        "0.05, 0.05",
        "2.5%, 0.025",
        "' 10 % ', 0.1",
        "0, 0",
        "0%, 0",
        "99.5%, 0.995",
        "150%, 1.5",
        "1000%, 10"
    })
    void maxSlowdownAcceptsPercentagesAndFractions(String value, double fraction) throws CompareException {
        assertEquals(fraction, Inputs.maxSlowdown(value), 1e-12);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"5", "1", "1001%", "-5%", "5e-2", "five", "%", "0.05%%", ".05", "1.5"})
    void maxSlowdownRejectsOtherFormsNamingTheParameterAndTheForms(String value) {
        CompareException e = assertThrows(CompareException.class, () -> Inputs.maxSlowdown(value));
        assertEquals(
                "perfkit.maxSlowdown=" + value + " is not a slowdown: give a percentage such as 5% or 2.5% (at"
                        + " most 1000%), or a fraction below 1 such as 0.05",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"50, 50", "90, 90", "99.9, 99.9", "' 1 ', 1", "100, 100"})
    void percentileAcceptsNumbersBetweenZeroAndHundred(String value, double percentile) throws CompareException {
        assertEquals(percentile, Inputs.percentile(value), 1e-12);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "100.5", "p50", "-1", "50%", "101"})
    void percentileRejectsTheRest(String value) {
        CompareException e = assertThrows(CompareException.class, () -> Inputs.percentile(value));
        assertTrue(
                e.getMessage().startsWith("perfkit.percentile=" + value + " is not a percentile: give a number"),
                e::getMessage);
    }

    @Test
    void testsAreSplitOnCommasWithBlanksDropped() throws CompareException {
        assertEquals(
                List.of("ParserTest.parse", "com.acme.CacheTest", "Outer$Inner.run"),
                Inputs.tests(" ParserTest.parse, ,com.acme.CacheTest ,Outer$Inner.run,"));
        assertEquals(List.of(), Inputs.tests(null));
        assertEquals(List.of(), Inputs.tests(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Parser Test.parse", "Parser.", "1Parser", "Parser#parse", "a,b()"})
    void testsRejectWhatIsNoName(String value) {
        CompareException e = assertThrows(CompareException.class, () -> Inputs.tests(value));
        assertTrue(e.getMessage().startsWith("perfkit.tests=" + value + ": '"), e::getMessage);
        assertTrue(
                e.getMessage()
                        .endsWith("give Class.method or Class (simple or qualified class name), separated by"
                                + " commas"),
                e::getMessage);
    }
}
