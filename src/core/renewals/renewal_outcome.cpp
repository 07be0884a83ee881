#include "core/renewals/renewal_outcome.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {
const char* const kRenewalResultNames[] = {"renewed", "expanded", "contracted", "churned"};
}

const char* to_string(RenewalResult r) { return kRenewalResultNames[size_t(r)]; }
bool parse_enum(const std::string& text, RenewalResult& out) { return parse_enum_name(kRenewalResultNames, text, out); }

}  // namespace retain
