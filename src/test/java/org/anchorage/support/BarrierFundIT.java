package org.anchorage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anchorage.IntegrationTest;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.programme.Programme;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The barrier fund on PostgreSQL: a budget per programme, requests by the navigator, approval by another
 * manager only, what is left worked out as budget − approved − spent and refused above it when asked and
 * when approved (two managers approving at the same moment cannot overspend), payments against the person,
 * every bad amount named, and totals for reporting.
 */
class BarrierFundIT extends IntegrationTest {

    @Autowired
    BarrierFunds funds;

    @Autowired
    SupportActions actions;

    @Autowired
    Participants participants;

    @Autowired
    ApplicationContext context;

    SupportPeople people;
    Programme programme;
    SignedInUser manager;
    SignedInUser navigator;

    @BeforeEach
    void aProgrammeWithAFundOfItsOwn() {
        people = new SupportPeople(context);
        programme = people.programme();
        manager = people.demo(Role.PROGRAMME_MANAGER);
        navigator = people.demo(Role.NAVIGATOR);
    }

    private LocalDate today() {
        return participants.today();
    }

    private BarrierFund budget(String pounds) {
        return funds.setBudget(programme.id(), pounds, today().minusMonths(3), today().plusMonths(6), null, manager);
    }

    private UUID ask(ParticipantId person, String amount, SignedInUser by) {
        return funds.request(person, new BarrierFundRequest.New(amount, "Travel to training", "A bus pass", null), by);
    }

    private long requests() {
        return jdbc.sql("SELECT count(*) FROM support_fund_request").query(Long.class).single();
    }

