package org.practicereview.demo.web;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The demo's delivered mail, for the administrator: each e-mail the product sent, as its recipient got it. */
@Controller
class DemoMailboxController {

    /** One delivered mail as the page shows it. */
    record DeliveredMail(int number, Date sent, String to, String subject, String messageId, String text,
                         List<String> attachments) {}

    private final ObjectProvider<GreenMail> mailbox;

    DemoMailboxController(ObjectProvider<GreenMail> mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/demo/mailbox")
    String list(Model model) throws MessagingException, IOException {
        List<DeliveredMail> mails = new ArrayList<>();
        MimeMessage[] received = received();
        for (int i = received.length - 1; i >= 0; i--) {
            mails.add(read(i + 1, received[i]));
        }
        model.addAttribute("mails", mails);
        return "demo/mailbox";
    }

    @GetMapping("/demo/mailbox/{number}")
    String one(@PathVariable int number, Model model) throws MessagingException, IOException {
        MimeMessage[] received = received();
        if (number < 1 || number > received.length) {
            throw new NotFoundException();
        }
        model.addAttribute("mail", read(number, received[number - 1]));
        model.addAttribute("backLink", "/demo/mailbox");
        return "demo/mail";
    }

    private MimeMessage[] received() {
        GreenMail server = mailbox.getIfAvailable();
        if (server == null || !CurrentUser.actor().has(Role.ADMIN)) {
            throw new NotFoundException();
        }
        return server.getReceivedMessages();
    }

    private static DeliveredMail read(int number, MimeMessage m) throws MessagingException, IOException {
        List<String> attachments = new ArrayList<>();
        String text = textOf(m, attachments);
        String to = String.join(", ", Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList());
        return new DeliveredMail(number, m.getSentDate(), to, m.getSubject(), m.getMessageID(), text, attachments);
    }

    /** The plain-text body; the names of the attachments are collected on the way. */
    private static String textOf(Part part, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName());
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String text = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String found = textOf(child, attachments);
                text = text == null ? found : text;
            }
            return text;
        }
        return null;
    }
}
