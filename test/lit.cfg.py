# lit configuration for every suite under test/.
#
# Normally loaded through the build's lit.site.cfg.py (`lit build/test`).
# Running `lit test/` from the source tree also works: the build directory is
# then $IGNIS_BUILD_DIR, or build/ beside this folder.
import os

import lit.formats

config.name = "Ignis"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mojo", ".test"]
# Inputs/ folders hold files that tests read; they are not tests themselves.
config.excludes = ["Inputs", "unit", "fuzz", "utils", "CMakeLists.txt",
                   "lit.cfg.py", "lit.site.cfg.py.in"]

config.test_source_root = os.path.dirname(os.path.abspath(__file__))
if not hasattr(config, "ignis_obj_root"):
    src_root = os.path.dirname(config.test_source_root)
    config.ignis_src_root = src_root
    config.ignis_obj_root = os.environ.get("IGNIS_BUILD_DIR",
                                           os.path.join(src_root, "build"))
    config.ignis_tools_dir = os.path.join(config.ignis_obj_root, "bin")
    config.llvm_tools_dir = "/usr/lib/llvm-22/bin"
    config.ignis_sanitize = ""
config.test_exec_root = os.path.join(config.ignis_obj_root, "test")

# Tests must not depend on the terminal or the user's environment.
for var in ["NO_COLOR", "IGNIS_CRASH_BACKTRACE", "IGNIS_RUN_IN_PROCESS"]:
    config.environment.pop(var, None)
config.environment["TERM"] = "dumb"

def tool(name, where):
    path = os.path.join(where, name)
    if not os.path.exists(path):
        lit_config.fatal("cannot find %s (looked for %s)" % (name, path))
    return path

config.substitutions.append(("%ignis", tool("ignis", config.ignis_tools_dir)))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(("%src_root", config.ignis_src_root))
# Only whole words that are not part of an option such as
# FileCheck's --implicit-check-not=.
for name in ["FileCheck", "not", "split-file"]:
    config.substitutions.append(
        ("(?<![-=.\\w])%s(?![-=.\\w])" % name,
         tool(name, config.llvm_tools_dir)))
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])

if __import__("shutil").which("nvim"):  # test/tools/editors/nvim.test
    config.available_features.add("nvim")
# test/tools/editors/vscode-*.test: node and the VS Code extension's
# node_modules (scripts/vscode.sh installs them with `npm ci`).
_vscode_modules = os.path.join(config.ignis_src_root, "tools", "editors",
                               "vscode", "node_modules")
if __import__("shutil").which("node") and all(
        os.path.isdir(os.path.join(_vscode_modules, m))
        for m in ["vscode-textmate", "vscode-oniguruma",
                  "vscode-languageserver-protocol", "typescript"]):
    config.available_features.add("vscode-node")
# test/tools/editors/lldb-dap.test: Debian's lldb-22 (scripts/setup.sh).
for _dap in ["/usr/lib/llvm-22/bin/lldb-dap", "/usr/bin/lldb-dap-22"]:
    if os.path.exists(_dap):
        config.available_features.add("lldb-dap")
        config.substitutions.append(("%lldb_dap", _dap))
        break
if __import__("shutil").which("gdb"):  # test/codegen/debug-gdb.mojo
    config.available_features.add("gdb")
# test/programs/valgrind.test (not under the sanitizers: they replace malloc).
if __import__("shutil").which("valgrind") and not config.ignis_sanitize:
    config.available_features.add("valgrind")
# CPU extensions of the machine running the tests, for the few tests that
# need one (`REQUIRES: avx512f`); everything else builds for a baseline CPU
# (`--target-cpu=x86-64-v2`) or checks output that does not depend on it.
try:
    _flags = set()
    with open("/proc/cpuinfo") as _f:
        for _line in _f:
            if _line.startswith("flags"):
                _flags = set(_line.split(":", 1)[1].split())
                break
    for _ext in ["avx2", "avx512f"]:
        if _ext in _flags:
            config.available_features.add(_ext)
except OSError:
    pass
if config.ignis_sanitize:
    config.available_features.add("sanitizer")
    if "address" in config.ignis_sanitize.lower():
        config.available_features.add("asan")

# GPU tests run kernels on the cpu device unless they ask for a GPU
# (REQUIRES: cuda, with `env IGNIS_DEVICE=cuda`); the cpu device's workers
# are fixed so fault messages and timings do not depend on the machine.
config.environment["IGNIS_DEVICE"] = "cpu"
config.environment["IGNIS_NUM_THREADS"] = "2"
_ptxas = "/usr/local/cuda/bin/ptxas"
if os.path.exists(_ptxas):  # test/gpu/ptxas.test
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", _ptxas))
if any(os.path.exists(os.path.join(d, "libcuda.so.1"))
       for d in ["/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/local/cuda/lib64"]):
    config.available_features.add("cuda")
