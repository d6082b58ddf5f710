/*
 * Optional accelerator for `timeline --format jsonl` over nRF5 `nrf_log` text (evidence/nrf_log.py).
 *
 * Why it exists: the pure-Python block parser spends ~2.7 us per line in the line regex, one JSON
 * escape and one format before any meaning is looked at, which alone rules out 500k lines/s.  Here,
 * per line of a block: the line split, the record prefix (RTT `NN> `, `[hh:mm:ss.mmm,uuu]`,
 * `<level> module:`), the classification cache lookup and the JSON line.  It is never a second source
 * of truth -- everything that has meaning stays in Python and is called from here:
 *
 *  - a line is a record here only when it is, in ASCII, what the grammar-derived line regex
 *    `DeviceLogDialect.lines` takes as a record; anything else or uncertain (non-ASCII in the prefix or
 *    module, colour codes, `[ticks]`, stamps under 100 us, overlong lines) goes to Python's block parser;
 *  - `miss(key)` classifies a message not in the cache (and caches it), `state(entry, line)` applies
 *    the per-input state and gives the entry to write (a response's inferred fields), `parts(entry)`
 *    is the JSON writer's constant parts of an entry (head with a device clock, head without, the
 *    level/module/fields tail), also kept in `entry[5]`; this file adds only the stamp's number (its
 *    digits, as `_Jsonl._rows` does), the escaped text and the line number;
 *  - state is applied in line order: a line that needs `state` after a line given to Python ends the
 *    call (Python parses its lines, then calls again from there).
 *
 * scan(block, pos, lineno, rendered, cache, limit, max_line, miss, state, parts)
 *   -> (plan, sub_block, line_numbers, prevs, made, pos, lineno, last)
 *   plan: in line order, `str` (JSON lines made here; `made` lines in all) or `int` (that many of
 *   Python's lines); sub_block: Python's lines, each with its '\n', joined; line_numbers and prevs:
 *   theirs (prevs: the entry of the line before when it was made here, for "the record before");
 *   pos, lineno: where the next call starts; last: the entry of the last line when made here.
 *   `rendered` maps a record's "<level> module:message" to its entry (a shortcut for the tuple key of
 *   `cache`), cleared at `limit` entries.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    char *p;
    Py_ssize_t len, cap;
} Buf;

static int
buf_reserve(Buf *b, Py_ssize_t extra)
{
    if (extra > PY_SSIZE_T_MAX - b->len) {
        PyErr_NoMemory();
        return -1;
    }
    if (b->len + extra <= b->cap)
        return 0;
    Py_ssize_t cap = b->cap ? b->cap : 1 << 16;
    while (cap < b->len + extra) {
        if (cap > PY_SSIZE_T_MAX / 2) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    char *p = PyMem_Realloc(b->p, (size_t)cap);
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

/* caller has reserved room */
static void
buf_put(Buf *b, const char *s, Py_ssize_t n)
{
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
}

#define CH(i) PyUnicode_READ(kind, data, (i))
/* The per-character functions are inlined into one copy per string kind (1, 2, 4 bytes per character),
 * so that CH() is a plain array read in each (measured: ~2x less time per line than one copy). */
#if defined(__GNUC__)
#define HOT static inline __attribute__((always_inline))
#else
#define HOT static inline
#endif
#define BY_KIND(call_with_kind)                                           \
    switch (kind) {                                                      \
    case PyUnicode_1BYTE_KIND: { const int k_ = PyUnicode_1BYTE_KIND; return call_with_kind; } \
    case PyUnicode_2BYTE_KIND: { const int k_ = PyUnicode_2BYTE_KIND; return call_with_kind; } \
    default: { const int k_ = PyUnicode_4BYTE_KIND; return call_with_kind; }                    \
    }
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')

typedef struct {
    Py_ssize_t start;       /* the line's first character */
    Py_ssize_t lt;          /* the '<' before the level: the rendered-dict key starts here */
    Py_ssize_t lvl0, lvl1;  /* level token */
    Py_ssize_t mod0, mod1;  /* module */
    Py_ssize_t msg0;        /* message, up to end */
    Py_ssize_t end;         /* end of the record text: the line without its trailing CRs */
    Py_ssize_t clock;       /* the '[' of an [hh:mm:ss.mmm,uuu] stamp, or -1 */
    int ticks;              /* a [ticks] stamp (Python adds a field for it) */
    int tiny;               /* a clock under 100 us, which float repr writes with an exponent */
} Line;

static const char *const LEVELS[] = {"error", "warning", "info", "debug"};

