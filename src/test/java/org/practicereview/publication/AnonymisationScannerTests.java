package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicereview.referral.CaseDetails.IdentifyingDetails;

class AnonymisationScannerTests {

    static final IdentifyingDetails CASE = new IdentifyingDetails(
            List.of("Amelia Jane Smith-Jones", "Hope Baker", "Darren O'Neill"),
            List.of(LocalDate.of(2015, 3, 12), LocalDate.of(1988, 11, 4)),
            List.of("14 Acacia Avenue, Northtown, Northshire NT4 7QP", "Flat 3, 27 Mill Road, Southport"),
            List.of("PR8 1AB"));

    final AnonymisationScanner scanner = new AnonymisationScanner(CASE);

    static final List<String> NAMES = List.of("Amelia Jane Smith-Jones", "Amelia Smith-Jones", "amelia jane smith-jones",
            "Amelia", "amelia", "AMELIA", "Amelia's", "Amelia’s", "Smith-Jones", "Smith-Jones's", "Smith", "jones",
            "Jane", "Darren O'Neill", "Darren O’Neill", "O'Neill", "o’neill's", "Darren", "Hope Baker", "hope baker",
            "Hope", "HOPE", "Hope's", "Baker", "Darren\nO'Neill");
    static final List<String> DATES = List.of("12/03/2015", "12/3/2015", "12.03.15", "12-3-2015", "12 - 03 - 2015",
            "3/12/2015", "2015-03-12", "2015/3/12", "12 March 2015", "12th March 2015", "12 Mar 2015", "12th of March, 2015",
            "12 MARCH 2015", "March 12, 2015", "Mar. 12th 2015", "march 12 2015", "4 November 1988", "04/11/88",
            "4.11.1988", "November 4th, 1988", "1988-11-04");
    static final List<String> ADDRESSES = List.of("14 Acacia Avenue", "14 acacia avenue", "14  Acacia   Avenue",
            "14, Acacia Avenue", "14 Acacia Ave", "14 Acacia Ave.", "Acacia Avenue", "ACACIA AVENUE", "27 Mill Road",
            "27 Mill Rd", "Mill Rd.", "mill road");
    static final List<String> POSTCODES = List.of("NT4 7QP", "nt4 7qp", "NT47QP", "NT4  7QP", "PR8 1AB", "pr81ab");

    static Stream<Arguments> everyVariantInEveryField() {
        List<Arguments> out = new ArrayList<>();
        for (String field : PackFields.TEXTS) {
            NAMES.forEach(v -> out.add(Arguments.of(field, v, IdentifierKind.NAME)));
            DATES.forEach(v -> out.add(Arguments.of(field, v, IdentifierKind.DATE_OF_BIRTH)));
            ADDRESSES.forEach(v -> out.add(Arguments.of(field, v, IdentifierKind.ADDRESS)));
            POSTCODES.forEach(v -> out.add(Arguments.of(field, v, IdentifierKind.POSTCODE)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyVariantInEveryField")
    void findsEveryIdentifierVariantInEveryFieldOfThePack(String field, String variant, IdentifierKind kind) {
        Map<String, String> pack = cleanPack();
        pack.put(field, "Practitioners noted that " + variant + " was seen by the health visitor.");

        List<Finding> findings = scanner.scan(pack);

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).field()).isEqualTo(field);
        assertThat(findings.get(0).kind()).isEqualTo(kind);
        assertThat(findings.get(0).context())
                .isEqualTo("Practitioners noted that " + kind.placeholder() + " was seen by the health visitor.");
    }

    @Test
    void findsNothingInACleanPack() {
        assertThat(scanner.scan(cleanPack())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Staff hope that the learning will be used; there was joy when practice improved.",
            "The baker and the mill owner gave evidence about road safety in Northtown.",
            "Smithson, Jonestown and Ameliorate are not names of this family; nor is Jameson or bakery.",
            "Agencies met in March 2015 and again on 12 March 2016 and 13/03/2015; the year 1988 is irrelevant.",
            "Acacia trees, the Mill, NT4 team and PR8 teams are mentioned; so is Avenue Q and Acacia.",
            "Child Q lived with her mother in Northshire; Baby O was born prematurely."})
    void findsNothingInTextsThatOnlyResembleTheCase(String text) {
        assertThat(scanner.scan("catalogueSummary", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"we hope the learning is shared", "full of hope", "hope's role in recovery is known",
            "the baker gave evidence"})
    void leavesACommonWordNameAloneWhenWrittenInLowerCase(String text) {
        assertThat(scanner.scan("briefing1Background", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hope was taken to hospital.", "The baby, Hope, was unwell.", "HOPE WAS UNWELL",
            "Mrs Baker attended.", "hope baker was unwell", "Hope is what families need."})
    void findsACommonWordNameWhenCapitalisedAnywhereOrWrittenWithTheRestOfTheName(String text) {
        assertThat(scanner.scan("briefing1Background", text)).extracting(Finding::kind).containsExactly(IdentifierKind.NAME);
    }

    @Test
    void reportsOneFindingForAFullNameWithPossessiveRatherThanOneForEachPart() {
        assertThat(scanner.scan("executiveSummary", "Amelia Jane Smith-Jones's mother called."))
                .extracting(Finding::context).containsExactly("[name] mother called.");
    }

    @Test
    void masksEveryIdentifierInTheContextOfEveryFinding() {
        String text = "Amelia Smith-Jones, born 12/03/2015, lived at 14 Acacia Avenue, NT4 7QP with Darren.";

        List<Finding> findings = scanner.scan("executiveSummary", text);

        assertThat(findings).extracting(Finding::kind).containsExactly(IdentifierKind.NAME, IdentifierKind.DATE_OF_BIRTH,
                IdentifierKind.ADDRESS, IdentifierKind.POSTCODE, IdentifierKind.NAME);
        assertThat(findings).allSatisfy(f -> assertThat(f.context())
                .doesNotContain("Amelia", "Smith", "Jones", "2015", "Acacia", "7QP", "Darren"));
        assertThat(findings.get(2).context())
                .isEqualTo("… born [date of birth], lived at [address], [postcode] with [name].");
    }

    @Test
    void keepsOnlySixWordsEitherSideOfTheIdentifier() {
        String text = "one two three four five six seven Amelia eight nine ten eleven twelve thirteen fourteen";

        assertThat(scanner.scan("executiveSummary", text)).extracting(Finding::context)
                .containsExactly("… two three four five six seven [name] eight nine ten eleven twelve thirteen …");
    }

    @Test
    void findsTheSameNameEachTimeItOccurs() {
        assertThat(scanner.scan("catalogueLearning", "Amelia cried. Later Amelia slept.")).hasSize(2);
    }

    static Map<String, String> cleanPack() {
        Map<String, String> pack = new LinkedHashMap<>();
        for (String field : PackFields.TEXTS) {
            pack.put(field, "Child Q was known to several agencies; professionals hope the learning about "
                    + "neglect, and the joy of good practice, is shared across Northshire in 2026.");
        }
        pack.put(PackFields.PSEUDONYM, "Child Q");
        return pack;
    }
}
