/*
 * fuzz_codec.c — libFuzzer target: number parsing and the codecs on arbitrary bytes. The input's
 * first byte picks an int() base; the rest is a bytes object b. A small Python driver (compiled
 * once) parses several strings made from b with int() / float() / complex(), encodes them with
 * every built-in codec and error handler, decodes b with each, and asserts the round trips that
 * must hold (surrogateescape, latin-1, utf-16/32 with surrogatepass). ValueError / UnicodeError are
 * normal outcomes; any other exception escaping the driver aborts (it is a bug: CPython's
 * codecs and parsers raise nothing else on such input).
 */
#include "fuzz_common.h"

static const char driver[] =
    "CODECS = ('utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',\n"
    "          'utf-32-le', 'utf-32-be', 'utf-8-sig', 'cp1252', 'iso8859-15', 'cp437',\n"
    "          'unicode-escape', 'raw-unicode-escape')\n"
    "ERRORS = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',\n"
    "          'surrogateescape', 'surrogatepass')\n"
    "def numbers(s, base, convs=(int, float, complex)):\n"
    "    for b in (0, 10, 16, 36, base):\n"
    "        try:\n"
    "            int(s, b)\n"
    "        except ValueError:\n"
    "            pass\n"
    "    for conv in convs:\n"
    "        try:\n"
    "            conv(s)\n"
    "        except ValueError:\n"
    "            pass\n"
    "def run(data):\n"
    "    base = data[0] % 37 if data else 0\n"
    "    b = data[1:]\n"
    "    se = b.decode('utf-8', 'surrogateescape')\n"
    "    assert se.encode('utf-8', 'surrogateescape') == b\n"
    "    l1 = b.decode('latin-1')\n"
    "    assert l1.encode('latin-1') == b\n"
    "    strs = [l1, se, b.decode('utf-8', 'replace')]\n"
    "    for c in ('utf-16-le', 'utf-32-be'):\n"
    "        try:\n"
    "            s = b.decode(c, 'surrogatepass')\n"
    "        except UnicodeError:\n"
    "            continue\n"
    "        assert s.encode(c, 'surrogatepass') == b\n"
    "        strs.append(s)\n"
    "    numbers(b, base, (int, float))\n"
    "    for s in strs:\n"
    "        numbers(s, base)\n"
    "        for c in CODECS:\n"
    "            for e in ERRORS:\n"
    "                try:\n"
    "                    s.encode(c, e)\n"
    "                except UnicodeError:\n"
    "                    pass\n"
    "    for c in CODECS:\n"
    "        for e in ERRORS:\n"
    "            try:\n"
    "                b.decode(c, e)\n"
    "            except (UnicodeError, TypeError):  # TypeError: xmlcharrefreplace\n"
    "                pass\n";

static VM *the_vm;
static Value run_fn;  /* kept alive by the driver module's dict, a GC root via sys.modules */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    fuzz_quiet_stdin();
    VM *vm = the_vm = fuzz_new_vm();
    ObjStr *name = tpStr_from_cstr(vm, "fuzz_driver");
    ObjModule *m = name ? tpModule_new(vm, name) : NULL;
    ObjCode *code = tpCompile_source(vm, driver, sizeof driver - 1, "<driver>", COMPILE_EXEC);
    Value r;
    if (m == NULL || code == NULL || tpDict_set_str(vm, vm->modules, name, OBJ_VAL(m)) < 0 ||
        tpDict_set_str(vm, m->dict, vm->names[NAME___builtins__], vm->builtins_module) < 0 ||
        tpVM_run_code(vm, code, m->dict, NULL_VAL, &r) < 0) {
        tpErr_print(vm, tpErr_fetch(vm));
        abort();
    }
    run_fn = tpDict_get_str(vm, m->dict, tpStr_intern_cstr(vm, "run"));
    if (IS_NULL(run_fn)) {
        abort();
    }
    fuzz_end_iteration(vm);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    VM *vm = the_vm;
    ObjBytes *b = tpBytes_new(vm, data, size);
    Value arg = OBJ_VAL(b), r;
    if (b == NULL || tpObj_call(vm, run_fn, 1, &arg, NULL, &r) < 0) {
        tpErr_print(vm, tpErr_fetch(vm));
        abort();
    }
    fuzz_end_iteration(vm);
    return 0;
}
