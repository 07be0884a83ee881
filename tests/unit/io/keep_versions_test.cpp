// How many versions a save keeps when space is short (io/keep_versions.hpp). Worked examples in MB, with
// the 10 % overhead a stored version is counted with.
#include <doctest/doctest.h>

#include "io/keep_versions.hpp"

using namespace retain;

namespace {
constexpr uint64_t MB = 1'000'000;
}

TEST_CASE("with room to spare a save keeps the usual five versions") {
    // Four stored of 100 MB (440 MB counted), 10 GB quota: the new 100 MB (110 counted) fits.
    const KeepPlan p = plan_kept_versions({100 * MB, 100 * MB, 100 * MB, 100 * MB}, 100 * MB, 450e6, 10e9, 5);
    CHECK(p.keep == 5);
    CHECK(p.dropped_early == 0);
    CHECK(p.fits);
}

TEST_CASE("an unknown estimate keeps the usual versions") {
    const KeepPlan p = plan_kept_versions({100 * MB}, 100 * MB, -1, -1, 5);
    CHECK(p.keep == 5);
    CHECK(p.fits);
}

TEST_CASE("when the next save would not fit, the oldest versions go first, one at a time") {
    // Five stored of 100 MB; usage 560 MB of a 700 MB quota: 140 MB free. The new 100 MB needs 110 MB and
    // keeping five deletes the oldest anyway (110 freed): 250 >= 110, fits with five.
    CHECK(plan_kept_versions({100 * MB, 100 * MB, 100 * MB, 100 * MB, 100 * MB}, 100 * MB, 560e6, 700e6, 5).keep == 5);
    // Quota 560 MB: 0 free. Five kept frees 110 (one deleted) < 220 needed for a 200 MB save; four kept
    // frees 220: fits. One of the usual versions was deleted early.
    const KeepPlan p = plan_kept_versions({100 * MB, 100 * MB, 100 * MB, 100 * MB, 100 * MB}, 200 * MB, 560e6, 560e6, 5);
    CHECK(p.keep == 4);
    CHECK(p.dropped_early == 1);
    CHECK(p.fits);
}

TEST_CASE("in the worst case only the new version is kept, and a save that cannot fit says so") {
    // Two stored of 100 MB, 0 free; a 300 MB save needs 330: keeping 1 frees 220. Not enough either way.
    const KeepPlan p = plan_kept_versions({100 * MB, 100 * MB}, 300 * MB, 220e6, 220e6, 5);
    CHECK(p.keep == 1);
    CHECK(p.dropped_early == 2);
    CHECK_FALSE(p.fits);
    // 200 MB: needs 220 = what deleting both frees; fits with only the new one kept.
    const KeepPlan q = plan_kept_versions({100 * MB, 100 * MB}, 200 * MB, 220e6, 220e6, 5);
    CHECK(q.keep == 1);
    CHECK(q.fits);
}
