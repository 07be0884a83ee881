// The Health view's derived tables, keyed by exactly what they are built from: the mix totals and the
// scorecard's shares (workspace revision), the table's row order (revision, history, sort, filter) and
// each row's why line (revision; filled the first time the row is drawn, so 100,000 accounts cost
// nothing until scrolled to). Drawing reads these and computes nothing.
#include <algorithm>
#include <cmath>

#include "app/views/views.hpp"
#include "core/account_query.hpp"

namespace retain {
namespace {

void build_summary(const AppState& app, HealthSummary& s) {
    const HealthScores& h = app.analysis.health;
    s.accounts.fill(0);
    s.arr.fill(Money{});
    for (size_t i = 0; i < h.color.size() && i < app.analysis.accounts.size(); ++i) {
        const size_t c = size_t(h.color[i]);
        ++s.accounts[c];
        s.arr[c].minor += app.analysis.accounts[i].arr.minor;
    }
    s.nominal_share.fill(0);
    for (const ScoringPlan::Item& item : compile_scorecard(app.ws.scorecard).items)
        s.nominal_share[size_t(item.input)] = item.nominal_share;
    s.scorecard_problem = scorecard_problem(app.ws.scorecard);
    s.built_revision = app.revision;
}

// Case-folded name order, the accounts table's.
bool name_less(const std::string& a, const std::string& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return fold(x) < fold(y);
    });
}

// The sort key of a numeric column; NaN (not scored, no trend) sorts last whichever the direction.
double numeric_key(const AppState& app, HealthSortColumn column, AccountIx ix) {
    const HealthScores& h = app.analysis.health;
    switch (column) {
        case HealthSortColumn::color: {
            // Red first when ascending: the order of risk, not of the enum.
            static const double kRank[4] = {NAN, 0, 1, 2};
            return kRank[int(h.color[ix])];
        }
        case HealthSortColumn::score: return h.score[ix];
        case HealthSortColumn::trend: {
            const HealthViewState& v = app.health_view;
            if (!v.history_ready || ix >= v.history.accounts || v.history.weeks() < 5) return NAN;
            const size_t last = v.history.weeks() - 1;
            return double(v.history.score(ix, last)) - double(v.history.score(ix, last - 4));
        }
        case HealthSortColumn::missing: return double(__builtin_popcount(h.missing[ix]));
        case HealthSortColumn::arr: return double(app.analysis.accounts[ix].arr.minor);
        default: return 0;
    }
}

void build_rows(const AppState& app, HealthTableState& t) {
    const HealthScores& h = app.analysis.health;
    const size_t n = std::min(app.ws.accounts.size(), h.color.size());
    t.rows.clear();
    for (AccountIx ix = 0; ix < n; ++ix)
        if (t.color_filter < 0 || int(h.color[ix]) == t.color_filter) t.rows.push_back(ix);

    const Workspace& ws = app.ws;
    const HealthSortColumn column = t.sort;
    const bool desc = t.descending;
    if (column == HealthSortColumn::name || column == HealthSortColumn::owner) {
        const auto text = [&](AccountIx ix) -> const std::string& {
            return column == HealthSortColumn::name ? ws.accounts[ix].name : owner_name(ws, ws.accounts[ix]);
        };
        std::stable_sort(t.rows.begin(), t.rows.end(), [&](AccountIx a, AccountIx b) {
            return desc ? name_less(text(b), text(a)) : name_less(text(a), text(b));
        });
        return;
    }
    std::vector<double> key(n);  // only on a rebuild, never per frame
    for (AccountIx ix : t.rows) key[ix] = numeric_key(app, column, ix);
    // Ties keep name order (then index), so the order is stable from one rebuild to the next.
    std::sort(t.rows.begin(), t.rows.end(), [&](AccountIx a, AccountIx b) {
        const double x = key[a], y = key[b];
        const bool xn = std::isnan(x), yn = std::isnan(y);
        if (xn != yn) return yn;
        if (!xn && x != y) return desc ? x > y : x < y;
        const std::string &na = ws.accounts[a].name, &nb = ws.accounts[b].name;
        if (name_less(na, nb)) return true;
        if (name_less(nb, na)) return false;
        return a < b;
    });
}

void fill_text(AppState& app, AccountIx ix) {
    HealthTableState& t = app.health_view.table;
    const Analysis& a = app.analysis;
    const HealthExplanation x =
        explain_health(app.ws, a.health_inputs, app.ws.scorecard, a.health, app.ws.health_overrides, ix);
    t.why[ix] = x.why;
    std::string& m = t.missing[ix];
    m.clear();
    for (const std::string& label : x.missing) m += (m.empty() ? "" : ", ") + label;
    t.text_ready[ix] = 1;
}

}  // namespace

void refresh_health_view_cache(AppState& app) {
    HealthViewState& v = app.health_view;
    if (v.summary.built_revision != app.revision) build_summary(app, v.summary);
    HealthTableState& t = v.table;
    if (t.built_revision != app.revision) {
        const size_t n = app.ws.accounts.size();
        t.why.assign(n, std::string());
        t.missing.assign(n, std::string());
        t.text_ready.assign(n, 0);
    }
    if (t.labels_history != v.history_version) {
        t.week_text.clear();
        for (Date d : v.history.dates) t.week_text.push_back("Week of " + format_iso(d));
        t.week_labels.clear();
        for (const std::string& w : t.week_text) t.week_labels.push_back(w.c_str());
        t.labels_history = v.history_version;
    }
    if (t.dirty || t.built_revision != app.revision || t.built_history != v.history_version) {
        build_rows(app, t);
        t.built_revision = app.revision;
        t.built_history = v.history_version;
        t.dirty = false;
    }
}

const std::string& health_why_text(AppState& app, AccountIx ix) {
    static const std::string kNone;
    HealthTableState& t = app.health_view.table;
    if (ix >= t.text_ready.size()) return kNone;
    if (!t.text_ready[ix]) fill_text(app, ix);
    return t.why[ix];
}

const std::string& health_missing_text(AppState& app, AccountIx ix) {
    static const std::string kNone;
    HealthTableState& t = app.health_view.table;
    if (ix >= t.text_ready.size()) return kNone;
    if (!t.text_ready[ix]) fill_text(app, ix);
    return t.missing[ix];
}

}  // namespace retain
