# max.gpu: std.gpu under the name MAX programs use.

from std.gpu import *