/* Whether characters [s, e) (e: the '\n') are a record as the line regex reads it; fills `ln`.
 * 0 also means "not sure" (left to Python). */
HOT int
parse_line(int kind, const void *data, Py_ssize_t s, Py_ssize_t e, Py_ssize_t max_line, Line *ln)
{
    if (e - s > max_line)  /* the regex's look-ahead: longer lines are the reader's business */
        return 0;
    Py_ssize_t end = e;
    while (end > s && CH(end - 1) == '\r')
        end--;
    Py_ssize_t i = s;
    ln->start = s;
    /* RTT_PREFIX \d\d> ?  (taking it is the only way a line starting with digits can match) */
    if (end - i >= 3 && IS_DIGIT(CH(i)) && IS_DIGIT(CH(i + 1)) && CH(i + 2) == '>') {
        i += 3;
        if (i < end && CH(i) == ' ')
            i++;
    }
    ln->clock = -1;
    ln->ticks = ln->tiny = 0;
    if (i < end && CH(i) == '[') {
        static const char shape[] = "[00:00:00.000,000]";
        int clock = end - i >= 18;
        for (Py_ssize_t k = 0; clock && k < 18; k++) {
            Py_UCS4 c = CH(i + k);
            clock = shape[k] == '0' ? IS_DIGIT(c) : c == (Py_UCS4)shape[k];
        }
        if (clock) {
            ln->clock = i;
            ln->tiny = 1;  /* [00:00:00.000,0uu] */
            for (Py_ssize_t k = 1; k < 15 && ln->tiny; k++)
                ln->tiny = shape[k] != '0' || CH(i + k) == '0';
            i += 18;
        } else {  /* TICKS \[\d+\] */
            Py_ssize_t k = i + 1;
            while (k < end && IS_DIGIT(CH(k)))
                k++;
            if (k == i + 1 || k >= end || CH(k) != ']')
                return 0;
            ln->ticks = 1;
            i = k + 1;
        }
        if (i < end && CH(i) == ' ')
            i++;
    }
    if (i >= end || CH(i) != '<')
        return 0;
    ln->lt = i++;
    int level = -1;
    for (int l = 0; l < 4 && level < 0; l++) {
        Py_ssize_t n = (Py_ssize_t)strlen(LEVELS[l]), k = 0;
        if (end - i < n + 2)
            continue;
        while (k < n && CH(i + k) == (Py_UCS4)LEVELS[l][k])
            k++;
        if (k == n && CH(i + n) == '>' && CH(i + n + 1) == ' ')
            level = l;
    }
    if (level < 0)
        return 0;
    ln->lvl0 = i;
    ln->lvl1 = i + (Py_ssize_t)strlen(LEVELS[level]);
    i = ln->lvl1 + 2;
    /* MODULE [A-Za-z_][\w.\-]* ':'  -- ASCII only; \w would also take other letters: Python decides */
    ln->mod0 = i;
    if (i >= end)
        return 0;
    Py_UCS4 c = CH(i);
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'))
        return 0;
    for (i++; i < end; i++) {
        c = CH(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IS_DIGIT(c) || c == '_' || c == '.'
              || c == '-'))
            break;
    }
    if (i >= end || CH(i) != ':')
        return 0;
    ln->mod1 = i;
    ln->msg0 = ++i;
    ln->end = end;
    /* (?!  ), then no '<' or ESC in the message (colour codes, glued records), and not ending in "[0m" */
    if (end - i >= 2 && CH(i) == ' ' && CH(i + 1) == ' ')
        return 0;
    for (; i < end; i++) {
        c = CH(i);
        if (c == '<' || c == 0x1b)
            return 0;
    }
    if (end - s >= 3 && CH(end - 3) == '[' && CH(end - 2) == '0' && CH(end - 1) == 'm')
        return 0;
    return 1;
}

/* json.encoder.encode_basestring_ascii of characters [s, e): quotes, \" \\ \n \r \t \b \f, other
 * characters outside ' '..'~' as \u00XX / \uXXXX (lower-case hex), astral ones as a surrogate pair. */
