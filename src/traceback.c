/*
 * traceback.c — the traceback type, recording traceback entries while an exception unwinds, and
 * printing an uncaught exception exactly as CPython 3.11 does: the chain (cause / context), each
 * "Traceback (most recent call last):" block with source lines and `~~~^^^` markers, recursion
 * collapsing, SyntaxError display, exception groups and __notes__.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cstack.h"
#include "interp.h"
#include "suggest.h"
#include "tb_anchors.h"
#include "type_cache.h"
#include "vm_internal.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* ==== the traceback type ==== */

#define AS_TB(v) ((ObjTraceback *)AS_OBJ(v))

int tpTraceback_add(VM *vm, Value exc, ObjCode *code, int lasti, Frame *f) {
    if (!tpExc_check(vm, exc)) {
        return 0;
    }
    ObjTraceback *tb = tpGC_alloc(vm, vm->types[TYPE_TRACEBACK], sizeof(ObjTraceback));
    if (tb == NULL) {
        return -1;
    }
    Value old = AS_EXC(exc)->traceback;
    tb->next = IS_NULL(old) ? NONE_VAL : old;
    tb->frame = NONE_VAL;
    tb->code = code;
    tb->lasti = lasti;
    Position p = lasti >= 0 ? tpCode_position(code, lasti) : (Position){0, 0, -1, -1};
    tb->lineno = p.lineno > 0 ? p.lineno : code->firstlineno;
    if (f != NULL) {
        ObjFrame *fo = tpFrame_object(vm, f);
        if (fo == NULL) {
            return -1;
        }
        tb->frame = OBJ_VAL(fo);
    }
    AS_EXC(exc)->traceback = OBJ_VAL(tb);
    return 0;
}

static void tb_mark(VM *vm, Obj *o) {
    ObjTraceback *tb = (ObjTraceback *)o;
    tpGC_mark_value(vm, tb->next);
    tpGC_mark_value(vm, tb->frame);
    tpGC_mark_obj(vm, (Obj *)tb->code);
}

static int tb_get_next(VM *vm, Value self, Value *out) {
    *out = AS_TB(self)->next;
    return 0;
}
static int tb_set_next(VM *vm, Value self, Value v) {
    if (IS_NULL(v)) {
        return tpErr_raise(vm, EXC_TypeError, "can't delete tb_next attribute");
    }
    if (!IS_NONE(v) && !IS_OBJ_TYPE(v, vm->types[TYPE_TRACEBACK])) {
        return tpErr_format(vm, EXC_TypeError, "expected traceback object or None, got '%T'", v);
    }
    for (Value c = v; !IS_NONE(c); c = AS_TB(c)->next) {
        if (c == self) {
            return tpErr_raise(vm, EXC_ValueError, "traceback loop detected");
        }
    }
    AS_TB(self)->next = v;
    tpGC_barrier_val(vm, AS_OBJ(self), v);
    return 0;
}
static int tb_get_frame(VM *vm, Value self, Value *out) {
    *out = AS_TB(self)->frame;
    return 0;
}
static int tb_get_lasti(VM *vm, Value self, Value *out) {
    *out = INT_VAL((int64_t)AS_TB(self)->lasti * 2);
    return 0;
}
static int tb_get_lineno(VM *vm, Value self, Value *out) {
    *out = INT_VAL(AS_TB(self)->lineno);
    return 0;
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    TP_GETSET_END,
};

/* dir(tb) lists just the four attributes, as CPython's traceback.__dir__ */
static int tb_dir(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    static const char *const names[] = {"tb_frame", "tb_next", "tb_lasti", "tb_lineno"};
    ObjList *l = tpList_new(vm, TP_ARRAY_LEN(names));
    if (l == NULL) {
        return -1;
    }
    *out = OBJ_VAL(l);
    for (size_t i = 0; i < TP_ARRAY_LEN(names); i++) {
        ObjStr *name = tpStr_intern_cstr(vm, names[i]);
        if (name == NULL || tpList_append(vm, l, OBJ_VAL(name)) < 0) {
            return -1;
        }
    }
    return 0;
}

static const MethodDef tb_methods[] = {
    TP_METHOD("__dir__", tb_dir, 0, 0),
    TP_METHOD_END,
};

