// Scoring a header against a synonym; the rules and their order are in header_match.hpp.
#include "io/header_match.hpp"

#include <algorithm>
#include <string_view>

#include "io/header_normalize.hpp"

namespace retain {
namespace {

// Confidence of each fuzzy rule, before the synonym's own strength scales it.
constexpr double kPrefixDropped = 0.9;
constexpr double kReordered = 0.85;
constexpr double kTypo = 0.8;
constexpr double kContainedBase = 0.55;   // plus up to kContainedCover for a synonym covering the header
constexpr double kContainedCover = 0.35;

// `phrase` occurs in `text` on word boundaries.
bool contains_phrase(std::string_view text, std::string_view phrase) {
    if (phrase.empty() || phrase.size() > text.size()) return false;
    for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const bool starts = at == 0 || text[at - 1] == ' ';
        const size_t end = at + phrase.size();
        const bool ends = end == text.size() || text[end] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), or limit + 1 once it exceeds limit.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
    const size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff > limit) return limit + 1;
    std::vector<size_t> prev2(b.size() + 1), prev(b.size() + 1), row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        size_t best = row[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], prev2[j - 2] + 1);
            best = std::min(best, row[j]);
        }
        if (best > limit) return limit + 1;
        prev2.swap(prev);
        prev.swap(row);
    }
    return prev[b.size()];
}

size_t word_count(std::string_view s) { return s.empty() ? 0 : std::count(s.begin(), s.end(), ' ') + 1; }

std::vector<std::string> sorted_words_of(std::string_view text) {
    std::vector<std::string> words;
    for (std::string_view w : header_words(text)) words.emplace_back(w);
    std::sort(words.begin(), words.end());
    return words;
}

}  // namespace

PreparedHeader prepare_header(std::string_view header, ImportEntity entity) {
    PreparedHeader p;
    p.text = normalize_header(header);
    for (const std::string& word : entity_prefix_words(entity)) {
        if (p.text.size() > word.size() + 1 && p.text.compare(0, word.size(), word) == 0 && p.text[word.size()] == ' ') {
            p.without_prefix = p.text.substr(word.size() + 1);
            break;
        }
    }
    p.sorted_words = sorted_words_of(p.text);
    return p;
}

HeaderMatch match_header(const PreparedHeader& header, const HeaderSynonym& synonym) {
    const std::string& text = header.text;
    const std::string& phrase = synonym.phrase;
    if (text.empty()) return {};
    if (text == phrase || (synonym.contained && contains_phrase(text, phrase))) return {synonym.strength, true};

    double best = 0;
    if (!header.without_prefix.empty() && header.without_prefix == phrase) best = kPrefixDropped;
    if (header.sorted_words.size() >= 2 && header.sorted_words.size() == word_count(phrase) &&
        header.sorted_words == sorted_words_of(phrase))
        best = std::max(best, kReordered);
    if (word_count(phrase) >= 2 && contains_phrase(text, phrase)) {
        const double cover = static_cast<double>(phrase.size()) / static_cast<double>(text.size());
        best = std::max(best, kContainedBase + kContainedCover * cover);
    }
    if (best < kTypo && phrase.size() >= 6) {
        const size_t limit = phrase.size() >= 12 ? 2 : 1;
        if (edit_distance(text, phrase, limit) <= limit) best = kTypo;
    }
    const double confidence = best * synonym.strength;
    if (confidence < kMinFuzzyConfidence) return {};
    return {confidence, false};
}

}  // namespace retain
