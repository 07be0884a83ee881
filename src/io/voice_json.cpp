// Feedback items and account notes as JSON (voice_json.hpp).
#include "io/voice_json.hpp"

#include <unordered_set>
#include <utility>

#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;
using Reader = json_read::Reader;

// A list of objects with unique "id"s, each read by `one`.
template <typename Row, typename ReadOne>
bool read_list(const Json& list, const std::string& where, const char* what, std::vector<Row>& out,
               std::string& error, ReadOne one) {
    if (!list.is_array()) {
        error = where + ": expected a list of " + what + ", got " + list.type_name();
        return false;
    }
    std::vector<Row> rows(list.size());
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        if (!one(list[i], at, rows[i], error)) return false;
        if (!ids.insert(rows[i].id).second) {
            error = at + ": a second row with id \"" + rows[i].id + "\"";
            return false;
        }
    }
    out = std::move(rows);
    return true;
}

}  // namespace

Json feedback_to_json(const FeedbackItem& f) {
    Json j = {{"id", f.id},         {"account", f.account},       {"kind", to_string(f.kind)},
              {"title", f.title},   {"detail", f.detail},         {"area", f.area},
              {"status", to_string(f.status)}, {"date", format_iso(f.date)}, {"author", f.author}};
    if (!f.request.empty()) j["request"] = f.request;
    if (!f.competitor.empty()) j["competitor"] = f.competitor;
    return j;
}

bool feedback_from_json(const Json& j, const std::string& where, FeedbackItem& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"id", "account", "kind", "title", "request", "detail", "area", "status", "date", "author",
                             "competitor"}))
        return false;
    FeedbackItem f;
    if (!r.text(j, "id", where, f.id) || !r.text(j, "account", where, f.account) || !r.choice(j, "kind", where, f.kind) ||
        !r.text(j, "title", where, f.title) || !r.text(j, "request", where, f.request) ||
        !r.text(j, "detail", where, f.detail) || !r.text(j, "area", where, f.area) ||
        !r.choice(j, "status", where, f.status) || !r.date(j, "date", where, f.date) ||
        !r.text(j, "author", where, f.author) || !r.text(j, "competitor", where, f.competitor))
        return false;
    if (f.id.empty() || f.account.empty() || f.title.empty() || !f.date.ok())
        return r.fail(where, "a feedback item needs an id, an account, a title and a date");
    out = std::move(f);
    return true;
}

bool feedback_list_from_json(const Json& list, const std::string& where, std::vector<FeedbackItem>& out,
                             std::string& error) {
    return read_list(list, where, "feedback items", out, error, feedback_from_json);
}

Json note_to_json(const AccountNote& n) {
    return {{"id", n.id}, {"account", n.account}, {"date", format_iso(n.date)}, {"author", n.author}, {"text", n.text}};
}

bool note_from_json(const Json& j, const std::string& where, AccountNote& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"id", "account", "date", "author", "text"})) return false;
    AccountNote n;
    if (!r.text(j, "id", where, n.id) || !r.text(j, "account", where, n.account) || !r.date(j, "date", where, n.date) ||
        !r.text(j, "author", where, n.author) || !r.text(j, "text", where, n.text))
        return false;
    if (n.id.empty() || n.account.empty() || !n.date.ok() || n.text.empty())
        return r.fail(where, "a note needs an id, an account, a date and some text");
    out = std::move(n);
    return true;
}

bool notes_from_json(const Json& list, const std::string& where, std::vector<AccountNote>& out, std::string& error) {
    return read_list(list, where, "notes", out, error, note_from_json);
}

}  // namespace retain