const TypeSpec tpTraceback_spec = {
    .name = "traceback",
    .id = TYPE_TRACEBACK,
    .base = TYPE_OBJECT,
    .size = sizeof(ObjTraceback),
    .flags = TPFLAG_GC_BARRIERED,   /* set when made; tb_next has a barrier */
    .slots = {.mark = tb_mark},
    .getsets = tb_getsets,
    .methods = tb_methods,
};

/* ==== source lines ==== */

typedef struct SrcCache {
    char path[1024];
    char *data;        /* whole file, or NULL when unreadable */
    size_t len;
    bool loaded;
} SrcCache;

static void src_free(SrcCache *c) {
    free(c->data);
    c->data = NULL;
    c->loaded = false;
}

/* Line `lineno` of `path` (without its newline) into *s / *n; false if unavailable. */
static bool src_line(SrcCache *c, const char *path, int lineno, const char **s, size_t *n) {
    if (!c->loaded || strcmp(c->path, path) != 0) {
        src_free(c);
        snprintf(c->path, sizeof c->path, "%s", path);
        c->loaded = true;
        size_t elen;
        const char *emb = tpImport_embedded_source(path, &elen); /* the built-in lib/ */
        if (emb != NULL && (c->data = malloc(elen + 1)) != NULL) {
            memcpy(c->data, emb, elen + 1);
            c->len = elen;
        }
        FILE *fp = emb != NULL ? NULL : fopen(path, "rb");
        if (fp != NULL) {
            size_t cap = 1 << 16, len = 0;
            char *buf = malloc(cap);
            size_t got;
            while (buf != NULL && (got = fread(buf + len, 1, cap - len, fp)) > 0) {
                len += got;
                if (len == cap) {
                    char *nb = realloc(buf, cap * 2);
                    if (nb == NULL) {
                        free(buf);
                        buf = NULL;
                        break;
                    }
                    buf = nb;
                    cap *= 2;
                }
            }
            fclose(fp);
            c->data = buf;
            c->len = buf ? len : 0;
        }
    }
    if (c->data == NULL || lineno < 1) {
        return false;
    }
    const char *p = c->data, *end = c->data + c->len;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) {
            return false;
        }
        p = nl + 1;
    }
    if (p >= end) {
        return false;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (e == NULL) {
        e = end;
    }
    if (e > p && e[-1] == '\r') {
        e--;
    }
    *s = p;
    *n = (size_t)(e - p);
    return true;
}

/* Number of code points in the first `nbytes` bytes of s. */
static int char_offset(const char *s, size_t len, int nbytes) {
    int chars = 0;
    for (int i = 0; i < nbytes && (size_t)i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            chars++;
        }
    }
    return chars;
}

static int utf8_chars(const char *s, size_t n) { return char_offset(s, n, (int)n); }

/* ==== printing context ==== */

typedef struct Printer {
    VM *vm;
    StrBuf out;
    SrcCache src;
    int group_depth;
    bool need_close;
    ObjList *seen;
    bool failed;
} Printer;

static void put(Printer *p, const char *s) {
    if (!p->failed && tpBuf_puts(p->vm, &p->out, s) < 0) {
        p->failed = true;
    }
}
static void putn(Printer *p, const char *s, size_t n) {
    if (!p->failed && tpBuf_put(p->vm, &p->out, s, n) < 0) {
        p->failed = true;
    }
}
static void put_rep(Printer *p, const char *s, int n) {
    for (int i = 0; i < n; i++) {
        put(p, s);
    }
}
static void indent(Printer *p) { put_rep(p, " ", 2 * p->group_depth); }
static void margin(Printer *p) {
    indent(p);
    if (p->group_depth > 0) {
        put(p, "| ");
    }
}

/* ==== one traceback entry ==== */

