# max.algorithm: std.algorithm under the name MAX programs use.

from std.algorithm import *
