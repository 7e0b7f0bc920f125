package org.practicereview.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server-side referral drafts: the journey saves a section's raw values after every page, adds and
 * removes children, family members and agencies, and resumes later. A draft belongs to the user who
 * started it; anyone else is told it does not exist.
 */
@Service
public class ReferralDrafts {

    interface Drafts extends Repository<ReferralDraft, String> {
        ReferralDraft save(ReferralDraft draft);
        Optional<ReferralDraft> findById(String id);
        List<ReferralDraft> findByOwnerOrderByUpdatedAtDesc(String owner);
        void delete(ReferralDraft draft);
        long count();
    }

    private final Drafts store;
    private final Forms forms;
    private final ObjectMapper json;
    private final Clock clock;
    private final Trail trail;

    ReferralDrafts(Drafts store, Forms forms, ObjectMapper json, Clock clock, Trail trail) {
        this.store = store;
        this.forms = forms;
        this.json = json;
        this.clock = clock;
        this.trail = trail;
    }

    @Transactional
    public DraftView start(Actor actor) {
        return view(store.save(ReferralDraft.start(actor.userId(), write(DraftContent.empty()), now())));
    }

    @Transactional(readOnly = true)
    public List<DraftSummary> mine(Actor actor) {
        return store.findByOwnerOrderByUpdatedAtDesc(actor.userId()).stream()
                .map(d -> new DraftSummary(d.id(), d.createdAt(), d.updatedAt(), read(d).items().getOrDefault(ReferralSection.CHILD, List.of()).size()))
                .toList();
    }

    @Transactional(readOnly = true)
    public DraftView get(Actor actor, String draftId) {
        return view(owned(actor, draftId));
    }

    /** Saves the page of a single section (about you, what happened, ...) as typed. */
    @Transactional
    public DraftView saveSection(Actor actor, String draftId, ReferralSection section, Map<String, ?> values) {
        requireRepeating(section, false);
        ReferralDraft draft = owned(actor, draftId);
        return change(draft, read(draft).withSection(section, raw(section, values)));
    }

    /**
     * Adds a child, family member or agency; the new item's id is for its change and remove links.
     *
     * @throws InvalidSubmissionException when the section already holds its {@link ReferralSection#maximum()}
     */
    @Transactional
    public DraftItem addItem(Actor actor, String draftId, ReferralSection section, Map<String, ?> values) {
        requireRepeating(section, true);
        ReferralDraft draft = owned(actor, draftId);
        if (read(draft).items().getOrDefault(section, List.of()).size() >= section.maximum()) {
            throw InvalidSubmissionException.of(section.slug(), section.tooMany());
        }
        DraftItem item = new DraftItem(DraftContent.newItemId(), raw(section, values));
        change(draft, read(draft).withNewItem(section, item));
        return item;
    }

    @Transactional
    public DraftView updateItem(Actor actor, String draftId, ReferralSection section, String itemId, Map<String, ?> values) {
        requireRepeating(section, true);
        ReferralDraft draft = owned(actor, draftId);
        return change(draft, read(draft).withItem(section, itemId, raw(section, values)));
    }

    @Transactional
    public DraftView removeItem(Actor actor, String draftId, ReferralSection section, String itemId) {
        requireRepeating(section, true);
        ReferralDraft draft = owned(actor, draftId);
        return change(draft, read(draft).withoutItem(section, itemId));
    }

    @Transactional
    public void discard(Actor actor, String draftId) {
        store.delete(owned(actor, draftId));
    }

    /**
     * The owner deletes an unfinished referral, with every name and date in it. The trail keeps that it
     * happened and the draft's id, nothing of what it held.
     */
    @Transactional
    public void delete(Actor actor, String draftId) {
        store.delete(owned(actor, draftId));
        trail.append(null, actor, TrailAction.REFERRAL_DRAFT_DELETED, "draft " + draftId);
    }

    /** The answers of a draft, for submission; joins the caller's transaction. */
    @Transactional
    Map<ReferralSection, List<Map<String, ?>>> answersOf(Actor actor, String draftId) {
        return ReferralAnswers.of(read(owned(actor, draftId)));
    }

    private ReferralDraft owned(Actor actor, String draftId) {
        return store.findById(draftId).filter(d -> d.ownedBy(actor.userId()))
                .orElseThrow(() -> new NotPermittedException("No such draft"));
    }

    private DraftView change(ReferralDraft draft, DraftContent content) {
        draft.replaceContent(write(content), now());
        return view(store.save(draft));
    }

    private Map<String, Object> raw(ReferralSection section, Map<String, ?> values) {
        return RawValues.of(forms.get(section.formId()), values);
    }

    private static void requireRepeating(ReferralSection section, boolean repeating) {
        if (section.repeating() != repeating) {
            throw new IllegalArgumentException("Section " + section + (repeating ? " is not a list" : " is a list"));
        }
    }

    private DraftView view(ReferralDraft d) {
        DraftContent c = read(d);
        return new DraftView(d.id(), d.createdAt(), d.updatedAt(), c.sections(), c.items());
    }

    private DraftContent read(ReferralDraft draft) {
        try {
            return json.readValue(draft.contentJson(), DraftContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable draft " + draft.id(), e);
        }
    }

    private String write(DraftContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store draft", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