static void put_markers(Printer *p, const char *line, size_t n, int ws, Position pos) {
    if (pos.col < 0 || pos.end_col < 0 || pos.lineno <= 0) {
        return;
    }
    int start = char_offset(line, n, pos.col);
    int end;
    int left = -1, right = -1;
    if (pos.end_lineno == pos.lineno) {
        end = char_offset(line, n, pos.end_col);
        if (pos.end_col > pos.col && (size_t)pos.end_col <= n) {
            int l, r;
            const char *seg = line + pos.col;
            size_t seglen = (size_t)(pos.end_col - pos.col);
            char *copy = malloc(seglen + 2);
            if (copy != NULL) {
                memcpy(copy, seg, seglen);
                copy[seglen] = '\n';
                copy[seglen + 1] = '\0';
                if (tpTb_anchors(copy, seglen + 1, &l, &r)) {
                    left = char_offset(seg, seglen, l) + start;
                    right = char_offset(seg, seglen, r) + start;
                }
                free(copy);
            }
        }
    } else {
        int i = (int)n;
        while (--i >= 0 && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f' ||
                            line[i] == '\n' || line[i] == '\r')) {
        }
        end = utf8_chars(line, (size_t)(i + 1));
    }
    int stripped_len = utf8_chars(line, n) - ws;
    bool special = left != -1 || right != -1;
    if (end - start == stripped_len && !special) {
        return;
    }
    margin(p);
    for (int off = ws - 4 + 1; off <= end; off++) {
        if (off <= start) {
            put(p, " ");
        } else if (special && left < off && off <= right) {
            put(p, "^");
        } else {
            put(p, special ? "~" : "^");
        }
    }
    put(p, "\n");
}

static void print_entry(Printer *p, ObjTraceback *tb) {
    VM *vm = p->vm;
    ObjCode *co = tb->code;
    margin(p);
    put(p, "  File \"");
    put(p, co->filename ? co->filename->data : "<unknown>");
    char num[64];
    snprintf(num, sizeof num, "\", line %d, in ", tb->lineno);
    put(p, num);
    put(p, co->name ? co->name->data : "?");
    put(p, "\n");
    const char *line;
    size_t n;
    if (co->filename == NULL || !src_line(&p->src, co->filename->data, tb->lineno, &line, &n)) {
        return;
    }
    size_t ws = 0;
    while (ws < n && (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\f')) {
        ws++;
    }
    margin(p);
    put(p, "    ");
    putn(p, line + ws, n - ws);
    put(p, "\n");
    Position pos = tb->lasti >= 0 ? tpCode_position(co, tb->lasti) : (Position){0, 0, -1, -1};
    if (pos.lineno == tb->lineno) {
        put_markers(p, line, n, utf8_chars(line, ws), pos);
    }
    (void)vm;
}

static void print_repeated(Printer *p, int cnt) {
    cnt -= TB_RECURSIVE_CUTOFF;
    char buf[96];
    snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", cnt,
             cnt > 1 ? "s" : "");
    margin(p);
    put(p, buf);
}

static void print_tb_entries(Printer *p, Value tbv) {
    int depth = 0;
    for (Value t = tbv; IS_OBJ(t); t = AS_TB(t)->next) {
        depth++;
    }
    Value t = tbv;
    while (depth > TB_LIMIT && IS_OBJ(t)) {
        depth--;
        t = AS_TB(t)->next;
    }
    ObjStr *last_file = NULL, *last_name = NULL;
    int last_line = -1, cnt = 0;
    for (; IS_OBJ(t); t = AS_TB(t)->next) {
        ObjTraceback *tb = AS_TB(t);
        ObjCode *co = tb->code;
        if (last_file == NULL || co->filename != last_file || last_line == -1 ||
            tb->lineno != last_line || last_name == NULL || co->name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                print_repeated(p, cnt);
            }
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            print_entry(p, tb);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        print_repeated(p, cnt);
    }
}

static void print_traceback_block(Printer *p, Value exc) {
    Value tb = AS_EXC(exc)->traceback;
    if (!IS_OBJ(tb)) {
        return;
    }
    const char *header = "Traceback (most recent call last):\n";
    indent(p);
    if (tpExcGroup_check(p->vm, exc)) {
        header = "Exception Group Traceback (most recent call last):\n";
        put(p, p->group_depth == 1 ? "+ " : "| ");
    } else if (p->group_depth > 0) {
        put(p, "| ");
    }
    put(p, header);
    print_tb_entries(p, tb);
}

/* ==== the message part ==== */

static Value attr_or_null(VM *vm, Value obj, const char *name) {
    Value v;
    ObjStr *s = tpStr_intern_cstr(vm, name);
    if (s == NULL) {
        tpErr_clear(vm);
        return NULL_VAL;
    }
    int r = tpObj_getattr_opt(vm, obj, s, &v);
    if (r <= 0) {
        tpErr_clear(vm);
        return NULL_VAL;
    }
    return v;
}

static int64_t int_attr(VM *vm, Value obj, const char *name, int64_t dflt) {
    Value v = attr_or_null(vm, obj, name);
    int64_t i;
    if (IS_NULL(v) || IS_NONE(v) || !tpInt_check(vm, v) || tpInt_as_i64(vm, v, &i) < 0) {
        tpErr_clear(vm);
        return dflt;
    }
    return i;
}