HOT int
put_json_string(Buf *b, int kind, const void *data, Py_ssize_t s, Py_ssize_t e)
{
    static const char hex[] = "0123456789abcdef";
    if (buf_reserve(b, 2 + 12 * (e - s)) < 0)
        return -1;
    char *o = b->p + b->len;
    *o++ = '"';
    for (Py_ssize_t i = s; i < e; i++) {
        Py_UCS4 c = CH(i);
        if (c >= ' ' && c <= '~' && c != '\\' && c != '"') {
            *o++ = (char)c;
            continue;
        }
        *o++ = '\\';
        switch (c) {
        case '\\': *o++ = '\\'; break;
        case '"': *o++ = '"'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        default:
            if (c >= 0x10000) {
                Py_UCS4 v = c - 0x10000, hi = 0xd800 | ((v >> 10) & 0x3ff);
                *o++ = 'u';
                *o++ = hex[(hi >> 12) & 0xf];
                *o++ = hex[(hi >> 8) & 0xf];
                *o++ = hex[(hi >> 4) & 0xf];
                *o++ = hex[hi & 0xf];
                *o++ = '\\';
                c = 0xdc00 | (v & 0x3ff);
            }
            *o++ = 'u';
            *o++ = hex[(c >> 12) & 0xf];
            *o++ = hex[(c >> 8) & 0xf];
            *o++ = hex[(c >> 4) & 0xf];
            *o++ = hex[c & 0xf];
        }
    }
    *o++ = '"';
    b->len = o - b->p;
    return 0;
}

static void
put_ascii(Buf *b, PyObject *s)  /* caller reserved room; s is an ASCII str */
{
    buf_put(b, (const char *)PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s));
}

/* One JSON line as _Jsonl._rows writes it: {"t": T<head>"text", "line": N<tail>}\n  (0, or -1 on error) */
/* Decimal digits of v >= 0 at o; how many (snprintf costs more than the rest of a line). */
static int
put_decimal(char *o, long long v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0 && n < 24);
    for (int k = 0; k < n; k++)
        o[k] = tmp[n - 1 - k];
    return n;
}

/* One JSON line as _Jsonl._rows writes it: {"t": T<head>"text", "line": N<tail>}\n  (0, or -1 on error) */
HOT int
render(Buf *b, int kind, const void *data, const Line *ln, PyObject *parts, long long lineno)
{
    char num[64];
    int n = 0;
    memcpy(num, "{\"t\": ", 6);
    n = 6;
    if (ln->clock >= 0) {
        /* the stamp is exact microseconds: float repr of s.uuuuuu is its digits without trailing zeros */
        Py_ssize_t c = ln->clock;
        int hms[3], frac = 6;
        for (int k = 0; k < 3; k++)
            hms[k] = (int)(CH(c + 1 + 3 * k) - '0') * 10 + (int)(CH(c + 2 + 3 * k) - '0');
        char digits[6] = {(char)CH(c + 10), (char)CH(c + 11), (char)CH(c + 12),
                          (char)CH(c + 14), (char)CH(c + 15), (char)CH(c + 16)};
        n += put_decimal(num + n, (hms[0] * 60L + hms[1]) * 60L + hms[2]);
        num[n++] = '.';
        while (frac > 1 && digits[frac - 1] == '0')  /* "12.0" for whole seconds, like float repr */
            frac--;
        memcpy(num + n, digits, (size_t)frac);
        n += frac;
    } else {
        memcpy(num + n, "null", 4);
        n += 4;
    }
    PyObject *head = PyTuple_GET_ITEM(parts, ln->clock >= 0 ? 0 : 1), *tail = PyTuple_GET_ITEM(parts, 2);
    if (buf_reserve(b, n + PyUnicode_GET_LENGTH(head)) < 0)
        return -1;
    buf_put(b, num, n);
    put_ascii(b, head);
    if (put_json_string(b, kind, data, ln->start, ln->end) < 0)
        return -1;
    memcpy(num, ", \"line\": ", 10);
    n = 10 + put_decimal(num + 10, lineno < 0 ? 0 : lineno);
    if (buf_reserve(b, n + PyUnicode_GET_LENGTH(tail) + 2) < 0)
        return -1;
    buf_put(b, num, n);
    put_ascii(b, tail);
    buf_put(b, "}\n", 2);
    return 0;
}


static int
parse_any(int kind, const void *data, Py_ssize_t s, Py_ssize_t e, Py_ssize_t max_line, Line *ln)
{
    BY_KIND(parse_line(k_, data, s, e, max_line, ln))
}

static int
render_any(Buf *b, int kind, const void *data, const Line *ln, PyObject *parts, long long lineno)
{
    BY_KIND(render(b, k_, data, ln, parts, lineno))
}

/* The index of the next '\n' from s, or size. */
static Py_ssize_t
line_end(int kind, const void *data, Py_ssize_t s, Py_ssize_t size)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const char *p = memchr((const char *)data + s, '\n', (size_t)(size - s));
        return p ? p - (const char *)data : size;
    }
    while (s < size && CH(s) != '\n')
        s++;
    return s;
}

