# std.tempfile: temporary files and directories.
from .tempfile import gettempdir, mkdtemp, TemporaryDirectory, NamedTemporaryFile, TMP_MAX
