// Reading a yes/no cell of an imported spreadsheet (a flag such as "champion" or "left company").
//
// Accepted, in any letter case and with spaces around:
//   true:  yes  y  true  t  1  on  x
//   false: no   n  false f  0  off
// `x` is how checkbox columns mark a tick; their unticked cells are blank. A blank cell is no value, as for
// every other kind of cell: a field that counts "not ticked" as false says so in the importer, which knows
// the field. Anything else is an error listing these spellings.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace retain {

bool parse_bool(std::string_view text, std::optional<bool>& out);
// `expected yes/no, true/false, y/n, t/f, 1/0, on/off or x, got "maybe"`.
std::string bool_error(std::string_view text);

}  // namespace retain