/* Owned reference to the classification cache entry of a record (calling `miss` for a message not seen
 * before), or NULL with an exception. */
static PyObject *
entry_of(PyObject *block, PyObject *rendered, PyObject *cache, Py_ssize_t limit, PyObject *miss, const Line *ln)
{
    PyObject *suffix = PyUnicode_Substring(block, ln->lt, ln->end);
    if (suffix == NULL)
        return NULL;
    PyObject *entry = PyDict_GetItemWithError(rendered, suffix);
    if (entry != NULL || PyErr_Occurred()) {
        Py_XINCREF(entry);
        Py_DECREF(suffix);
        return entry;
    }
    PyObject *level = PyUnicode_Substring(block, ln->lvl0, ln->lvl1);
    PyObject *module = PyUnicode_Substring(block, ln->mod0, ln->mod1);
    PyObject *msg = PyUnicode_Substring(block, ln->msg0, ln->end);
    PyObject *key = (level && module && msg) ? PyTuple_Pack(3, level, module, msg) : NULL;
    Py_XDECREF(level);
    Py_XDECREF(module);
    Py_XDECREF(msg);
    if (key != NULL) {
        entry = PyDict_GetItemWithError(cache, key);
        if (entry != NULL)
            Py_INCREF(entry);
        else if (!PyErr_Occurred())
            entry = PyObject_CallOneArg(miss, key);  /* Python classifies, and caches it */
        Py_DECREF(key);
    }
    if (entry != NULL) {
        if (PyDict_GET_SIZE(rendered) >= limit)
            PyDict_Clear(rendered);
        if (PyDict_SetItem(rendered, suffix, entry) < 0)
            Py_CLEAR(entry);
    }
    Py_DECREF(suffix);
    return entry;
}

static int
bad_entry(void)
{
    PyErr_SetString(PyExc_TypeError, "_nrflog_accel: a cache entry is not [kind, fields, level, module, flag, "
                                     "parts, ...] with parts (str, str, str) in ASCII");
    return -1;
}

/* The entry's state flag (0: stateless), or -1 with an exception. */
static long
flag_of(PyObject *entry)
{
    if (!PyList_CheckExact(entry) || PyList_GET_SIZE(entry) < 6)
        return bad_entry();
    int overflow = 0;
    long flag = PyLong_AsLongAndOverflow(PyList_GET_ITEM(entry, 4), &overflow);
    if (flag == -1 && PyErr_Occurred())
        return -1;
    return overflow || flag < 0 ? bad_entry() : flag;
}

typedef struct {
    PyObject *block, *plan, *sub, *lines, *prevs;
    Py_ssize_t py_run;  /* Python lines not yet counted in the plan */
    Py_ssize_t py_all;  /* Python lines in this call */
    Buf out;            /* JSON lines not yet put in the plan */
} Scan;

static int
flush_out(Scan *sc)
{
    if (sc->out.len == 0)
        return 0;
    PyObject *s = PyUnicode_New(sc->out.len, 127);
    if (s == NULL)
        return -1;
    memcpy(PyUnicode_DATA(s), sc->out.p, (size_t)sc->out.len);
    sc->out.len = 0;
    int rc = PyList_Append(sc->plan, s);
    Py_DECREF(s);
    return rc;
}

static int
flush_python(Scan *sc)
{
    if (sc->py_run == 0)
        return 0;
    PyObject *k = PyLong_FromSsize_t(sc->py_run);
    if (k == NULL)
        return -1;
    sc->py_run = 0;
    int rc = PyList_Append(sc->plan, k);
    Py_DECREF(k);
    return rc;
}

/* Line [s, e] (e: its '\n') goes to Python; `prev` is the entry of the line before when it was made here
 * (Python's slow path reads "the record before"), else NULL. */
static int
to_python(Scan *sc, Py_ssize_t s, Py_ssize_t e, long long lineno, PyObject *prev)
{
    if (flush_out(sc) < 0)
        return -1;
    PyObject *text = PyUnicode_Substring(sc->block, s, e + 1);
    PyObject *num = PyLong_FromLongLong(lineno);
    int rc = -1;
    if (text && num && PyList_Append(sc->sub, text) == 0 && PyList_Append(sc->lines, num) == 0)
        rc = PyList_Append(sc->prevs, prev ? prev : Py_None);
    Py_XDECREF(text);
    Py_XDECREF(num);
    sc->py_run++;
    sc->py_all++;
    return rc;
}

