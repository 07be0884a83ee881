// The Revenue view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_revenue_view(AppState&) {
    planned_view(ICON_REVENUE, "Revenue",
                 "Revenue will hold MRR and ARR by month, the MRR movements waterfall (new, expansion, contraction, churn, reactivation), NRR and GRR trends, logo and revenue churn, cohort retention heatmaps and the CS ROI calculator.");
}

}  // namespace retain
