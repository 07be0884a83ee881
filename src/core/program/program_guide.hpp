// What the program's checklists say, from the guides (/work/shared/guides): the eight steps of building a
// customer success function (guide 000, with 001 in depth), the 90-day launch plan (guide 002, "A
// Practical 90-Day Launch Plan") and the charter's questions with a prompt each (guides 001 and 002).
// Ids are stable: the workspace stores ticks by id, so the wording can change without losing them.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "core/program/program.hpp"

namespace retain {

constexpr int kProgramStepCount = 8;

struct ProgramStep {
    const char* id;       // "charter", "segments", ...
    const char* title;    // "Define the purpose and scope of customer success"
    const char* summary;  // what it means, in our words
    const char* view;     // the view that does it (a view key: "team", "health", ...)
    const char* action;   // the button's label: "Open Segments & Team"
};
const std::array<ProgramStep, kProgramStepCount>& program_steps();
const ProgramStep* find_program_step(const std::string& id);

// The three phases of the 90-day launch plan, by day since its start.
enum class LaunchPhase : uint8_t { not_started, basics, pilot, scale, finished };
constexpr int kLaunchDays = 90;
constexpr int kLaunchPhaseDays = 30;

struct LaunchItem {
    const char* id;
    LaunchPhase phase;  // basics, pilot or scale
    const char* text;
};
constexpr int kLaunchItemCount = 12;
const std::array<LaunchItem, kLaunchItemCount>& launch_items();
const LaunchItem* find_launch_item(const std::string& id);
const char* launch_phase_label(LaunchPhase p);  // "Days 1-30: Build the basics"

struct CharterPrompt {
    const char* title;   // "Who we serve"
    const char* prompt;  // the question and a hint, shown while the field is empty
};
const CharterPrompt& charter_prompt(CharterField f);

}  // namespace retain