static void print_syntax_error_location(Printer *p, Value exc) {
    VM *vm = p->vm;
    Value fn = attr_or_null(vm, exc, "filename");
    int64_t lineno = int_attr(vm, exc, "lineno", -1);
    if (lineno < 0) {
        return; /* matches CPython: no location line without a line number */
    }
    margin(p);
    put(p, "  File \"");
    put(p, !IS_NULL(fn) && tpObj_is(vm, fn, TYPE_STR) ? AS_STR(fn)->data : "<string>");
    char buf[64];
    snprintf(buf, sizeof buf, "\", line %lld\n", (long long)lineno);
    put(p, buf);
    Value text = attr_or_null(vm, exc, "text");
    if (IS_NULL(text) || !tpObj_is(vm, text, TYPE_STR)) {
        return;
    }
    int64_t offset = int_attr(vm, exc, "offset", 0);
    int64_t end_offset = int_attr(vm, exc, "end_offset", 0);
    int64_t carets = end_offset > offset ? end_offset - offset : 1;
    bool indent = tpType_is_subtype(tpType_of(vm, exc), tpExc_type(vm, EXC_IndentationError));
    if (indent) {
        carets = 1;   /* CPython 3.11 shows a single caret for indentation errors */
    }
    if (!indent && int_attr(vm, exc, "end_lineno", -1) > lineno) {
        /* a range ending on a later line: CPython takes the end as the text's length */
        int64_t n = (int64_t)utf8_chars(AS_STR(text)->data, strlen(AS_STR(text)->data));
        carets = n > offset ? n - offset : 1;
    }
    const char *t = AS_STR(text)->data;
    offset--;
    while (*t == ' ' || *t == '\t' || *t == '\f') {
        t++;
        offset--;
    }
    int64_t len = (int64_t)utf8_chars(t, strlen(t));
    if (len > 0 && t[strlen(t) - 1] == '\n') {
        len--;
    }
    if (offset > len) {
        offset = len;
    }
    for (;;) {
        const char *nl = strchr(t, '\n');
        if (nl == NULL || utf8_chars(t, (size_t)(nl - t)) >= offset) {
            break;
        }
        int64_t inl = utf8_chars(t, (size_t)(nl - t)) + 1;
        t = nl + 1;
        len -= inl;
        offset -= inl;
    }
    margin(p);
    put(p, "    ");
    const char *nl = strchr(t, '\n');
    putn(p, t, nl ? (size_t)(nl - t) : strlen(t));
    put(p, "\n");
    if (offset < 0) {
        return;
    }
    margin(p);
    put(p, "    ");
    put_rep(p, " ", (int)offset);
    put_rep(p, "^", (int)carets);
    put(p, "\n");
}

static void put_type_name(Printer *p, ObjType *t) {
    VM *vm = p->vm;
    Value mod = tpType_stored_module(vm, t);
    if (IS_NULL(mod) || !tpObj_is(vm, mod, TYPE_STR)) {
        if (t->flags & TPFLAG_HEAPTYPE) {
            put(p, "<unknown>.");
        }
    } else if (strcmp(AS_STR(mod)->data, "builtins") != 0 &&
               strcmp(AS_STR(mod)->data, "__main__") != 0) {
        put(p, AS_STR(mod)->data);
        put(p, ".");
    }
    put(p, (t->qualname ? t->qualname : t->name)->data);
}

static void print_notes(Printer *p, Value exc) {
    VM *vm = p->vm;
    Value notes = attr_or_null(vm, exc, "__notes__");
    if (IS_NULL(notes)) {
        return;
    }
    if (!tpObj_is(vm, notes, TYPE_LIST) && !tpObj_is(vm, notes, TYPE_TUPLE)) {
        Value r;
        margin(p);
        if (tpObj_repr(vm, notes, &r) < 0) {
            tpErr_clear(vm);
            put(p, "<__notes__ repr() failed>");
        } else {
            put(p, AS_STR(r)->data);
        }
        put(p, "\n");
        return;
    }
    ObjTuple *t = tpSeq_tuple(vm, notes);
    if (t == NULL) {
        tpErr_clear(vm);
        return;
    }
    for (size_t i = 0; i < t->len; i++) {
        Value s = t->items[i];
        if (!tpObj_is(vm, s, TYPE_STR) && tpObj_str(vm, t->items[i], &s) < 0) {
            tpErr_clear(vm);
            margin(p);
            put(p, "<note str() failed>\n");
            continue;
        }
        const char *q = AS_STR(s)->data;
        for (;;) {
            const char *nl = strchr(q, '\n');
            margin(p);
            putn(p, q, nl ? (size_t)(nl - q) : strlen(q));
            put(p, "\n");
            if (nl == NULL) {
                break;
            }
            q = nl + 1;
        }
    }
}

