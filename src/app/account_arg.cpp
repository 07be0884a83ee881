// Argument readers shared by the account-level command families (journey, success plans, handoffs,
// touchpoints): the account named by id, and optional dates.
#include "app/command_support.hpp"

namespace retain::commands {

bool account_arg(const AppState& app, const json& args, const char* command, AccountIx& ix, CommandResult& error,
                 const char* key) {
    std::string id;
    if (!get_string(args, key, id)) {
        error = fail(std::string(command) + ": expected {" + key + ": account id, ...}");
        return false;
    }
    ix = app.ws.find_account(id);
    if (ix == kNoAccount) {
        error = fail(std::string(command) + ": no account with id \"" + id + "\"");
        return false;
    }
    return true;
}

bool date_arg(const json& args, const char* key, const char* command, Date& out, CommandResult& error) {
    if (!args.is_object() || !args.contains(key) || args[key].is_null()) return true;
    std::string text;
    if (!get_string(args, key, text)) {
        error = fail(std::string(command) + ": " + key + " must be a date YYYY-MM-DD");
        return false;
    }
    if (text.empty()) return true;
    Date d;
    if (!parse_iso_date(text, d)) {
        error = fail(std::string(command) + ": " + key + " must be a date YYYY-MM-DD, got \"" + text + "\"");
        return false;
    }
    out = d;
    return true;
}

}  // namespace retain::commands
