// The presets Retain ships for the exports docs/import.md lists. Each pins the columns that matter and,
// more importantly, the ones auto-mapping would get wrong for that export; columns a preset does not
// mention are still auto-mapped. Header lists: see the sources noted in header_synonyms.cpp.
#include <initializer_list>

#include "io/mapping_presets.hpp"

namespace retain {
namespace {

MappingPreset preset(const char* name, ImportEntity entity, std::initializer_list<PresetColumn> columns,
                     std::initializer_list<PresetConstant> constants = {}) {
    MappingPreset p;
    p.name = name;
    p.entity = entity;
    p.columns = columns;
    p.constants = constants;
    p.builtin = true;
    return p;
}

std::vector<MappingPreset> build() {
    return {
        preset("HubSpot companies", ImportEntity::accounts,
               {{"Record ID", "id"},
                {"Company name", "name"},
                {"Company Domain Name", "domain"},
                {"Industry", "industry"},
                {"Company owner", "owner"},
                {"Became a Customer Date", "contract_start"},
                // HubSpot's lifecycle stages are the sales funnel's (lead, opportunity, customer, ...),
                // not a customer's journey stage: kept as a custom field.
                {"Lifecycle Stage", kPresetCustom},
                // The company's own revenue and head count, and when the CRM record was created.
                {"Annual Revenue", kPresetCustom},
                {"Number of Employees", kPresetCustom},
                {"Create Date", kPresetCustom},
                {"Type", kPresetCustom}}),
        preset("Salesforce accounts", ImportEntity::accounts,
               {{"Account ID", "id"},
                {"Account Name", "name"},
                {"Website", "domain"},
                {"Industry", "industry"},
                {"Account Owner", "owner"},
                {"Account Source", "acquisition_source"},
                // Account Number is a second business id, not the record id; Type is Prospect/Customer/...
                {"Account Number", kPresetCustom},
                {"Type", kPresetCustom},
                {"Annual Revenue", kPresetCustom},
                {"Employees", kPresetCustom}}),
        preset("Stripe customers", ImportEntity::accounts,
               {{"id", "id"},
                {"Name", "name"},
                {"Email", "email"},
                // A Stripe customer is created when it first buys: the nearest thing to a contract start
                // the export has.
                {"Created (UTC)", "contract_start"},
                {"Description", kPresetCustom}}),
        preset("Stripe subscriptions", ImportEntity::subscriptions,
               {{"id", "id"},
                {"Customer ID", "account"},
                {"Customer Email", "account_email"},
                {"Customer Name", "account_name"},
                {"Plan", "plan"},
                {"Quantity", "quantity"},
                {"Amount", "amount"},
                {"Interval", "interval"},
                {"Currency", "currency"},
                {"Start Date (UTC)", "start"},
                {"Ended At (UTC)", "end"},
                // Canceled At is when cancellation was asked for; the subscription ran until Ended At.
                {"Canceled At (UTC)", kPresetCustom},
                {"Created (UTC)", kPresetCustom},
                {"Current Period Start (UTC)", kPresetCustom},
                {"Current Period End (UTC)", kPresetCustom}}),
        preset("Chargebee subscriptions", ImportEntity::subscriptions,
               {{"Subscription Id", "id"},
                {"Customer Id", "account"},
                {"Customer Email", "account_email"},
                {"Customer Company", "account_name"},
                {"Plan Id", "plan"},
                {"Plan Amount", "amount"},
                {"Billing Period", "interval_count"},
                {"Billing Period Unit", "interval"},
                {"Started At", "start"},
                {"Cancelled At", "end"},
                {"Currency Code", "currency"},
                // Plan Amount already is unit price x quantity; MRR is derived from the same numbers.
                {"Plan Quantity", kPresetSkip},
                {"Plan Unit Price", kPresetSkip},
                {"MRR", kPresetSkip},
                {"Created At", kPresetCustom},
                {"Activated At", kPresetCustom}}),
        preset("Zendesk tickets", ImportEntity::tickets,
               {{"Id", "id"},
                {"Organization", "account_name"},
                {"Requester email", "account_email"},
                {"Created at", "opened"},
                {"Solved at", "closed"},
                {"Priority", "priority"},
                {"Status", "status"},
                {"Satisfaction Score", "satisfaction"}}),
        preset("Delighted NPS", ImportEntity::surveys,
               {{"Email", "account_email"},
                {"Score", "score"},
                {"Comment", "comment"},
                {"Response Timestamp", "date"},
                {"Notes", kPresetCustom}},
               // A Delighted NPS export has no survey-kind column: every row is an NPS response. A "Survey
               // Type" column, when present, is auto-mapped and wins over this.
               {{"kind", "nps"}}),
    };
}

}  // namespace

const std::vector<MappingPreset>& builtin_presets() {
    static const std::vector<MappingPreset> presets = build();
    return presets;
}

}  // namespace retain
