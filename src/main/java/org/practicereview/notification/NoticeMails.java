package org.practicereview.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A notice as people receive it, GOV.UK Notify style: the notice's own words, the action and its link,
 * the case reference; plain text and HTML from {@code templates/mail/notice.*}; the decision record
 * attached to a statutory notice, the rapid review to the notice that sends it to the national panel. The Message-ID is the notice's own, so a mail sent again after a
 * crash is recognisably the same mail.
 */
@Component
class NoticeMails {

    private static final Map<NotificationKind, String> PATHS = Map.ofEntries(
            Map.entry(NotificationKind.REFERRAL_ACKNOWLEDGEMENT, "/my-referrals"),
            Map.entry(NotificationKind.MORE_INFORMATION_REQUESTED, "/tasks"),
            Map.entry(NotificationKind.NEW_REFERRAL, "/cases/%s"),
            Map.entry(NotificationKind.AGENCY_INFORMATION_REQUEST, "/tasks"),
            Map.entry(NotificationKind.AGENCY_INFORMATION_REMINDER, "/tasks"),
            Map.entry(NotificationKind.AGENCY_REPORT_REQUEST, "/tasks"),
            Map.entry(NotificationKind.DECISION_OVERDUE, "/cases/%s"),
            Map.entry(NotificationKind.DECISION_NOTICE, "/home"),
            Map.entry(NotificationKind.LEARNING_REVIEW_NOTICE, "/home"),
            Map.entry(NotificationKind.REVIEW_REMINDER, "/cases/%s"),
            Map.entry(NotificationKind.REVIEW_OVERDUE, "/cases/%s"),
            Map.entry(NotificationKind.STEP_REMINDER, "/tasks"),
            Map.entry(NotificationKind.STEP_OVERDUE, "/cases/%s"),
            Map.entry(NotificationKind.PROCEEDINGS_CHECK, "/cases/%s"),
            Map.entry(NotificationKind.ACTION_DUE_SOON, "/action-plans/%s"),
            Map.entry(NotificationKind.ACTION_OVERDUE, "/action-plans/%s"),
            Map.entry(NotificationKind.PUBLISHED, "/learning-from-reviews"),
            Map.entry(NotificationKind.BRIEFING_PUBLISHED, "/briefings"),
            Map.entry(NotificationKind.PRACTICE_QUESTION, "/my-referrals"),
            Map.entry(NotificationKind.PRACTICE_QUESTION_REMINDER, "/my-referrals"),
            Map.entry(NotificationKind.TASK_WAITING, "/tasks"),
            Map.entry(NotificationKind.TASK_DUE_SOON, "/tasks"),
            Map.entry(NotificationKind.TASK_OVERDUE, "/tasks"),
            Map.entry(NotificationKind.TASK_DIGEST, "/tasks"),
            Map.entry(NotificationKind.TRAIL_CHECKPOINT, "/audit"),
            Map.entry(NotificationKind.MEETING_AGENDA, "/meetings"),
            Map.entry(NotificationKind.MEETING_MINUTES_APPROVED, "/meetings"));

    private final TemplateEngine templates = mailTemplates();
    private final CaseDocuments documents;
    private final MailSettings settings;
    private final String boardName;

    NoticeMails(CaseDocuments documents, MailSettings settings, @Value("${practice-review.board-name}") String boardName) {
        this.documents = documents;
        this.settings = settings;
        this.boardName = boardName;
    }

    String messageId(Notification n) {
        return "<notification-" + n.id() + "@" + settings.messageIdHost() + ">";
    }

    MimeMessage compose(JavaMailSender sender, Notification n, List<String> to) throws MessagingException {
        MimeMessage message = new NoticeMessage(sender instanceof JavaMailSenderImpl smtp ? smtp.getSession()
                : Session.getInstance(new Properties()), messageId(n));
        MimeMessageHelper mail = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        mail.setFrom(settings.from());
        mail.setTo(to.toArray(String[]::new));
        mail.setSubject(n.subject());
        Context words = words(n);
        mail.setText(templates.process("notice.txt", words), templates.process("notice.html", words));
        if (n.kind().statutory() && n.caseReference() != null) {
            documents.latest(n.caseReference(), DocumentKind.DECISION_RECORD).ifPresent(record -> attach(mail, record.fileName(),
                    record.content()));
        }
        if (n.kind() == NotificationKind.RAPID_REVIEW_TO_PANEL && n.caseReference() != null) {
            documents.latest(n.caseReference(), DocumentKind.RAPID_REVIEW).ifPresent(review -> attach(mail, review.fileName(),
                    review.content()));
        }
        return message;
    }

    /** A message whose Message-ID is the notice's, whoever saves it (JavaMail would make a fresh one each time). */
    private static final class NoticeMessage extends MimeMessage {

        private final String id;

        NoticeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    private static void attach(MimeMessageHelper mail, String fileName, byte[] pdf) {
        try {
            mail.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
        } catch (MessagingException e) {
            throw new IllegalStateException("A document could not be attached to a notice", e);
        }
    }

    private Context words(Notification n) {
        Context c = new Context();
        List<String> paragraphs = Arrays.stream(n.body().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        c.setVariable("subject", n.subject());
        c.setVariable("paragraphList", paragraphs);
        c.setVariable("paragraphs", String.join("\n\n", paragraphs) + "\n");
        c.setVariable("caseReference", n.caseReference());
        c.setVariable("boardName", boardName);
        String path = n.link() != null ? n.link() : PATHS.get(n.kind());
        c.setVariable("link", path == null ? null : settings.baseUrl() + (path.contains("%s") ? path.formatted(n.caseReference()) : path));
        if (path != null && path.contains("%s") && n.caseReference() == null) {
            c.setVariable("link", settings.baseUrl() + "/home");
        }
        c.setVariable("action", action(n.kind()));
        return c;
    }

    private static String action(NotificationKind kind) {
        return switch (kind) {
            case PUBLISHED -> "Read it on Learning from Reviews";
            case BRIEFING_PUBLISHED -> "Sign in to record where you used the briefing";
            case PRACTICE_QUESTION, PRACTICE_QUESTION_REMINDER -> "Sign in to say what changed";
            default -> "Sign in to Practice Review";
        };
    }

    /** Not a bean: a second template engine bean would switch off Spring Boot's for the pages. */
    private static TemplateEngine mailTemplates() {
        TemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/mail/");
        r.setTemplateMode(mode);
        r.setResolvablePatterns(java.util.Set.of(pattern));
        r.setCharacterEncoding("UTF-8");
        r.setOrder(order);
        r.setCheckExistence(true);
        return r;
    }
}
