#include "core/voice/account_notes.hpp"

#include <algorithm>

#include "core/text_search.hpp"
#include "core/workspace.hpp"

namespace retain {

std::vector<size_t> search_notes(const Workspace& ws, const std::string& query, const std::string& account) {
    const std::string needle = fold_ascii(query);
    std::vector<size_t> hits;
    for (size_t i = 0; i < ws.notes.size(); ++i) {
        const AccountNote& n = ws.notes[i];
        if (!account.empty() && n.account != account) continue;
        bool hit = contains_folded(n.text, needle) || contains_folded(n.author, needle);
        if (!hit) {
            const AccountIx ix = ws.find_account(n.account);
            hit = ix != kNoAccount && contains_folded(ws.accounts[ix].name, needle);
        }
        if (hit) hits.push_back(i);
    }
    std::sort(hits.begin(), hits.end(), [&](size_t a, size_t b) {
        const Date da = ws.notes[a].date, db = ws.notes[b].date;
        if (da != db) return db < da;
        return a > b;
    });
    return hits;
}

}  // namespace retain
