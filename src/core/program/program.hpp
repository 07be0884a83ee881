// The CS program itself, kept in the workspace (key "program", docs/workspace-format.md): the charter
// one-pager, the eight steps of building a customer success function ticked off by the team, and the
// 90-day launch plan with its start date and ticked items. What the steps and items are, and what they
// say, is the guides' (program_guide.hpp); this holds only what the team wrote and ticked.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace retain {

// The charter's questions, in the order the one-pager shows them (guides 001 step 1, 002 "The Foundation").
enum class CharterField : uint8_t { who_we_serve, outcomes, value_moments, cs_owns, cs_does_not_own, success_measures };
constexpr int kCharterFieldCount = 6;

struct Program {
    std::array<std::string, kCharterFieldCount> charter;  // free text per CharterField; "" = not written yet
    // Ids of the ticked steps (ProgramStep::id) and launch items (LaunchItem::id), in catalogue order,
    // no duplicates (set_step_done / set_launch_item_done keep them so; a file naming an unknown id is
    // refused with a message).
    std::vector<std::string> steps_done;
    std::vector<std::string> launch_done;
    Date launch_start;  // day 1 of the 90-day plan; empty = not started

    bool is_empty() const;  // nothing written, ticked or dated: the workspace file leaves the key out
};

const char* to_string(CharterField f);  // "who_we_serve" (the JSON key)
bool parse_enum(const std::string& text, CharterField& out);

}  // namespace retain
