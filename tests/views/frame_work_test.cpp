// The frame's share of work (app/background_work.hpp): what the drawing leaves of ~7 ms, 2 to 8 ms,
// shared by the save's slice, the health jobs and an export within one frame.
#include "view_harness.hpp"

using namespace retain;

TEST_CASE("work gets what the last frame's drawing left, within 2 to 8 ms, less what this frame used") {
    AppState app;
    app.frame_ms = 3.0;  // a frame that drew for 3 ms and did no work: 4 ms left for work
    app.background_ms = 0.0;
    CHECK(frame_work_left_ms(app) == doctest::Approx(4.0));
    add_frame_work(app, 1.5);  // a save's slice took 1.5 ms: the jobs get the rest
    CHECK(frame_work_left_ms(app) == doctest::Approx(2.5));
    add_frame_work(app, 5.0);
    CHECK(frame_work_left_ms(app) == 0.0);  // spent: the next piece does one step only

    end_frame_work(app, true);  // that frame: 6.5 ms of work, 3 ms of drawing
    app.frame_ms = 9.5;
    CHECK(app.background_ms == doctest::Approx(6.5));
    CHECK(frame_work_left_ms(app) == doctest::Approx(4.0));  // the drawing (3 ms) decides, not the work

    app.frame_ms = 30.0;  // a slow view: the work slows down but never stops
    app.background_ms = 0.0;
    CHECK(frame_work_left_ms(app) == doctest::Approx(2.0));
    app.frame_ms = 0.0;  // nothing drawn yet: at most half a 60 Hz frame
    CHECK(frame_work_left_ms(app) == doctest::Approx(7.0));
}

TEST_CASE("a frame that is not drawn keeps the last drawn frame's measure") {
    AppState app;
    app.frame_ms = 5.0;
    add_frame_work(app, 2.0);
    end_frame_work(app, true);
    add_frame_work(app, 3.0);   // a save's slice in a frame that did not draw
    end_frame_work(app, false);
    CHECK(app.background_ms == doctest::Approx(2.0));
    CHECK(app.frame_work_ms == 0.0);
}