static void print_message(Printer *p, Value exc) {
    VM *vm = p->vm;
    ObjType *t = tpType_of(vm, exc);
    Value msg = NULL_VAL;
    if (tpType_is_subtype(t, tpExc_type(vm, EXC_SyntaxError))) {
        print_syntax_error_location(p, exc);
        msg = attr_or_null(vm, exc, "msg");
    }
    margin(p);
    put_type_name(p, t);
    Value s;
    if (!IS_NULL(msg) && tpObj_is(vm, msg, TYPE_STR)) {
        s = msg;
    } else if (tpObj_str(vm, exc, &s) < 0) {
        tpErr_clear(vm);
        put(p, ": <exception str() failed>\n");
        print_notes(p, exc);
        return;
    }
    if (tpObj_is(vm, s, TYPE_STR) && AS_STR(s)->len > 0) {
        put(p, ": ");
        putn(p, AS_STR(s)->data, AS_STR(s)->nbytes);
    }
    ObjStr *hint = tpSuggest_for(vm, exc);
    if (hint != NULL) {
        put(p, ". Did you mean: '");
        putn(p, hint->data, hint->nbytes);
        put(p, "'?");
    }
    put(p, "\n");
    print_notes(p, exc);
}

/* ==== chains and groups ==== */

static void print_recursive(Printer *p, Value exc, int level);

static bool seen(Printer *p, Value v) {
    for (size_t i = 0; i < p->seen->len; i++) {
        if (p->seen->items[i] == v) {
            return true;
        }
    }
    return false;
}

static void print_chained(Printer *p, Value v, const char *message, int level) {
    bool need_close = p->need_close;
    print_recursive(p, v, level + 1);
    p->need_close = need_close;
    margin(p);
    put(p, "\n");
    margin(p);
    put(p, message);
    margin(p);
    put(p, "\n");
}

static void print_group(Printer *p, Value exc, int level) {
    VM *vm = p->vm;
    if (p->group_depth > MAX_GROUP_DEPTH) {
        margin(p);
        put(p, "... (max_group_depth is 10)\n");
        return;
    }
    if (p->group_depth == 0) {
        p->group_depth++;
    }
    print_traceback_block(p, exc);
    print_message(p, exc);
    Value excs = attr_or_null(vm, exc, "exceptions");
    ObjTuple *t = IS_NULL(excs) ? NULL : tpSeq_tuple(vm, excs);
    if (t == NULL) {
        tpErr_clear(vm);
        t = vm->empty_tuple;
    }
    size_t n = t->len <= MAX_GROUP_WIDTH ? t->len : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) {
            p->need_close = true;
        }
        indent(p);
        char buf[96];
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated) {
            snprintf(buf, sizeof buf, "%s+---------------- %zu ----------------\n",
                     i == 0 ? "+-" : "  ", i + 1);
        } else {
            snprintf(buf, sizeof buf, "%s+---------------- ... ----------------\n",
                     i == 0 ? "+-" : "  ");
        }
        put(p, buf);
        p->group_depth++;
        if (!truncated) {
            print_recursive(p, t->items[i], level + 1);
        } else {
            size_t rem = t->len - MAX_GROUP_WIDTH;
            margin(p);
            snprintf(buf, sizeof buf, "and %zu more exception%s\n", rem, rem > 1 ? "s" : "");
            put(p, buf);
        }
        if (last && p->need_close) {
            indent(p);
            put(p, "+------------------------------------\n");
            p->need_close = false;
        }
        p->group_depth--;
    }
    if (p->group_depth == 1) {
        p->group_depth--;
    }
}

static void print_one(Printer *p, Value exc, int level);

/* Each chained exception is one guarded level of C recursion, as in CPython: a chain as deep as
 * the recursion limit (or the C stack) is cut there instead of overflowing. */
