package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.practicereview.documents.internal.Typeface;
import org.practicereview.shared.CaseReference;

/**
 * Random Unicode — emoji, symbols, other scripts, combining marks, controls, joiners, lone
 * surrogates — thrown at every PDF renderer in every place a person's text goes. Each renders
 * (a briefing section may be refused as too long, which its form says first), and every letter,
 * digit, symbol and punctuation mark typed reads back from the PDF, either itself or, where no
 * embedded font draws it, spelled out by its Unicode name in brackets with its code point in the
 * document's metadata.
 */
class DocumentTextProperties {

    private final BriefingPdf briefings = new BriefingPdf(Pdfs.CLOCK);
    private final DecisionRecordPdf decisions = new DecisionRecordPdf(Pdfs.CLOCK);
    private final PrgReportPdf reports = new PrgReportPdf(Pdfs.CLOCK);
    private final TimelinePdf timelines = new TimelinePdf(Pdfs.CLOCK);

    @Property(tries = 60)
    void theDecisionRecordSetsEveryTypedCharacter(@ForAll("typed") String typed) {
        DecisionRecord record = new DecisionRecord(CaseReference.of(2027, 7), "Board " + typed,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 4), "SCR criteria", "1",
                "Criteria met", "Rule_SeriousHarm", "Why " + typed, "Initiate an SCR", "PRG said " + typed,
                "Initiate an SCR", null, "Chair said " + typed, "Departs " + typed, "Chair " + typed, "CHAIR");

        assertEveryCharacterReadsBack(decisions.render(record), typed, 6);
    }

    @Property(tries = 40)
    void thePrgReportSetsEveryTypedCharacter(@ForAll("typed") String typed) {
        PrgCase c = new PrgCase(CaseReference.of(2027, 8), "Child " + typed, "Purpose " + typed, "Criteria met",
                "Recommended " + typed, "Decided " + typed, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1),
                DeadlineStatus.MET, DeadlineStatus.NOT_APPLICABLE);
        PrgReport report = new PrgReport("Board " + typed, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                List.of(c));

        assertEveryCharacterReadsBack(reports.render(report), typed, 5);
    }

    @Property(tries = 40)
    void theTimelineSetsEveryTypedCharacter(@ForAll("typed") String typed) {
        TimelinePdf.Timeline timeline = new TimelinePdf.Timeline("PR-2027-0009", "Board " + typed, "All " + typed,
                "Intact " + typed, List.of(new TimelinePdf.Entry("When " + typed, "Details " + typed)));

        assertEveryCharacterReadsBack(timelines.render(timeline), typed, 5);
    }

    @Property(tries = 40)
    void theBriefingSetsEveryTypedCharacterOrRefusesASectionAsTooLong(@ForAll("typed") String typed) {
        BriefingDocument briefing = Briefings.withPanel(Briefings.withPseudonym(Briefings.childQ(), "Child " + typed),
                3, new BriefingPanel("Heading " + typed, "Body " + typed));
        byte[] pdf;
        try {
            pdf = briefings.render(briefing);
        } catch (DocumentTooLongException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertEveryCharacterReadsBack(pdf, typed, 3);
    }

    @Provide
    Arbitrary<String> typed() {
        return TypedText.any();
    }

    /**
     * Every visible character typed appears in the PDF's text at least {@code times} times (the
     * text goes into that many places); a replaced one is named in the metadata and its name is in the
     * text (where right-to-left text is around it, the line's reordering may split the name).
     */
    private static void assertEveryCharacterReadsBack(byte[] bytes, String typed, int times) {
        try (PDDocument pdf = Pdfs.load(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            String text = stripper.getText(pdf);
            Map<Integer, Integer> found = count(text);
            String unspaced = text.replaceAll("\\s+", "");
            String replaced = pdf.getDocumentInformation().getCustomMetadataValue("ReplacedCharacters");
            Map<Integer, Integer> expected = new HashMap<>();
            boolean rightToLeft = typed.codePoints().anyMatch(DocumentTextProperties::rightToLeft);
            Normalizer.normalize(typed, Normalizer.Form.NFC).codePoints().filter(DocumentTextProperties::checkable)
                    .filter(cp -> !(rightToLeft && Character.isMirrored(cp)))
                    .forEach(cp -> {
                        boolean drawn = replaced == null || !replaced.contains(String.format("U+%04X ", cp));
                        if (drawn) {
                            expected.merge(cp, times, Integer::sum);
                        } else if (!rightToLeft) {
                            // At least once whole: in a narrow table cell a name is wrapped, even broken, and read
                            // out with the cells beside it in between.
                            String name = Typeface.replacementFor(cp).replace(" ", "");
                            assertThat(unspaced).as("the name of U+%04X in %s", cp, typed).contains(name);
                        }
                    });
            expected.forEach((cp, count) -> assertThat(found.getOrDefault(cp, 0))
                    .as("%s (U+%04X) in %s", new String(Character.toChars(cp)), cp, typed).isGreaterThanOrEqualTo(count));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Code points in extracted text. Text extraction reverses right-to-left runs one UTF-16 unit at
     * a time, which turns an emoji's surrogate pair round; such a pair is read back the right way.
     */
    private static Map<Integer, Integer> count(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isLowSurrogate(c) && i + 1 < text.length()
                    && Character.isHighSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(text.charAt(++i), c);
            }
            counts.merge(cp, 1, Integer::sum);
        }
        return counts;
    }

    /** Text extraction mirrors brackets and the like in a right-to-left run, as a reader sees them. */
    private static boolean rightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    /**
     * What a reader sees as a character of its own: not spaces, controls or format characters, and
     * not marks or modifier symbols, which text extraction merges into the letter before them.
     */
    private static boolean checkable(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.MODIFIER_SYMBOL && type != Character.UNASSIGNED
                && !(cp >= 0xFE00 && cp <= 0xFE0F);
    }
}
