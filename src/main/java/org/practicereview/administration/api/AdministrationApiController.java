package org.practicereview.administration.api;

import java.net.URI;
import java.util.List;
import org.practicereview.administration.AgencyAdministration;
import org.practicereview.administration.ApiAccess;
import org.practicereview.administration.People;
import org.practicereview.administration.PersonDetails;
import org.practicereview.administration.SettingsAdministration;
import org.practicereview.administration.SignInHandedOver;
import org.practicereview.identity.AgencyDetails;
import org.practicereview.identity.IssuedToken;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administration pages' operations for scripts, with an administrator's system account token:
 * the same services, the same checks, the same trail. Refusals are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/admin")
class AdministrationApiController {

    private final People people;
    private final Users users;
    private final AgencyAdministration agencyAdministration;
    private final Agencies agencies;
    private final BoardSettings settings;
    private final SettingsAdministration settingsAdministration;
    private final ApiAccess apiAccess;
    /** Links are built from the configured public address, never from the Host header a client sent. */
    private final String publicUrl;

    AdministrationApiController(People people, Users users, AgencyAdministration agencyAdministration, Agencies agencies,
                                BoardSettings settings, SettingsAdministration settingsAdministration, ApiAccess apiAccess,
                                @org.springframework.beans.factory.annotation.Value("${practice-review.public-url}") String publicUrl) {
        this.apiAccess = apiAccess;
        this.people = people;
        this.users = users;
        this.agencyAdministration = agencyAdministration;
        this.agencies = agencies;
        this.settings = settings;
        this.settingsAdministration = settingsAdministration;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping("/people")
    List<AdminApi.Person> people(@RequestParam(required = false) String q) {
        return users.search(q, 500).stream().map(AdminApi.Person::of).toList();
    }

    @GetMapping("/people/{username}")
    AdminApi.Person person(@PathVariable String username) {
        return AdminApi.Person.of(account(username));
    }

    @PostMapping("/people")
    ResponseEntity<AdminApi.PersonAdded> addPerson(@RequestBody AdminApi.NewPerson body) {
        SignInHandedOver handedOver = people.add(CurrentUser.actor(), new PersonDetails(body.username(), body.displayName(),
                body.email(), body.roles(), body.agencyCode(), body.signIn(), body.temporaryPassword()));
        String link = handedOver.isLink() ? absolute(handedOver.linkPath()) : null;
        return ResponseEntity.created(URI.create("/api/admin/people/" + handedOver.username()))
                .header("Cache-Control", "no-store")
                .body(new AdminApi.PersonAdded(handedOver.username(), link, handedOver.linkExpires()));
    }

    @PutMapping("/people/{username}")
    AdminApi.Person changePerson(@PathVariable String username, @RequestBody AdminApi.PersonChange body) {
        account(username);
        return AdminApi.Person.of(people.change(CurrentUser.actor(), username, new PersonDetails(username, body.displayName(),
                body.email(), body.roles(), body.agencyCode(), null, null)));
    }

    @PostMapping("/people/{username}/deactivate")
    AdminApi.Person deactivate(@PathVariable String username) {
        account(username);
        people.deactivate(CurrentUser.actor(), username);
        return AdminApi.Person.of(account(username));
    }

    @PostMapping("/people/{username}/reactivate")
    AdminApi.Person reactivate(@PathVariable String username) {
        account(username);
        people.reactivate(CurrentUser.actor(), username);
        return AdminApi.Person.of(account(username));
    }

    @PostMapping("/people/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        account(username);
        people.unlock(CurrentUser.actor(), username);
        return ResponseEntity.noContent().build();
    }

    /** A new one-time sign-in link (the old password stops working): in this answer only. */
    @PostMapping("/people/{username}/sign-in")
    ResponseEntity<AdminApi.PersonAdded> newSignIn(@PathVariable String username) {
        account(username);
        SignInHandedOver handedOver = people.reset(CurrentUser.actor(), username, PersonDetails.LINK, null);
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
                .body(new AdminApi.PersonAdded(username, absolute(handedOver.linkPath()), handedOver.linkExpires()));
    }

    @GetMapping("/system-accounts")
    List<AdminApi.SystemAccount> systemAccounts() {
        return apiAccess.accounts().stream().map(AdminApi.SystemAccount::of).toList();
    }

    @PostMapping("/system-accounts")
    ResponseEntity<AdminApi.SystemAccount> addSystemAccount(@RequestBody AdminApi.NewSystemAccount body) {
        UserAccount account = apiAccess.addAccount(CurrentUser.actor(), body.username(), body.displayName(), body.purpose(),
                body.agencyCode());
        return ResponseEntity.created(URI.create("/api/admin/system-accounts/" + account.username()))
                .body(AdminApi.SystemAccount.of(account));
    }

    @GetMapping("/system-accounts/{username}/tokens")
    List<AdminApi.Token> tokens(@PathVariable String username) {
        systemAccount(username);
        return apiAccess.tokensOf(username).stream().map(AdminApi.Token::of).toList();
    }

    @PostMapping("/system-accounts/{username}/tokens")
    ResponseEntity<AdminApi.TokenIssued> issueToken(@PathVariable String username, @RequestBody AdminApi.NewToken body) {
        systemAccount(username);
        IssuedToken issued = apiAccess.issue(CurrentUser.actor(), username, body.name());
        return ResponseEntity.created(URI.create("/api/admin/system-accounts/" + username + "/tokens"))
                .header("Cache-Control", "no-store")
                .body(new AdminApi.TokenIssued(issued.id(), issued.name(), issued.token()));
    }

    @PostMapping("/system-accounts/{username}/tokens/{tokenId}/revoke")
    AdminApi.Token revokeToken(@PathVariable String username, @PathVariable String tokenId) {
        systemAccount(username);
        apiAccess.revoke(CurrentUser.actor(), username, tokenId);
        return apiAccess.tokensOf(username).stream().filter(t -> t.id().equals(tokenId)).findFirst()
                .map(AdminApi.Token::of).orElseThrow(AdminApi.NotFound::new);
    }

    @GetMapping("/agencies")
    List<AgencyDetails> agencies() {
        return agencies.everyAgency();
    }

    @PostMapping("/agencies")
    ResponseEntity<AgencyDetails> addAgency(@RequestBody AdminApi.AgencyBody body) {
        AgencyDetails agency = new AgencyDetails(AgencyAdministration.normaliseCode(body.code()), body.name(), body.sector(),
                body.mailbox(), true);
        agencyAdministration.add(CurrentUser.actor(), agency);
        return ResponseEntity.created(URI.create("/api/admin/agencies/" + agency.code()))
                .body(agencyAdministration.existing(agency.code()));
    }

    @GetMapping("/agencies/{code}")
    AgencyDetails agency(@PathVariable String code) {
        return agencyAdministration.existing(code);
    }

    @PutMapping("/agencies/{code}")
    AgencyDetails changeAgency(@PathVariable String code, @RequestBody AdminApi.AgencyBody body) {
        agencyAdministration.change(CurrentUser.actor(), code, new AgencyDetails(code, body.name(), body.sector(), body.mailbox(), true));
        return agencyAdministration.existing(code);
    }

    @PostMapping("/agencies/{code}/retire")
    AgencyDetails retire(@PathVariable String code) {
        agencyAdministration.retire(CurrentUser.actor(), code);
        return agencyAdministration.existing(code);
    }

    @PostMapping("/agencies/{code}/reinstate")
    AgencyDetails reinstate(@PathVariable String code) {
        agencyAdministration.reinstate(CurrentUser.actor(), code);
        return agencyAdministration.existing(code);
    }

    @GetMapping("/settings")
    SettingsVersion settings() {
        return settings.current();
    }

    @PutMapping("/settings")
    SettingsVersion changeSettings(@RequestBody SettingsChange body) {
        return settingsAdministration.change(CurrentUser.actor(), body);
    }

    private void systemAccount(String username) {
        if (!apiAccess.isSystemAccount(username)) {
            throw new AdminApi.NotFound();
        }
    }

    private String absolute(String path) {
        return publicUrl + path;
    }

    private UserAccount account(String username) {
        return users.find(username).orElseThrow(AdminApi.NotFound::new);
    }
}
