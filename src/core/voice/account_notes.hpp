// Account notes: what a CSM wrote down about an account on a day (docs/workspace-format.md "notes"),
// and the search over them (the Voice view's Notes tab and the account panel).
#pragma once
#include <string>
#include <vector>

#include "core/date.hpp"

namespace retain {

struct Workspace;

struct AccountNote {
    std::string id;       // stable: "N-7"
    std::string account;  // Account::id
    Date date;
    std::string author;   // CSM id (or a name, as the team writes it)
    std::string text;
};

// The notes matching `query`, newest first (ties: later in the list first): a case-insensitive substring
// (ASCII letters folded) of the note's text, its author or its account's name. An empty query matches
// every note. `account`, when not empty, keeps only that account's notes. One pass with no allocation
// per note: 100,000 notes are searched in a few milliseconds.
std::vector<size_t> search_notes(const Workspace& ws, const std::string& query, const std::string& account = {});

}  // namespace retain
