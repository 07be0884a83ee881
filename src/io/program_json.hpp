// The CS program as JSON. The workspace file stores it under "program", written only when the team has
// written, ticked or dated something (Program::is_empty), as one line:
//   {"charter":{"cs_does_not_own":"...","cs_owns":"...","outcomes":"...","success_measures":"...",
//    "value_moments":"...","who_we_serve":"..."},"launch_done":["basics-charter"],
//    "launch_start":"2026-11-02","steps_done":["charter","health"]}
// Every key is optional on read (absent = empty); ids must be ones the catalogue knows
// (core/program/program_guide.hpp) and are kept in catalogue order. Reading never throws and names the
// place of a bad value.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/program/program.hpp"

namespace retain {

nlohmann::json program_to_json(const Program& p);
bool program_from_json(const nlohmann::json& json, const std::string& where, Program& out, std::string& error);

}  // namespace retain
