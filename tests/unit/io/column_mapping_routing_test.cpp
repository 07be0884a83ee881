// Routing a file to the entity its headers match (io/entity_routing.hpp): the worked score, the ranking,
// the reason shown to the user, sample words breaking a tie of headers, and when to ask the user.
#include <doctest/doctest.h>

#include "column_mapping_test_helpers.hpp"
#include "io/entity_routing.hpp"

using namespace retain;
using namespace retain::test;

namespace {

const EntityScore& score_of(const std::vector<EntityScore>& ranking, ImportEntity entity) {
    for (const EntityScore& s : ranking)
        if (s.entity == entity) return s;
    FAIL("entity not ranked");
    return ranking.front();
}

}  // namespace

TEST_CASE("every entity is ranked, best first, each with its own mapping") {
    const std::vector<std::string> headers = {"Ticket ID", "Organization", "Created at", "Priority"};
    const std::vector<EntityScore> ranking = route_file(headers);
    REQUIRE(ranking.size() == static_cast<size_t>(kImportEntityCount));
    for (size_t i = 1; i < ranking.size(); ++i) CHECK(ranking[i - 1].score >= ranking[i].score);
    CHECK(ranking[0].entity == ImportEntity::tickets);
    CHECK(ranking[0].mapping.entity == ImportEntity::tickets);
    CHECK(field_key_of(ranking[0].mapping, 3) == "priority");
}

TEST_CASE("the score counts each mapped column by how few entities know its header") {
    // "Account ID" is known to 9 entities (the accounts' id and every child's account), "Month" to 2
    // (MRR month; usage date at 0.85), "MRR" to 2 (MRR; accounts' current MRR).
    const std::vector<EntityScore> ranking = route_file({"Account ID", "Month", "MRR"});
    const EntityScore& mrr = score_of(ranking, ImportEntity::mrr);
    CHECK(mrr.score == doctest::Approx(1.0 / 9 + 1.0 / 2 + 1.0 / 2));
    CHECK(mrr.matched_fields == 3);
    CHECK(mrr.total_fields == 3);
    CHECK(mrr.reason == "matched 3 of 3 MRR snapshot fields: account, month, mrr");
    // Accounts: the id and the current MRR, and no required field missing.
    CHECK(score_of(ranking, ImportEntity::accounts).score == doctest::Approx(1.0 / 9 + 1.0 / 2));
    // Usage: account and date (0.85 / 2), both its required fields.
    CHECK(score_of(ranking, ImportEntity::usage).score == doctest::Approx(1.0 / 9 + 0.85 / 2));
    CHECK(ranking[0].entity == ImportEntity::mrr);
}

TEST_CASE("an entity missing required fields keeps a share of its score and says what is missing") {
    // Subscriptions: account (1/9) and amount ("Amount": subscriptions 1, MRR 0.8 -> 1/2) of its three
    // required fields (account, start, amount): x (0.25 + 0.75 x 2/3) = x 0.75.
    const std::vector<EntityScore> ranking = route_file({"Account ID", "Amount"});
    const EntityScore& subs = score_of(ranking, ImportEntity::subscriptions);
    CHECK(subs.score == doctest::Approx((1.0 / 9 + 1.0 / 2) * 0.75));
    CHECK(subs.reason == "matched 2 of 10 subscription fields: account, amount; missing required: start");
}

TEST_CASE("a file no entity knows scores nothing and is left to the user") {
    const std::vector<EntityScore> ranking = route_file({"Foo", "Bar"});
    for (const EntityScore& s : ranking) CHECK(s.score == 0);
    CHECK(routing_is_ambiguous(ranking));
    CHECK(score_of(ranking, ImportEntity::accounts).reason == "matched none of the 21 account fields; missing required: id");
    CHECK(routing_is_ambiguous({}));
}

TEST_CASE("headers every dated entity knows are ambiguous; ties keep the catalog order") {
    const std::vector<EntityScore> ranking = route_file({"Account ID", "Date"});
    CHECK(routing_is_ambiguous(ranking));
    CHECK(ranking[0].entity == ImportEntity::usage);
    CHECK(ranking[1].entity == ImportEntity::touchpoints);
    CHECK(ranking[0].score == doctest::Approx(ranking[1].score));
}

TEST_CASE("a real export is a clear choice") {
    const std::vector<std::string> zendesk = {"Id", "Requester email", "Status", "Priority", "Created at",
                                              "Organization", "Solved at", "Satisfaction Score"};
    CHECK(!routing_is_ambiguous(route_file(zendesk)));
}

TEST_CASE("the words in a Kind column decide between touchpoints and surveys") {
    const std::vector<std::string> headers = {"Account ID", "Date", "Kind"};
    const SampleRows meetings = {{"A-1", "2024-01-02", "QBR"}, {"A-2", "2024-02-03", "call"}};
    const SampleRows surveys = {{"A-1", "2024-01-02", "NPS"}, {"A-2", "2024-02-03", "csat"}};
    CHECK(route_file(headers, &meetings)[0].entity == ImportEntity::touchpoints);
    CHECK(route_file(headers, &surveys)[0].entity == ImportEntity::surveys);

    // With survey words the touchpoint kind is not mapped, and fitting words count a quarter more.
    const std::vector<EntityScore> ranking = route_file(headers, &surveys);
    CHECK(field_key_of(score_of(ranking, ImportEntity::touchpoints).mapping, 2) == "-");
    // Surveys: account 1/9, date ("Date": usage, surveys, touchpoints, feedback, MRR month at 0.85 -> 1/5),
    // kind (only surveys now) 1 x 1.25; required: 3 of 4 (no score) -> x (0.25 + 0.75 x 3/4).
    CHECK(score_of(ranking, ImportEntity::surveys).score ==
          doctest::Approx((1.0 / 9 + 1.0 / 5 + 1.25) * (0.25 + 0.75 * 3 / 4)));
}

TEST_CASE("Zendesk statuses in a Status column keep accounts from taking it") {
    const std::vector<std::string> headers = {"Id", "Organization", "Status"};
    const SampleRows rows = {{"1", "Acme", "open"}, {"2", "Globex", "solved"}, {"3", "Initech", "hold"}};
    CHECK(field_key_of(score_of(route_file(headers), ImportEntity::accounts).mapping, 2) == "status");
    CHECK(field_key_of(score_of(route_file(headers, &rows), ImportEntity::accounts).mapping, 2) == "-");
}
