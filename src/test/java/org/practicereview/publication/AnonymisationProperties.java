package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random practice prose around a planted identifier: it is always found, once, and never shown. The
 * vocabulary holds common-word names in lower case (hope, joy, grace) but never two words that together
 * are a name or a street of the case ("hope baker", "mill road"): those are findings by design.
 */
class AnonymisationProperties {

    static final List<String> WORDS = List.of("the", "child", "was", "seen", "by", "health", "visitor", "school",
            "police", "referral", "neglect", "hope", "joy", "grace", "mother", "father", "agency", "in", "on", "2016",
            "March", "Northtown", "road", "safety", "Child", "Q,", "attended", "(and)", "concerns.", "bakery", "mills");

    final AnonymisationScanner scanner = new AnonymisationScanner(AnonymisationScannerTests.CASE);

    @Provide
    Arbitrary<List<String>> prose() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Planted> planted() {
        Arbitrary<Planted> names = Arbitraries.of(AnonymisationScannerTests.NAMES).map(v -> new Planted(v, IdentifierKind.NAME));
        Arbitrary<Planted> dates = Arbitraries.of(AnonymisationScannerTests.DATES).map(v -> new Planted(v, IdentifierKind.DATE_OF_BIRTH));
        Arbitrary<Planted> addresses = Arbitraries.of(AnonymisationScannerTests.ADDRESSES).map(v -> new Planted(v, IdentifierKind.ADDRESS));
        Arbitrary<Planted> postcodes = Arbitraries.of(AnonymisationScannerTests.POSTCODES).map(v -> new Planted(v, IdentifierKind.POSTCODE));
        return Arbitraries.oneOf(names, dates, addresses, postcodes);
    }

    @Property(tries = 2000)
    void findsNothingInProseWithoutIdentifiers(@ForAll("prose") List<String> words) {
        assertThat(scanner.scan("executiveSummary", String.join(" ", words))).isEmpty();
    }

    @Property(tries = 2000)
    void findsAPlantedIdentifierAnywhereAndMasksIt(@ForAll("prose") List<String> words, @ForAll("planted") Planted planted,
                                                  @ForAll("position") int position) {
        List<String> text = new ArrayList<>(words);
        text.add(Math.min(position, text.size()), planted.text());

        List<Finding> findings = scanner.scan("catalogueLearning", String.join(" ", text));

        assertThat(findings).extracting(Finding::kind).containsExactly(planted.kind());
        assertThat(findings.get(0).context()).contains(planted.kind().placeholder())
                // as written and whole: the prose may hold "bakery" after "Baker", or the common word "hope" after "Hope"
                .doesNotContainPattern("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(planted.text()) + "(?![\\p{L}\\p{N}])");
    }

    @Provide
    Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 40);
    }

    record Planted(String text, IdentifierKind kind) {}
}
