// The unit test runner: doctest's own main. Test files live beside this one in core/ and io/.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