static void print_recursive(Printer *p, Value exc, int level) {
    if (p->failed) {
        return;
    }
    /* leave a few levels for str() of the exceptions printed on the way back; the outermost
     * exception is printed whatever the depth */
    VM *vm = p->vm;
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    if (level > 0 &&
        (vm->depth + 4 >= vm->recursion_limit || here < vm->c_stack_limit + ((size_t)64 << 10))) {
        return;
    }
    bool entered = tpC_enter(vm, "") == 0;
    if (!entered) {
        tpErr_clear(vm);
        if (level > 0) {
            return;
        }
    }
    print_one(p, exc, level);
    if (entered) {
        tpC_leave(vm);
    }
}

static void print_one(Printer *p, Value exc, int level) {
    VM *vm = p->vm;
    if (tpList_append(vm, p->seen, exc) < 0) {
        tpErr_clear(vm);
        p->failed = true;
        return;
    }
    if (!tpExc_check(vm, exc)) {
        margin(p);
        put(p, "TypeError: print_exception(): Exception expected for value, ");
        put(p, tpObj_typename(vm, exc));
        put(p, " found\n");
        return;
    }
    Value cause = AS_EXC(exc)->cause, ctx = AS_EXC(exc)->context;
    if (tpExc_check(vm, cause)) {
        if (!seen(p, cause)) {
            print_chained(p, cause,
                          "The above exception was the direct cause of the following exception:\n",
                          level);
        }
    } else if (!AS_EXC(exc)->suppress_context && tpExc_check(vm, ctx) && !seen(p, ctx)) {
        print_chained(p, ctx,
                      "During handling of the above exception, another exception occurred:\n",
                      level);
    }
    if (tpExcGroup_check(vm, exc)) {
        print_group(p, exc, level);
    } else {
        print_traceback_block(p, exc);
        print_message(p, exc);
    }
}

void tpErr_print(VM *vm, Value exc) {
    Value saved = tpErr_fetch(vm);
    size_t mark = tpGC_save(vm);
    Printer p;
    memset(&p, 0, sizeof p);
    p.vm = vm;
    tpBuf_init(&p.out);
    p.seen = tpList_new(vm, 8);
    if (p.seen != NULL) {
        print_recursive(&p, exc, 0);
    }
    tpErr_clear(vm);
    tpSys_flush_std(vm);
    if (p.out.data != NULL) {
        if (tpSys_write(vm, 1, p.out.data, p.out.len) < 0) {
            tpErr_clear(vm);
            fwrite(p.out.data, 1, p.out.len, stderr);
        }
    }
    if (p.seen == NULL || p.failed) {
        /* out of memory while formatting: at least name the exception, on a line of its own */
        bool midline = p.out.len > 0 && p.out.data[p.out.len - 1] != '\n';
        fprintf(stderr, "%s%s\n", midline ? "\n" : "", tpType_of(vm, exc)->name->data);
    }
    tpSys_flush_std(vm);
    tpBuf_free(&p.out);
    src_free(&p.src);
    tpGC_restore(vm, mark);
    vm->exc = saved;
}

void tpErr_write_unraisable(VM *vm, Value exc, Value where) {
    tpSys_unraisable(vm, exc, NULL, where);   /* through sys.unraisablehook (mod_sys.c) */
}

int tpTraceback_format(VM *vm, Value tb, StrBuf *out) {
    Value saved = tpErr_fetch(vm);
    Printer p;
    memset(&p, 0, sizeof p);
    p.vm = vm;
    tpBuf_init(&p.out);
    put(&p, "Traceback (most recent call last):\n");
    print_tb_entries(&p, tb);
    int rc = p.failed || (p.out.data != NULL && tpBuf_put(vm, out, p.out.data, p.out.len) < 0)
                 ? -1 : 0;
    tpBuf_free(&p.out);
    src_free(&p.src);
    tpErr_clear(vm);
    vm->exc = saved;
    return rc;
}

void tpTraceback_print(VM *vm, Value tb) {
    Value saved = tpErr_fetch(vm);
    Printer p;
    memset(&p, 0, sizeof p);
    p.vm = vm;
    tpBuf_init(&p.out);
    if (IS_OBJ(tb)) {
        put(&p, "Traceback (most recent call last):\n");
        print_tb_entries(&p, tb);
    }
    if (p.out.data != NULL && tpSys_write(vm, 1, p.out.data, p.out.len) < 0) {
        tpErr_clear(vm);
    }
    tpBuf_free(&p.out);
    src_free(&p.src);
    vm->exc = saved;
}
