#include "core/account_query.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "core/enum_names.hpp"
#include "core/text_search.hpp"

namespace retain {
namespace {

const char* const kColumns[] = {"name", "segment", "owner", "arr", "renewal", "stage"};

// The search box folds ASCII case (core/text_search.hpp).
char fold(char c) { return fold_ascii(c); }

int compare_text(std::string_view a, std::string_view b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const char x = fold(a[i]), y = fold(b[i]);
        if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

}  // namespace

const char* to_string(AccountColumn c) { return kColumns[int(c)]; }

bool parse_enum(const std::string& text, AccountColumn& out) { return parse_enum_name(kColumns, text, out); }

const std::string& owner_name(const Workspace& ws, const Account& account) {
    if (const Csm* csm = ws.find_csm(account.owner)) return csm->name;
    return account.owner;
}

namespace {

// Ranks of the distinct values of a text key (case-folded order); blank values get UINT32_MAX.
template <typename KeyOf>
void rank_distinct(size_t n, KeyOf key_of, std::vector<uint32_t>& out) {
    std::vector<std::string_view> distinct;
    std::unordered_map<std::string_view, uint32_t> seen;  // views of the workspace's own strings
    for (size_t i = 0; i < n; ++i) {
        const std::string& k = key_of(i);
        if (!k.empty() && seen.emplace(k, 0).second) distinct.push_back(k);
    }
    std::sort(distinct.begin(), distinct.end(), [](std::string_view a, std::string_view b) {
        const int c = compare_text(a, b);
        return c != 0 ? c < 0 : a < b;
    });
    for (uint32_t r = 0; r < distinct.size(); ++r) seen[distinct[r]] = r;
    out.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const std::string& k = key_of(i);
        out[i] = k.empty() ? UINT32_MAX : seen.find(k)->second;
    }
}

// The first 8 case-folded bytes of a name as one big-endian integer (zero-padded): two names whose
// prefixes differ compare as compare_text does, with one integer comparison. Why: sorting 100,000 names
// by folding them byte by byte in every comparison took ~190 ms in the browser, after every change.
uint64_t folded_prefix(std::string_view text) {
    uint64_t key = 0;
    for (size_t i = 0; i < 8; ++i)
        key = key << 8 | (i < text.size() ? uint64_t(static_cast<unsigned char>(fold(text[i]))) : 0u);
    return key;
}

struct SortKey {
    int64_t primary;
    uint32_t name_rank;
    AccountIx ix;
};

constexpr int64_t kBlankLast = INT64_MAX;

}  // namespace

void build_sort_keys(const Workspace& ws, AccountSortKeys& keys) {
    const size_t n = ws.accounts.size();
    struct NameKey {
        uint64_t prefix;
        AccountIx ix;
    };
    std::vector<NameKey> by_name(n);
    for (AccountIx i = 0; i < AccountIx(n); ++i) by_name[i] = {folded_prefix(ws.accounts[i].name), i};
    std::sort(by_name.begin(), by_name.end(), [&](const NameKey& x, const NameKey& y) {
        if (x.prefix != y.prefix) return x.prefix < y.prefix;
        const int c = compare_text(ws.accounts[x.ix].name, ws.accounts[y.ix].name);
        return c != 0 ? c < 0 : x.ix < y.ix;
    });
    keys.name_rank.resize(n);
    for (uint32_t r = 0; r < n; ++r) keys.name_rank[by_name[r].ix] = r;
    rank_distinct(n, [&](size_t i) -> const std::string& { return ws.accounts[i].segment; }, keys.segment_rank);
    rank_distinct(n, [&](size_t i) -> const std::string& { return owner_name(ws, ws.accounts[i]); }, keys.owner_rank);
}

void query_accounts(const Workspace& ws, const Analysis& analysis, const AccountSortKeys& keys,
                    const AccountQuery& q, std::vector<AccountIx>& out) {
    out.clear();
    // Owner names resolved once, not per account.
    std::unordered_map<std::string, const std::string*> owner_names;
    for (const Csm& c : ws.csms) owner_names.emplace(c.id, &c.name);

    std::string needle(q.filter);
    for (char& c : needle) c = fold(c);
    std::vector<SortKey> rows;
    rows.reserve(ws.accounts.size());
    const bool desc = q.descending;
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        const Account& a = ws.accounts[i];
        if (!needle.empty()) {
            const auto it = owner_names.find(a.owner);
            const std::string& owner = it == owner_names.end() ? a.owner : *it->second;
            if (!contains_folded(a.name, needle) && !contains_folded(a.id, needle) &&
                !contains_folded(a.domain, needle) && !contains_folded(a.industry, needle) &&
                !contains_folded(a.segment, needle) && !contains_folded(owner, needle))
                continue;
        }
        int64_t primary = 0;
        bool blank = false;
        switch (q.sort_column) {
            case AccountColumn::name: primary = keys.name_rank[i]; break;
            case AccountColumn::segment: blank = keys.segment_rank[i] == UINT32_MAX; primary = keys.segment_rank[i]; break;
            case AccountColumn::owner: blank = keys.owner_rank[i] == UINT32_MAX; primary = keys.owner_rank[i]; break;
            case AccountColumn::arr: primary = analysis.accounts[i].arr.minor; break;
            case AccountColumn::renewal: blank = !a.renewal_date.ok(); primary = a.renewal_date.days(); break;
            case AccountColumn::stage: primary = int64_t(a.stage); break;
        }
        // Descending negates the key but keeps the name tie-break ascending; blanks stay last.
        if (blank) primary = kBlankLast;
        else if (desc) primary = -primary;
        rows.push_back({primary, keys.name_rank[i], i});
    }
    std::sort(rows.begin(), rows.end(), [](const SortKey& x, const SortKey& y) {
        return x.primary != y.primary ? x.primary < y.primary : x.name_rank < y.name_rank;
    });
    out.resize(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) out[r] = rows[r].ix;
}

}  // namespace retain
