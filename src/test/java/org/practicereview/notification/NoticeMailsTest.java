package org.practicereview.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.StoredDocument;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/** What a recipient reads: the notice's words, the action and its link, the case reference, the record attached. */
class NoticeMailsTest {

    final CaseDocuments documents = mock(CaseDocuments.class);
    final MailSettings settings = new MailSettings("Practice Review <no-reply@board.example.org>", "https://pr.example.org", 5,
            Duration.ofMinutes(1), Duration.ofHours(6), true, Duration.ofSeconds(30), "board.example.org", true);
    final NoticeMails mails = new NoticeMails(documents, settings, "Northshire Safeguarding Children Board");
    final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    @Test
    void aRequestToAnAgencyLeadsWithItsWordsThenTheLinkToSignInAndTheCaseReference() throws Exception {
        Notification n = notice(NotificationKind.AGENCY_INFORMATION_REQUEST, "Information request for case PR-2026-0042",
                "The Practice Review Group asks Northshire Police for a summary.\n\nPlease sign in to answer by 3 March 2026.");

        MimeMessage mail = mails.compose(sender, n, List.of("safeguarding@police.example.org"));
        mail.saveChanges();

        assertThat(mail.getSubject()).isEqualTo("Information request for case PR-2026-0042");
        assertThat(mail.getHeader("Message-ID")).containsExactly("<notification-7@board.example.org>");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Practice Review <no-reply@board.example.org>");
        String text = MailDeliveryTests.text(mail);
        assertThat(text).startsWith("The Practice Review Group asks Northshire Police for a summary.\n\nPlease sign in")
                .contains("Sign in to Practice Review:\nhttps://pr.example.org/tasks", "Case reference: PR-2026-0042",
                        "Northshire Safeguarding Children Board sent this email");
        assertThat(MailDeliveryTests.html(mail)).contains("<html lang=\"en\"", "<a href=\"https://pr.example.org/tasks\"",
                "Case reference: <strong>PR-2026-0042</strong>");
        assertThat(MailDeliveryTests.attachments(mail)).isEmpty();
    }

    @Test
    void aStatutoryNoticeCarriesTheDecisionRecordAndNoLinkTheRecipientCannotUse() throws Exception {
        StoredDocument record = mock(StoredDocument.class);
        when(record.fileName()).thenReturn("decision-record-PR-2026-0042.pdf");
        when(record.content()).thenReturn("%PDF-1.7 test".getBytes());
        when(documents.latest("PR-2026-0042", DocumentKind.DECISION_RECORD)).thenReturn(Optional.of(record));
        Notification n = notice(NotificationKind.SCR_NOT_INITIATED_NOTICE, "Serious Case Review not initiated: case PR-2026-0042",
                "The chair decided not to initiate a serious case review.");

        MimeMessage mail = mails.compose(sender, n, List.of("national.panel@example.org"));
        mail.saveChanges();

        assertThat(MailDeliveryTests.attachments(mail)).containsExactly("application/pdf");
        assertThat(MailDeliveryTests.text(mail)).doesNotContain("https://").contains("Case reference: PR-2026-0042");
    }

    @Test
    void theRapidReviewSentToTheNationalPanelCarriesItsPdfAndNoDecisionRecord() throws Exception {
        StoredDocument review = mock(StoredDocument.class);
        when(review.fileName()).thenReturn("rapid-review-PR-2026-0042-v1.pdf");
        when(review.content()).thenReturn("%PDF-1.7 test".getBytes());
        when(documents.latest("PR-2026-0042", DocumentKind.RAPID_REVIEW)).thenReturn(Optional.of(review));
        Notification n = notice(NotificationKind.RAPID_REVIEW_TO_PANEL, "Rapid review: case PR-2026-0042",
                "The safeguarding partners send the rapid review of case PR-2026-0042, attached.");

        MimeMessage mail = mails.compose(sender, n, List.of("national.panel@example.org"));
        mail.saveChanges();

        assertThat(MailDeliveryTests.attachments(mail)).containsExactly("application/pdf");
        assertThat(MailDeliveryTests.text(mail)).doesNotContain("https://").contains("Case reference: PR-2026-0042");
        org.mockito.Mockito.verify(documents, org.mockito.Mockito.never()).latest("PR-2026-0042", DocumentKind.DECISION_RECORD);
    }

    private static Notification notice(NotificationKind kind, String subject, String body) {
        Notification n = new Notification("PR-2026-0042", kind, "someone", subject, body, Instant.EPOCH, null);
        ReflectionTestUtils.setField(n, "id", 7L);
        return n;
    }
}