    @Test
    void a_navigator_asks_another_manager_approves_and_what_was_paid_is_recorded_against_the_person() throws Exception {
        budget("500");
        ParticipantId person = people.person(programme, "Quinn", "transport");
        UUID pass = actions.add(person, new SupportAction.New("transport", "travel-pass", "Bus pass", "navigator", null, today().plusDays(3),
                ""), navigator);
        UUID request = funds.request(person, new BarrierFundRequest.New("£32.50", "No money for travel until the first wage",
                "A 4-week bus pass", pass), navigator);
        BarrierFundRequest waiting = funds.request(request, manager);
        assertThat(waiting.amountPence()).isEqualTo(3250);
        assertThat(waiting.action()).isEqualTo(pass);
        assertThat(waiting.statusLabel()).isEqualTo("Waiting for approval");
        assertThat(funds.waiting(manager)).extracting(BarrierFundRequest::id).contains(request);
        assertThat(funds.waitingCount(manager)).isPositive();
        // Waiting money is not taken off what is left; approved money is.
        assertThat(funds.fund(programme.id(), manager).orElseThrow().remainingPence()).isEqualTo(50000);

        funds.decide(request, waiting.version(), true, "", manager);
        BarrierFund afterApproval = funds.fund(programme.id(), manager).orElseThrow();
        assertThat(afterApproval.approvedPence()).isEqualTo(3250);
        assertThat(afterApproval.remaining()).isEqualTo("£467.50");

        // Paid less than approved: the difference goes back to the fund.
        mvc.perform(post("/barrier-fund/requests/{id}/spend", request).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("amount", "30").param("paidOnDay", String.valueOf(today().getDayOfMonth()))
                        .param("paidOnMonth", String.valueOf(today().getMonthValue())).param("paidOnYear", String.valueOf(today().getYear()))
                        .param("howPaid", "card").param("receiptReference", "RCPT-0042"))
                .andExpect(status().is3xxRedirection());
        BarrierFund afterSpend = funds.fund(programme.id(), manager).orElseThrow();
        assertThat(afterSpend.spentPence()).isEqualTo(3000);
        assertThat(afterSpend.approvedPence()).isZero();
        assertThat(afterSpend.remainingPence()).isEqualTo(47000);
        BarrierFundRequest paid = funds.request(request, navigator);
        assertThat(paid.spend().amountPence()).isEqualTo(3000);
        assertThat(paid.spend().receiptReference()).isEqualTo("RCPT-0042");
        assertThat(paid.statusLabel()).isEqualTo("Paid");
        assertThatThrownBy(() -> funds.recordSpend(request, new BarrierFundRequest.NewSpend("1", today(), "cash", "again"), manager))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already paid");
        assertThat(participants.timeline(person, navigator)).extracting(org.anchorage.participant.TimelineEntry::detail)
                .anyMatch(d -> d.startsWith("Barrier fund asked for £32.50")).anyMatch(d -> d.equals("Barrier fund request of £32.50 approved"))
                .anyMatch(d -> d.equals("Barrier fund paid £30.00 for A 4-week bus pass"));

        var totals = funds.totals(programme.id(), today().minusDays(1), today(), manager);
        assertThat(totals.requested()).isEqualTo(1);
        assertThat(totals.approved()).isEqualTo(1);
        assertThat(totals.approvedPence()).isEqualTo(3250);
        assertThat(totals.spentPence()).isEqualTo(3000);
        assertThat(totals.peopleHelped()).isEqualTo(1);
        assertThat(funds.totals(programme.id(), today().plusDays(1), today().plusDays(30), people.demo(Role.FUNDER)).spentPence()).isZero();
        assertThatThrownBy(() -> funds.totals(programme.id(), today(), today(), navigator)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void nobody_approves_their_own_request() throws Exception {
        budget("500");
        ParticipantId person = people.person(programme, "Sage", "childcare-caring");
        UUID request = ask(person, "120.00", manager);
        assertThatThrownBy(() -> funds.decide(request, 0, true, "", manager)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("You cannot approve a request you made").extracting("field").isEqualTo("decision");
        assertThatThrownBy(() -> funds.decide(request, 0, false, "No", manager)).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("decision");
        // The page names the field in the error summary, and nothing is decided.
        String page = mvc.perform(post("/barrier-fund/requests/{id}/decision", request).with(as(Role.PROGRAMME_MANAGER)).with(csrf())
                        .param("decision", "approve").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#decision\"").contains("You cannot approve a request you made");
        assertThat(funds.request(request, manager).status()).isEqualTo("waiting");
        // Nor does the header count it as waiting for them.
        SignedInUser second = people.colleague(Role.PROGRAMME_MANAGER);
        int beforeSecondDecides = funds.waitingCount(second);
        assertThat(beforeSecondDecides).isPositive();
        funds.decide(request, 0, true, "Fine", second);
        assertThat(funds.request(request, manager).status()).isEqualTo("approved");
        assertThat(funds.request(request, manager).decidedByName()).isEqualTo(second.displayName());
        assertThat(funds.waitingCount(second)).isEqualTo(beforeSecondDecides - 1);
        // A navigator can ask but never decide.
        UUID another = ask(person, "5", navigator);
        assertThatThrownBy(() -> funds.decide(another, 0, true, "", navigator)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void a_request_above_what_is_left_is_refused_when_made_and_when_approved() throws Exception {
        budget("100");
        ParticipantId person = people.person(programme, "Wren", "transport");
        UUID first = ask(person, "60", navigator);
        UUID second = ask(person, "60", navigator);
        long before = requests();
        assertThatThrownBy(() -> ask(person, "100.01", navigator)).isInstanceOf(RuleViolation.class)
                .hasMessage("The amount is more than the £100.00 left in the barrier fund").extracting("field").isEqualTo("amount");
        funds.decide(first, 0, true, "", manager);
        assertThatThrownBy(() -> funds.decide(second, 0, true, "", manager)).isInstanceOf(RuleViolation.class)
                .hasMessage("Approving £60.00 would spend more than the £40.00 left in the barrier fund").extracting("field").isEqualTo("decision");
        assertThat(funds.request(second, manager).status()).isEqualTo("waiting");
        // On the page, the over-budget request names the amount field and nothing is saved.
        String page = mvc.perform(post("/participants/{id}/support/fund-requests", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                        .param("amount", "40.01").param("buys", "Shoes").param("reason", "Interview"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#amount\"").contains("more than the £40.00 left");
        assertThat(requests()).isEqualTo(before);
        // Refusing needs a reason; the refused money was never taken off.
        assertThatThrownBy(() -> funds.decide(second, 0, false, " ", manager)).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("reason");
        funds.decide(second, 0, false, "Over budget this year", manager);
        assertThat(funds.fund(programme.id(), manager).orElseThrow().remainingPence()).isEqualTo(4000);
        // The budget cannot be cut below what is already approved.
        assertThatThrownBy(() -> funds.setBudget(programme.id(), "59.99", today().minusMonths(3), today().plusMonths(6), 0, manager))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("budget");
        // Paid more than approved is refused.
        assertThatThrownBy(() -> funds.recordSpend(first, new BarrierFundRequest.NewSpend("60.01", today(), "card", "R1"), manager))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be more than the £60.00 approved");
    }

    @Test
    void two_managers_approving_at_the_same_moment_cannot_spend_more_than_the_budget() throws Exception {
        budget("100");
        ParticipantId person = people.person(programme, "Birch", "transport");
        List<UUID> asked = List.of(ask(person, "70", navigator), ask(person, "70", navigator));
        List<SignedInUser> managers = List.of(manager, people.colleague(Role.PROGRAMME_MANAGER));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            UUID request = asked.get(i);
            SignedInUser by = managers.get(i);
            results.add(pool.submit((Callable<String>) () -> {
                go.await();
                try {
                    funds.decide(request, 0, true, "", by);
                    return "approved";
                } catch (RuleViolation e) {
                    return e.field();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("approved", "decision");
        BarrierFund fund = funds.fund(programme.id(), manager).orElseThrow();
        assertThat(fund.approvedPence()).isEqualTo(7000);
        assertThat(fund.remainingPence()).isEqualTo(3000);
    }

    @Test
    void amounts_of_nothing_zero_or_less_or_with_more_than_two_decimals_are_refused_naming_the_field() throws Exception {
        budget("100");
        ParticipantId person = people.person(programme, "Fern", "transport");
        long before = requests();
        for (String amount : List.of("", "0", "0.00", "-5", "12.345", "twelve", "1.2.3")) {
            String page = mvc.perform(post("/participants/{id}/support/fund-requests", person.value()).with(as(Role.NAVIGATOR)).with(csrf())
                            .param("amount", amount).param("buys", "").param("reason", ""))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(amount).contains("href=\"#amount\"").contains("href=\"#buys\"").contains("href=\"#reason\"");
        }
        assertThat(requests()).isEqualTo(before);
        assertThat(BarrierFundMoney.problemWith("12.345", "the amount")).contains("Enter the amount with no more than 2 decimal places (pounds and pence)");
        assertThat(BarrierFundMoney.problemWith("0", "the amount")).contains("Amount must be more than £0");
        assertThat(BarrierFundMoney.problemWith("12.50", "the amount")).isEmpty();
        assertThat(BarrierFundMoney.problemWith("12.500", "the amount")).isEmpty();
        assertThat(BarrierFundMoney.pence("£1,234.5")).isEqualTo(123450);
        assertThatThrownBy(() -> funds.setBudget(programme.id(), "-1", today(), today().plusMonths(1), 0, manager))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("budget");
        String budgetPage = mvc.perform(post("/programmes/{id}/barrier-fund", programme.id().value()).with(as(Role.PROGRAMME_MANAGER))
                        .with(csrf()).param("budget", "10.001").param("yearStartsDay", "1").param("yearStartsMonth", "4")
                        .param("yearStartsYear", "2026").param("yearEndsDay", "1").param("yearEndsMonth", "4").param("yearEndsYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(budgetPage).contains("href=\"#budget\"").contains("href=\"#yearEnds\"");
        assertThat(funds.fund(programme.id(), manager).orElseThrow().budgetPence()).isEqualTo(10000);
    }

    @Test
    void a_programme_without_a_fund_refuses_requests_and_other_navigators_do_not_see_them() throws Exception {
        ParticipantId person = people.person(programme, "Holly", "transport");
        assertThatThrownBy(() -> ask(person, "10", navigator)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no barrier fund yet").extracting("field").isEqualTo("amount");
        budget("50");
        UUID request = ask(person, "10", navigator);
        SignedInUser other = people.colleague(Role.NAVIGATOR);
        assertThatThrownBy(() -> funds.request(request, other)).isInstanceOf(RecordNotFound.class);
        mvc.perform(get("/barrier-fund/requests/{id}", request).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/barrier-fund/requests/{id}", request).with(as(Role.NAVIGATOR))).andExpect(status().isOk());
        String overview = mvc.perform(get("/barrier-fund").with(as(Role.PROGRAMME_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(overview).contains(programme.name()).contains("/barrier-fund/requests/" + request);
    }
}
