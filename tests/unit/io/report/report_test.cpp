// Reports (src/io/report): the QBR pack and the team report carry the core's figures for the demo
// workspace (each expected value read from the core function that defines it), the HTML is one
// self-contained, balanced document, and user text is escaped in both formats.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>
#include <vector>

#include "core/analysis.hpp"
#include "core/demo_generator.hpp"
#include "core/metrics/health_distribution.hpp"
#include "core/metrics/renewal_windows.hpp"
#include "io/report/account_report.hpp"
#include "io/report/report_html.hpp"
#include "io/report/report_markdown.hpp"
#include "io/report/team_report.hpp"

using namespace retain;

namespace {

struct Demo {
    Workspace ws = generate_demo(DemoOptions{});
    Analysis an = analyse(ws, Date::from_ymd(2026, 11, 22));
};

const Demo& demo() {
    static const Demo d;
    return d;
}

std::string percent(std::optional<double> r) {
    REQUIRE(r.has_value());
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", *r * 100);
    return buf;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A tiny well-formedness check: every element opened is closed in order, void elements excepted;
// attribute values are quoted, so a '>' inside a tag would show as an unbalanced tag.
std::string unbalanced_tag(const std::string& html) {
    static const char* const kVoid[] = {"meta", "br", "hr", "img", "input", "link"};
    std::vector<std::string> open;
    size_t i = 0;
    while ((i = html.find('<', i)) != std::string::npos) {
        const size_t end = html.find('>', i);
        if (end == std::string::npos) return "unterminated tag at " + std::to_string(i);
        std::string tag = html.substr(i + 1, end - i - 1);
        i = end + 1;
        if (tag.empty()) return "empty tag";
        if (tag[0] == '!') continue;  // <!DOCTYPE html>
        const bool closing = tag[0] == '/';
        const bool self_closing = tag.back() == '/';
        std::string name = tag.substr(closing ? 1 : 0);
        name = name.substr(0, name.find_first_of(" /"));
        bool is_void = false;
        for (const char* v : kVoid) is_void = is_void || name == v;
        if (closing) {
            if (open.empty() || open.back() != name) return "</" + name + "> closes " + (open.empty() ? "nothing" : "<" + open.back() + ">");
            open.pop_back();
        } else if (!self_closing && !is_void) {
            open.push_back(name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> never closed";
}

void check_self_contained(const std::string& html) {
    CHECK_FALSE(has(html, "http:"));
    CHECK_FALSE(has(html, "https:"));
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "src="));
    CHECK_FALSE(has(html, "href="));
    CHECK_FALSE(has(html, "url("));
    CHECK_FALSE(has(html, "@import"));
    CHECK(has(html, "@media print"));
    CHECK(has(html, "break-inside:avoid"));
    CHECK(unbalanced_tag(html) == "");
}

// The demo's active account with the most ARR: it has usage, tasks and a renewal to report.
AccountIx largest_account(const Demo& d) {
    AccountIx best = 0;
    for (AccountIx i = 0; i < AccountIx(d.ws.accounts.size()); ++i)
        if (d.an.accounts[i].arr > d.an.accounts[best].arr) best = i;
    return best;
}

}  // namespace

TEST_CASE("the tag checker catches unbalanced HTML") {
    CHECK(unbalanced_tag("<p><b>x</b></p>") == "");
    CHECK(unbalanced_tag("<p><b>x</p>") != "");
    CHECK(unbalanced_tag("<p>x") != "");
    CHECK(unbalanced_tag("<svg><circle r=\"3\"><title>t</title></circle><line x1=\"1\"/></svg>") == "");
}

TEST_CASE("the team report carries the core's NRR, GRR, logo churn, ARR, health mix and renewals for the demo") {
    const Demo& d = demo();
    const std::string html = render_report_html(build_team_report(d.ws, d.an, {}));
    const std::string md = render_report_markdown(build_team_report(d.ws, d.an, {}));
    const MetricsReport& m = d.an.metrics;
    for (const std::string* text : {&html, &md}) {
        CHECK(has(*text, percent(m.trailing_12.nrr())));
        CHECK(has(*text, percent(m.trailing_12.grr())));
        CHECK(has(*text, percent(m.period.cohort.logo_churn_rate())));
        CHECK(has(*text, "No feedback recorded"));
    }
    CHECK(has(html, format_money(d.an.total_arr, d.ws.settings.currency)));
    const RenewalWindow w = renewals_ahead(d.ws, d.an.mrr, all_accounts(d.ws), d.an.as_of, 90);
    CHECK(w.accounts > 0);
    CHECK(has(html, "<dt>Renewals due</dt><dd>" + format_count(w.accounts) + "</dd>"));
    CHECK(has(html, "<dt>ARR up for renewal</dt><dd>" + format_money(w.arr, d.ws.settings.currency) + "</dd>"));
    CHECK(has(html, "<td>Red</td><td class=\"num\">" + format_count(d.an.health_mix[1]) + "</td>"));
    CHECK(has(html, "<td>Green</td><td class=\"num\">" + format_count(d.an.health_mix[3]) + "</td>"));
    // The top risk is the red account with the most ARR.
    AccountIx top = kNoAccount;
    for (AccountIx i = 0; i < AccountIx(d.ws.accounts.size()); ++i)
        if (d.an.health.color[i] == HealthColor::red && (top == kNoAccount || d.an.accounts[i].arr > d.an.accounts[top].arr)) top = i;
    REQUIRE(top != kNoAccount);
    CHECK(has(html, "<tr><td>" + html_escape(d.ws.accounts[top].name) + "</td>"));
    // The MRR trend is a chart with one point per month of the range.
    CHECK(has(html, "<svg class=\"chart\""));
    size_t points = 0;
    for (size_t at = 0; (at = html.find("<circle", at)) != std::string::npos; ++at) ++points;
    CHECK(points == m.revenue.months.size());
    check_self_contained(html);
}

TEST_CASE("the team report lists the feedback board's requests when it gets them") {
    const Demo& d = demo();
    std::vector<FeedbackRequestRow> rows{{"SSO for <everyone>", 4, Money(1200000), Money(300000)}};
    const std::string html = render_report_html(build_team_report(d.ws, d.an, rows));
    CHECK_FALSE(has(html, "No feedback recorded"));
    CHECK(has(html, "<td>SSO for &lt;everyone&gt;</td><td class=\"num\">4</td>"));
}

TEST_CASE("the QBR pack carries the account's ARR, NRR, health and open tasks from the core") {
    const Demo& d = demo();
    const AccountIx ix = largest_account(d);
    const Account& a = d.ws.accounts[ix];
    const std::string html = render_report_html(build_account_report(d.ws, d.an, ix));
    CHECK(has(html, "<h1>" + html_escape(a.name) + ": account review</h1>"));
    CHECK(has(html, "<dt>ARR</dt><dd>" + format_money(d.an.accounts[ix].arr, d.ws.settings.currency) + "</dd>"));
    AccountSubset one;
    one.accounts = {ix};
    const CohortRetention r = trailing_12_retention(d.an.mrr, one, Month::of(d.an.as_of));
    CHECK(has(html, "<dt>NRR (12 months)</dt><dd>" + percent(r.nrr()) + "</dd>"));
    CHECK(has(html, std::string("<dt>Color</dt><dd>") + color_label(d.an.health.color[ix]) + "</dd>"));
    for (const char* heading : {"Goals and outcomes", "Health", "Usage trend", "Value delivered", "Open risks", "Next steps"})
        CHECK(has(html, std::string("<h2>") + heading + "</h2>"));
    check_self_contained(html);
    const std::string md = render_report_markdown(build_account_report(d.ws, d.an, ix));
    CHECK(has(md, "# " + markdown_escape(a.name) + ": account review"));
    CHECK(has(md, "## Usage trend"));
    CHECK(has(md, "- **NRR (12 months):** " + percent(r.nrr())));
}

TEST_CASE("user text is escaped in HTML and Markdown") {
    DemoOptions o;
    o.accounts = 20;
    Workspace ws = generate_demo(o);
    ws.accounts[0].name = "<b>\"Tom\" & Jerry's</b> | *Co*";
    ws.settings.name = "<script>alert(1)</script>";
    const Analysis an = analyse(ws, Date::from_ymd(2026, 11, 22));
    const std::string html = render_report_html(build_account_report(ws, an, 0));
    CHECK(has(html, "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt; | *Co*"));
    CHECK_FALSE(has(html, "<b>\"Tom\""));
    CHECK_FALSE(has(html, "<script>"));
    check_self_contained(html);
    const std::string md = render_report_markdown(build_account_report(ws, an, 0));
    CHECK(has(md, "\\<b\\>\"Tom\" & Jerry's\\</b\\> \\| \\*Co\\*"));
    CHECK(markdown_escape("a\nb") == "a b");
    CHECK(html_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
}

TEST_CASE("an account without usage or tasks says so instead of drawing empty frames") {
    Workspace ws;
    Account a;
    a.id = "A1";
    a.name = "Quiet Co";
    ws.accounts.push_back(a);
    ws.reindex();
    const Analysis an = analyse(ws, Date::from_ymd(2026, 11, 22));
    const std::string html = render_report_html(build_account_report(ws, an, 0));
    CHECK(has(html, "Not enough usage data for a trend"));
    CHECK(has(html, "No open tasks."));
    CHECK_FALSE(has(html, "<svg"));
    check_self_contained(html);
    const std::string team = render_report_html(build_team_report(ws, an, {}));
    CHECK(has(team, "No red accounts."));
    check_self_contained(team);
}
