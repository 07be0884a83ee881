#include "core/account_query.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace retain {
namespace {

const char* const kColumns[] = {"name", "segment", "owner", "arr", "renewal", "stage"};

// ASCII case folding is enough for the search box: ids, domains and most names; non-ASCII bytes
// compare exactly.
char fold(char c) { return char(std::tolower(static_cast<unsigned char>(c))); }

bool contains_folded(const std::string& haystack, std::string_view folded_needle) {
    if (folded_needle.empty()) return true;
    if (haystack.size() < folded_needle.size()) return false;
    const size_t last = haystack.size() - folded_needle.size();
    for (size_t i = 0; i <= last; ++i) {
        size_t k = 0;
        while (k < folded_needle.size() && fold(haystack[i + k]) == folded_needle[k]) ++k;
        if (k == folded_needle.size()) return true;
    }
    return false;
}

int compare_text(const std::string& a, const std::string& b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const char x = fold(a[i]), y = fold(b[i]);
        if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

}  // namespace

const char* to_string(AccountColumn c) { return kColumns[int(c)]; }

bool parse_enum(const std::string& text, AccountColumn& out) {
    for (int i = 0; i < kAccountColumnCount; ++i)
        if (text == kColumns[i]) { out = AccountColumn(i); return true; }
    return false;
}

const std::string& owner_name(const Workspace& ws, const Account& account) {
    if (const Csm* csm = ws.find_csm(account.owner)) return csm->name;
    return account.owner;
}

void query_accounts(const Workspace& ws, const Analysis& analysis, const AccountQuery& q,
                    std::vector<AccountIx>& out) {
    out.clear();
    // Owner names resolved once, not per comparison.
    std::unordered_map<std::string, const std::string*> owner_names;
    for (const Csm& c : ws.csms) owner_names.emplace(c.id, &c.name);
    std::vector<const std::string*> owner_of(ws.accounts.size());
    for (size_t i = 0; i < ws.accounts.size(); ++i) {
        const auto it = owner_names.find(ws.accounts[i].owner);
        owner_of[i] = it == owner_names.end() ? &ws.accounts[i].owner : it->second;
    }

    std::string needle(q.filter);
    for (char& c : needle) c = fold(c);
    out.reserve(ws.accounts.size());
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        const Account& a = ws.accounts[i];
        if (needle.empty() || contains_folded(a.name, needle) || contains_folded(a.id, needle) ||
            contains_folded(a.domain, needle) || contains_folded(a.industry, needle) ||
            contains_folded(a.segment, needle) || contains_folded(*owner_of[i], needle))
            out.push_back(i);
    }

    const bool desc = q.descending;
    auto tie_break = [&](AccountIx x, AccountIx y) {
        const int c = compare_text(ws.accounts[x].name, ws.accounts[y].name);
        return c != 0 ? c < 0 : x < y;
    };
    // Empty values go last whichever the direction: a blank renewal date is not "earliest".
    auto by_text = [&](auto key) {
        return [&, key](AccountIx x, AccountIx y) {
            const std::string& a = key(x);
            const std::string& b = key(y);
            if (a.empty() != b.empty()) return b.empty();
            const int c = compare_text(a, b);
            if (c != 0) return desc ? c > 0 : c < 0;
            return tie_break(x, y);
        };
    };
    switch (q.sort_column) {
        case AccountColumn::name:
            std::sort(out.begin(), out.end(), [&](AccountIx x, AccountIx y) {
                const int c = compare_text(ws.accounts[x].name, ws.accounts[y].name);
                if (c != 0) return desc ? c > 0 : c < 0;
                return desc ? x > y : x < y;
            });
            break;
        case AccountColumn::segment:
            std::sort(out.begin(), out.end(), by_text([&](AccountIx i) -> const std::string& { return ws.accounts[i].segment; }));
            break;
        case AccountColumn::owner:
            std::sort(out.begin(), out.end(), by_text([&](AccountIx i) -> const std::string& { return *owner_of[i]; }));
            break;
        case AccountColumn::arr:
            std::sort(out.begin(), out.end(), [&](AccountIx x, AccountIx y) {
                const Money a = analysis.accounts[x].arr, b = analysis.accounts[y].arr;
                if (a != b) return desc ? a > b : a < b;
                return tie_break(x, y);
            });
            break;
        case AccountColumn::renewal:
            std::sort(out.begin(), out.end(), [&](AccountIx x, AccountIx y) {
                const Date a = ws.accounts[x].renewal_date, b = ws.accounts[y].renewal_date;
                if (a.ok() != b.ok()) return a.ok();
                if (a != b) return desc ? a > b : a < b;
                return tie_break(x, y);
            });
            break;
        case AccountColumn::stage:
            std::sort(out.begin(), out.end(), [&](AccountIx x, AccountIx y) {
                const int a = int(ws.accounts[x].stage), b = int(ws.accounts[y].stage);
                if (a != b) return desc ? a > b : a < b;
                return tie_break(x, y);
            });
            break;
    }
}

}  // namespace retain
