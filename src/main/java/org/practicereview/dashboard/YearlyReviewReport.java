package org.practicereview.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practicereview.decision.ScrRouteFigures;
import org.practicereview.documents.AnnualReportPdf;
import org.practicereview.incident.NotificationFigures;
import org.practicereview.publication.PublishedFigures;
import org.practicereview.rapidreview.RapidReviewFigures;
import org.practicereview.review.LocalReviewFigures;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's yearly report of its reviews: each figure read by its own query in the module that owns the
 * fact, so that a figure is added by one line here. The routes in the order a case goes: the SCR route of the 2006
 * regulations, then the 2018 route's serious incident notifications, rapid reviews and national referrals, then the
 * local reviews the partners commission from a rapid review.
 */
@Service
@Transactional(readOnly = true)
public class YearlyReviewReport {

    /** One counted fact of the year, under the heading of its route. */
    public record Row(String section, String label, long value) {}

    public static final String SCR_ROUTE = "Serious case reviews (LSCB Regulations 2006)";
    public static final String CSPR_ROUTE = "Serious incidents and rapid reviews (2018 arrangements)";
    public static final String LOCAL_REVIEWS = "Local child safeguarding practice reviews";

    private final ScrRouteFigures scrRoute;
    private final NotificationFigures notifications;
    private final RapidReviewFigures rapidReviews;
    private final LocalReviewFigures localReviews;
    private final PublishedFigures published;
    private final BoardSettings settings;

    YearlyReviewReport(ScrRouteFigures scrRoute, NotificationFigures notifications, RapidReviewFigures rapidReviews,
                       LocalReviewFigures localReviews, PublishedFigures published, BoardSettings settings) {
        this.scrRoute = scrRoute;
        this.notifications = notifications;
        this.rapidReviews = rapidReviews;
        this.localReviews = localReviews;
        this.published = published;
        this.settings = settings;
    }

    /** The business unit, the chair and the auditor read it. */
    public static boolean mayRead(Actor viewer) {
        return viewer.has(Role.PRG_COORDINATOR) || viewer.has(Role.CHAIR) || viewer.has(Role.AUDITOR);
    }

    public List<Row> rows(Actor viewer, int year) {
        if (!mayRead(viewer)) {
            throw new NotPermittedException("Not for this user");
        }
        Period period = new Period(year, null);
        Instant from = period.from();
        Instant to = period.to();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(SCR_ROUTE, "SCRs the chair decided to initiate", scrRoute.scrsInitiated(from, to)));
        rows.add(new Row(SCR_ROUTE, "Cases the chair decided not to initiate an SCR on (another review, or none)",
                scrRoute.scrsNotInitiated(from, to)));
        rows.add(new Row(SCR_ROUTE, "SCRs published", published.published(ReviewType.SCR, from, to)));
        rows.addAll(csprRoute(period));
        rows.add(new Row(LOCAL_REVIEWS, "Commissioned: the safeguarding partners decided to initiate one",
                rapidReviews.localReviewsCommissioned(from, to)));
        rows.add(new Row(LOCAL_REVIEWS, "Completed", localReviews.completed(from, to)));
        rows.add(new Row(LOCAL_REVIEWS, "Completed within six months of the decision to initiate",
                localReviews.completedWithinSixMonths(from, to)));
        rows.add(new Row(LOCAL_REVIEWS, "Published", published.published(ReviewType.LCSPR, from, to)));
        return rows;
    }

    private List<Row> csprRoute(Period period) {
        Instant from = period.from();
        Instant to = period.to();
        return List.of(
                new Row(CSPR_ROUTE, "Serious incidents notified to the national panel",
                        notifications.notifiedToPanel(period.firstDay(), period.end())),
                new Row(CSPR_ROUTE, "Notified within 5 working days of the local authority becoming aware",
                        notifications.notifiedWithinFiveWorkingDays(period.firstDay(), period.end())),
                new Row(CSPR_ROUTE, "Incidents the criteria said were not to be notified to the national panel",
                        notifications.notNotifiable(from, to)),
                new Row(CSPR_ROUTE, "Deaths of looked-after children notified to Ofsted and the Secretary of State",
                        notifications.lookedAfterChildDeathNotices(from, to)),
                new Row(CSPR_ROUTE, "Rapid reviews completed and sent to the national panel", rapidReviews.completed(from, to)),
                new Row(CSPR_ROUTE, "Rapid reviews sent within their 15 working days",
                        rapidReviews.completedWithinFifteenWorkingDays(from, to)),
                new Row(CSPR_ROUTE, "Rapid reviews asking the national panel to consider a national review",
                        rapidReviews.referredForNationalReview(from, to)),
                new Row(CSPR_ROUTE, "Responses of the national panel that it will consider a national review",
                        rapidReviews.panelWillConsiderNationalReview(period.firstDay(), period.end())));
    }

    /** The same rows for the PDF: one table per route, headed as the page's are. */
    public AnnualReportPdf.AnnualReport document(Actor viewer, int year) {
        List<Row> rows = rows(viewer, year);
        List<AnnualReportPdf.Figure> figures = rows.stream().map(Row::section).distinct()
                .map(section -> new AnnualReportPdf.Figure(section, "Figure",
                        rows.stream().filter(r -> r.section().equals(section))
                                .map(r -> new AnnualReportPdf.Bar(r.label(), r.value())).toList()))
                .toList();
        return new AnnualReportPdf.AnnualReport(settings.current().boardName(), year, figures);
    }
}
