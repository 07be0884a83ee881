// Settings, CSMs, accounts and contacts: objects whose keys are found by name, each decoded by the type of
// the member it fills (workspace_json_decode.hpp).
#include <type_traits>
#include <vector>

#include "io/workspace_json_decode.hpp"

namespace retain::workspace_json {
namespace {

template <typename T>
struct Member {
    const char* name;
    bool (*read)(const json& v, T& item, Decoder& d, std::string& what);
};

// Members are read from the tree, where a value may also be a list (tags) or an object (custom).
template <typename F>
bool read_member(const json& v, typename F::Record& item, Decoder& d, std::string& what) {
    auto& out = F::of(item);
    using T = std::decay_t<decltype(out)>;
    if constexpr (std::is_same_v<T, std::vector<std::string>>) return get_text_list(v, out, what);
    else if constexpr (std::is_same_v<T, decltype(Account::custom)>) return get_custom(v, out, what);
    else return decode_value<F::need>(view(v), out, d.accounts, what);
}

template <typename T, typename... F>
constexpr std::array<Member<T>, sizeof...(F)> members_of(const std::tuple<F...>& fields) {
    return std::apply([](const F&... f) { return std::array<Member<T>, sizeof...(F)>{{{f.name, read_member<F>}...}}; },
                      fields);
}

constexpr auto kSettingsMembers = members_of<WorkspaceSettings>(kSettings.fields);
constexpr auto kCsmMembers = members_of<Csm>(kCsms.fields);
constexpr auto kAccountMembers = members_of<Account>(kAccounts.fields);
constexpr auto kContactMembers = members_of<Contact>(kContacts.fields);

template <typename T, size_t N>
bool read_object(Decoder& d, const json& obj, const std::array<Member<T>, N>& members, T& item,
                 const std::string& where) {
    if (!obj.is_object()) return d.fail(where, "expected an object, got " + describe(obj));
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const Member<T>* m = nullptr;
        for (const Member<T>& candidate : members)
            if (it.key() == candidate.name) { m = &candidate; break; }
        if (!m) return d.fail(where, "unknown key " + json_quoted(it.key()));
        std::string what;
        if (!m->read(it.value(), item, d, what)) return d.fail(where + "." + m->name, what);
    }
    return true;
}

// An item whose id must be there and be unique in its list. `ids` maps each id to its index, in the list
// and in the file alike: every item before this one was added, or the load has already failed.
template <typename List, typename T, size_t N, typename Index>
bool add_with_id(Decoder& d, const List& list, const std::array<Member<T>, N>& members, const char* noun,
                 std::unordered_map<std::string, Index>& ids, const json& item, size_t i) {
    T x;
    if (!read_object(d, item, members, x, at(list.name, i))) return false;
    if (x.id.empty()) return d.fail(at(list.name, i) + ".id", std::string("every ") + noun + " needs an id");
    const auto [it, fresh] = ids.emplace(x.id, Index(i));
    if (!fresh)
        return d.fail(at(list.name, i) + ".id", std::string("duplicate ") + noun + " id " + json_quoted(x.id) +
                                                    " (also " + at(list.name, it->second) + ")");
    (d.ws.*List::member).push_back(std::move(x));
    return true;
}

bool add_csm(Decoder& d, const json& item, size_t i) {
    return add_with_id(d, kCsms, kCsmMembers, "CSM", d.csm_ids, item, i);
}

bool add_account(Decoder& d, const json& item, size_t i) {
    return add_with_id(d, kAccounts, kAccountMembers, "account", d.accounts.index, item, i);
}

bool add_contact(Decoder& d, const json& item, size_t i) {
    Contact c;
    if (!read_object(d, item, kContactMembers, c, at(kContacts.name, i))) return false;
    if (c.account == kNoAccount)
        return d.fail(at(kContacts.name, i) + ".account", "missing: every contact belongs to an account");
    d.ws.contacts.push_back(std::move(c));
    return true;
}

}  // namespace

bool read_settings(Decoder& d, const json& settings) {
    return read_object(d, settings, kSettingsMembers, d.ws.settings, kSettings.name);
}

const std::array<ItemList, 3> kItemLists = {{
    {kCsms.name, add_csm},
    {kAccounts.name, add_account},
    {kContacts.name, add_contact},
}};

}  // namespace retain::workspace_json