static PyObject *
scan(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *block, *rendered, *cache, *miss, *state, *parts_of;
    long long lineno;
    Py_ssize_t s, limit, max_line;
    if (!PyArg_ParseTuple(args, "UnLO!O!nnOOO:scan", &block, &s, &lineno, &PyDict_Type, &rendered, &PyDict_Type,
                          &cache, &limit, &max_line, &miss, &state, &parts_of))
        return NULL;
    int kind = PyUnicode_KIND(block);
    const void *data = PyUnicode_DATA(block);
    Py_ssize_t size = PyUnicode_GET_LENGTH(block), made = 0;
    if (s < 0 || s > size || limit < 1 || max_line < 0) {
        PyErr_SetString(PyExc_ValueError, "_nrflog_accel.scan: position or limits out of range");
        return NULL;
    }
    Scan sc = {block, PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0), 0, 0, {NULL, 0, 0}};
    PyObject *result = NULL, *prev = NULL;  /* prev: owned entry of the line before, when made here */
    if (sc.plan == NULL || sc.sub == NULL || sc.lines == NULL || sc.prevs == NULL)
        goto done;
    while (s < size) {
        Py_ssize_t e = line_end(kind, data, s, size);
        int whole = e < size;
        if (!whole)  /* no line end: not a whole line, Python's business (the reader prevents it) */
            e = size - 1;
        Line ln;
        PyObject *entry = NULL;
        if (whole && parse_any(kind, data, s, e, max_line, &ln) && !ln.ticks && !ln.tiny) {
            entry = entry_of(block, rendered, cache, limit, miss, &ln);
            long flag = entry ? flag_of(entry) : -1;
            if (flag < 0) {
                Py_XDECREF(entry);
                goto done;
            }
            if (flag) {
                /* State is applied in line order: after Python's lines of this call, so stop before it */
                if (sc.py_all) {
                    Py_DECREF(entry);
                    break;
                }
                PyObject *derived = PyObject_CallFunction(state, "OL", entry, lineno + 1);
                Py_SETREF(entry, derived);
                if (entry == NULL || flag_of(entry) < 0) {
                    Py_XDECREF(entry);
                    goto done;
                }
            }
            PyObject *parts = PyList_GET_ITEM(entry, 5);
            Py_INCREF(parts);
            if (parts == Py_None)  /* the writer encodes the entry's constant JSON once */
                Py_SETREF(parts, PyObject_CallOneArg(parts_of, entry));
            int ok = parts != NULL && PyTuple_CheckExact(parts) && PyTuple_GET_SIZE(parts) == 3;
            for (int k = 0; ok && k < 3; k++) {
                PyObject *p = PyTuple_GET_ITEM(parts, k);
                ok = PyUnicode_CheckExact(p) && PyUnicode_IS_ASCII(p);
            }
            if (!ok) {
                if (parts != NULL)
                    bad_entry();
                Py_XDECREF(parts);
                Py_DECREF(entry);
                goto done;
            }
            int rc = flush_python(&sc) < 0 ? -1 : render_any(&sc.out, kind, data, &ln, parts, lineno + 1);
            Py_DECREF(parts);
            if (rc < 0) {
                Py_DECREF(entry);
                goto done;
            }
            made++;
            Py_XSETREF(prev, entry);
        } else {
            if (PyErr_Occurred() || to_python(&sc, s, e, lineno + 1, prev) < 0)
                goto done;
            Py_CLEAR(prev);
        }
        lineno++;
        s = e + 1;
    }
    if (flush_out(&sc) < 0 || flush_python(&sc) < 0)
        goto done;
    PyObject *empty = PyUnicode_New(0, 0);
    PyObject *joined = empty ? PyUnicode_Join(empty, sc.sub) : NULL;
    Py_XDECREF(empty);
    if (joined != NULL)
        result = Py_BuildValue("(ONOOnnLO)", sc.plan, joined, sc.lines, sc.prevs, made, s, lineno,
                               prev ? prev : Py_None);
done:
    PyMem_Free(sc.out.p);
    Py_XDECREF(prev);
    Py_XDECREF(sc.plan);
    Py_XDECREF(sc.sub);
    Py_XDECREF(sc.lines);
    Py_XDECREF(sc.prevs);
    return result;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS,
     "scan(block, pos, lineno, rendered, cache, limit, max_line, miss, state, parts) -> "
     "(plan, sub_block, line_numbers, prevs, made, pos, lineno, last): see the top of _nrflog_accel.c."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_nrflog_accel", NULL, -1, methods,
                                    NULL, NULL, NULL, NULL};

PyMODINIT_FUNC
PyInit__nrflog_accel(void)
{
    return PyModule_Create(&module);
}
