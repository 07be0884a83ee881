// One spelling for every way a spreadsheet writes the same header, so that synonyms are compared as
// plain words: "Created (UTC)", "created_at", "CreatedAt", "\xEF\xBB\xBFCreated at " all become
// "created" / "created at". Used for headers, synonyms, preset headers and enum words alike, so both
// sides of every comparison go through the same rules:
// - a byte-order mark left at the start (UTF-8 EF BB BF, or its Windows-1252 misreading "ï»¿"), no-break
//   and zero-width spaces are dropped;
// - a single identifier without spaces (`customerId`, `AnnualRevenue`) is split at its humps; a header
//   with spaces is not (so "HubSpot Owner" stays one word "hubspot");
// - trailing bracketed units or notes are dropped: "(USD)", "(UTC)", "[%]", "(0-10)" - unless nothing
//   else is left;
// - ASCII is lower-cased; `#` reads as "number", `%` as "percent", `&` as "and"; every other ASCII
//   punctuation mark, `_` included, is a space; bytes of other scripts are kept as they are;
// - a trailing currency code after other words ("MRR USD", "Amount in EUR") is dropped;
// - runs of spaces become one, and the ends are trimmed.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace retain {

std::string normalize_header(std::string_view header);

// The words of a normalized header ("created at" -> {"created", "at"}).
std::vector<std::string_view> header_words(std::string_view normalized);

}  // namespace retain
