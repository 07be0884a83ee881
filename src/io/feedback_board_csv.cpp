#include "io/feedback_board_csv.hpp"

#include "io/csv_writer.hpp"

namespace retain {

std::string feedback_board_csv(const Workspace& ws, const FeedbackBoard& board) {
    std::string out;
    CsvWriter w(out);
    for (const char* h : {"request", "title", "kind", "area", "status", "accounts", "arr", "arr_at_risk",
                          "at_risk_accounts", "items", "first_date", "last_date", "account_names"})
        w.text(h);
    w.end_row();
    for (const FeedbackRequest& r : board.requests) {
        w.text(r.key);
        w.text(r.title);
        w.text(to_string(r.kind));
        w.text(r.area);
        w.text(to_string(r.status));
        w.integer(int64_t(r.accounts.size()));
        w.money(r.arr);
        w.money(r.arr_at_risk);
        w.integer(r.at_risk_accounts);
        w.integer(int64_t(r.items.size()));
        w.number(format_iso(r.first));
        w.number(format_iso(r.last));
        std::string names;
        for (const AccountIx ix : r.accounts) names += (names.empty() ? "" : "; ") + ws.accounts[ix].name;
        w.text(names);
        w.end_row();
    }
    return out;
}

}  // namespace retain
