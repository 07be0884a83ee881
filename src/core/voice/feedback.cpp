#include "core/voice/feedback.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {
const char* const kKindNames[] = {"feature_request", "bug", "pain_point", "competitor_mention", "praise"};
const char* const kKindLabels[] = {"Feature request", "Bug", "Pain point", "Competitor mention", "Praise"};
const char* const kStatusNames[] = {"new", "under_review", "planned", "shipped", "declined"};
const char* const kStatusLabels[] = {"New", "Under review", "Planned", "Shipped", "Declined"};

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}
}  // namespace

const char* to_string(FeedbackKind k) { return kKindNames[size_t(k)]; }
const char* to_string(FeedbackStatus s) { return kStatusNames[size_t(s)]; }
const char* feedback_kind_label(FeedbackKind k) { return kKindLabels[size_t(k)]; }
const char* feedback_status_label(FeedbackStatus s) { return kStatusLabels[size_t(s)]; }
bool parse_enum(const std::string& text, FeedbackKind& out) { return parse_enum_name(kKindNames, text, out); }
bool parse_enum(const std::string& text, FeedbackStatus& out) { return parse_enum_name(kStatusNames, text, out); }

std::string normalize_request_key(const std::string& title) {
    std::string key;
    key.reserve(title.size());
    bool gap = false;
    for (const char ch : title) {
        const auto c = static_cast<unsigned char>(ch);
        if (!is_word_byte(c)) {
            gap = true;
            continue;
        }
        if (gap && !key.empty()) key += ' ';
        gap = false;
        key += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : char(c);
    }
    return key;
}

std::string request_key(const FeedbackItem& item) {
    return item.request.empty() ? normalize_request_key(item.title) : item.request;
}

}  // namespace retain
