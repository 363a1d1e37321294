# std.testing: assertions (equal, true, raises, almost equal) and test suites,
# with the names, arguments and messages of Mojo 1.0's std.testing.

from std.testing.testing import assert_true, assert_false
from std.testing.testing import assert_equal, assert_not_equal
from std.testing.testing import assert_almost_equal, assert_raises
from std.testing.suite import TestSuite
