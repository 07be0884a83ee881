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
    // One hash lookup per account: each gets the index of its value among the distinct ones, which are
    // then sorted and the indices turned into ranks.
    std::vector<std::string_view> distinct;
    std::unordered_map<std::string_view, uint32_t> seen;  // views of the workspace's own strings
    out.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const std::string& k = key_of(i);
        if (k.empty()) {
            out[i] = UINT32_MAX;
            continue;
        }
        const auto [it, added] = seen.emplace(k, uint32_t(distinct.size()));
        if (added) distinct.push_back(k);
        out[i] = it->second;
    }
    std::vector<uint32_t> order(distinct.size());
    for (uint32_t d = 0; d < order.size(); ++d) order[d] = d;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        const int c = compare_text(distinct[x], distinct[y]);
        return c != 0 ? c < 0 : distinct[x] < distinct[y];
    });
    std::vector<uint32_t> rank(distinct.size());
    for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    for (uint32_t& v : out)
        if (v != UINT32_MAX) v = rank[v];
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
    for (int part = 0; part < kSortKeyParts; ++part) build_sort_keys(ws, keys, SortKeyPart(part));
}

void build_sort_keys(const Workspace& ws, AccountSortKeys& keys, SortKeyPart part) {
    const size_t n = ws.accounts.size();
    if (part == SortKeyPart::segments) {
        rank_distinct(n, [&](size_t i) -> const std::string& { return ws.accounts[i].segment; }, keys.segment_rank);
        return;
    }
    if (part == SortKeyPart::owners) {
        rank_distinct(n, [&](size_t i) -> const std::string& { return owner_name(ws, ws.accounts[i]); }, keys.owner_rank);
        return;
    }
    // Every name folded once into one buffer: names that share their first 8 bytes ("Initech 1, Ltd",
    // "Initech 2, Ltd"...) then compare with memcmp, not by folding byte by byte in every comparison,
    // which took ~200 ms in the browser at 100,000 such names after an import.
    std::string folded;
    std::vector<uint32_t> start(n + 1);
    for (size_t i = 0; i < n; ++i) {
        start[i] = uint32_t(folded.size());
        for (const char c : ws.accounts[i].name) folded.push_back(fold(c));
    }
    start[n] = uint32_t(folded.size());
    const auto name_of = [&](AccountIx i) { return std::string_view(folded).substr(start[i], start[i + 1] - start[i]); };
    struct NameKey {
        uint64_t prefix;
        AccountIx ix;
    };
    std::vector<NameKey> by_name(n);
    for (AccountIx i = 0; i < AccountIx(n); ++i) by_name[i] = {folded_prefix(name_of(i)), i};
    std::sort(by_name.begin(), by_name.end(), [&](const NameKey& x, const NameKey& y) {
        if (x.prefix != y.prefix) return x.prefix < y.prefix;
        const int c = name_of(x.ix).compare(name_of(y.ix));  // folded already: bytewise, as compare_text
        return c != 0 ? c < 0 : x.ix < y.ix;
    });
    keys.name_rank.resize(n);
    for (uint32_t r = 0; r < n; ++r) keys.name_rank[by_name[r].ix] = r;
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
