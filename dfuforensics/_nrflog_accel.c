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
 *  - a message no cache has seen is matched against programs Python derives from the format strings of
 *    the template table (`Template.program`) and written from a "recipe" Python made by rendering the
 *    entry with sentinel values (`template_line`); where either is missing, `miss(key)` classifies it
 *    (and caches it);
 *  - `state(entry, line)` applies the per-input state and gives the entry to write (a response's
 *    inferred fields); the common cases are done here from what Python learned from its own
 *    `_apply_state` (`state_here`); `parts(entry)` is the JSON writer's constant parts of an entry (head
 *    with a device clock, head without, the level/module/fields tail), also kept in `entry[5]`; this file
 *    adds only the stamp's number (its digits, as `_Jsonl._rows` does), the escaped text and the line
 *    number (and a recipe's values: decimal numbers, escaped text);
 *  - state is applied in line order: a line that needs the state after a line given to Python ends the
 *    call (Python parses its lines, then calls again from there).
 *
 * scan(block, pos, lineno, rendered, cache, limit, max_line, miss, state, parts, buckets, bucket_of,
 *      st, slots, key, effect_of, lineno_marker)
 *   -> (plan, sub_block, line_numbers, prevs, made, pos, lineno, last)
 *   buckets, bucket_of: the template programs of new messages (see template_line below);
 *   st ... lineno_marker: the per-input state, applied here where Python has said how (see State below).
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

#define LEVEL(name) {name, sizeof(name) - 1}
static const struct {
    const char *name;
    Py_ssize_t len;
} LEVELS[] = {LEVEL("error"), LEVEL("warning"), LEVEL("info"), LEVEL("debug")};

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
        Py_ssize_t n = LEVELS[l].len, k = 0;
        if (end - i < n + 2 || CH(i) != (Py_UCS4)LEVELS[l].name[0])
            continue;
        while (k < n && CH(i + k) == (Py_UCS4)LEVELS[l].name[k])
            k++;
        if (k == n && CH(i + n) == '>' && CH(i + n + 1) == ' ')
            level = l;
    }
    if (level < 0)
        return 0;
    ln->lvl0 = i;
    ln->lvl1 = i + LEVELS[level].len;
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
put_json_text(Buf *b, int kind, const void *data, Py_ssize_t s, Py_ssize_t e, int quotes)
{
    static const char hex[] = "0123456789abcdef";
    if (buf_reserve(b, 2 + 12 * (e - s)) < 0)
        return -1;
    char *o = b->p + b->len;
    if (quotes)
        *o++ = '"';
    for (Py_ssize_t i = s; i < e; i++) {
        Py_UCS4 c = CH(i);
        if (c >= ' ' && c <= '~' && c != '\\' && c != '"') {
            if (kind == PyUnicode_1BYTE_KIND) {  /* the run of characters that need no escape, at once */
                const unsigned char *d = (const unsigned char *)data;
                Py_ssize_t j = i + 1;
                while (j < e && d[j] >= ' ' && d[j] <= '~' && d[j] != '\\' && d[j] != '"')
                    j++;
                memcpy(o, d + i, (size_t)(j - i));
                o += j - i;
                i = j - 1;
                continue;
            }
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
    if (quotes)
        *o++ = '"';
    b->len = o - b->p;
    return 0;
}
#define put_json_string(b, kind, data, s, e) put_json_text((b), (kind), (data), (s), (e), 1)

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

/* The start of one JSON line as _Jsonl._rows writes it, up to its tail: {"t": T<head>"text", "line": N
 * (parts: the entry's (head with a clock, head without, tail)); 0, or -1 on error. */
HOT int
render_start(Buf *b, int kind, const void *data, const Line *ln, PyObject *parts, long long lineno)
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
    PyObject *head = PyTuple_GET_ITEM(parts, ln->clock >= 0 ? 0 : 1);
    if (buf_reserve(b, n + PyUnicode_GET_LENGTH(head)) < 0)
        return -1;
    buf_put(b, num, n);
    put_ascii(b, head);
    if (put_json_string(b, kind, data, ln->start, ln->end) < 0)
        return -1;
    memcpy(num, ", \"line\": ", 10);
    n = 10 + put_decimal(num + 10, lineno < 0 ? 0 : lineno);
    if (buf_reserve(b, n) < 0)
        return -1;
    buf_put(b, num, n);
    return 0;
}

/* One JSON line of an entry: its start, then the entry's constant tail. */
HOT int
render(Buf *b, int kind, const void *data, const Line *ln, PyObject *parts, long long lineno)
{
    if (render_start(b, kind, data, ln, parts, lineno) < 0)
        return -1;
    PyObject *tail = PyTuple_GET_ITEM(parts, 2);
    if (buf_reserve(b, PyUnicode_GET_LENGTH(tail) + 2) < 0)
        return -1;
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

static int
render_start_any(Buf *b, int kind, const void *data, const Line *ln, PyObject *parts, long long lineno)
{
    BY_KIND(render_start(b, k_, data, ln, parts, lineno))
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

/* Owned reference to the classification cache entry of a record not in `rendered` (its key: `suffix`),
 * calling `miss` for a message not seen before; or NULL with an exception. */
static PyObject *
entry_of(PyObject *block, PyObject *rendered, PyObject *cache, Py_ssize_t limit, PyObject *miss, const Line *ln,
         PyObject *suffix)
{
    PyObject *entry = NULL;
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
    char *msg;          /* a record's message as ASCII (template_line) */
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

/* ---- New messages: the template table's own programs, matched here --------------------------------
 *
 * A message the caches have not seen (unique addresses, counters) would cost a Python call.  When it is
 * printable ASCII, it is matched here against the candidate templates of its (module, first HEAD
 * characters) -- `bucket_of(key)` gives them once per key, as programs derived from the format strings by
 * `Template.program` -- with the backtracking order of Python's `re` (fullmatch of the alternation in
 * the index's order), and written from the template's "recipe": the entry's JSON parts with the places
 * of the arguments and of the message left open, found by Python by rendering the entry twice with
 * sentinel arguments.  A template without a recipe (a post-processor reads its values, a kind that reads
 * or changes the per-input state), a value this file does not convert exactly (`(nil)`, more than 15
 * digits) or a match that takes too many steps: the line goes the old way (the caches and `miss`).
 *
 * bucket: (proxy, unmatched recipe or None, ([program, bases, recipe, make], ...)); proxy: an entry with
 * the line's level and module ("the record before"); bases: per group, 0 (text) or the int() base;
 * recipe: None, or ... until the template first matches, when `make()` gives it (and it is kept);
 * recipe: (head with a clock, head without, ops): ops are str (constant JSON), int k >= 0 (group k:
 * decimal value, or escaped text), -1 (the message, escaped).
 */
#define MAX_GROUPS 32
#define STEP_LIMIT 100000
#define IS_HEX(c) (IS_DIGIT(c) || ((c) >= 'a' && (c) <= 'f') || ((c) >= 'A' && (c) <= 'F'))

typedef struct {
    const char *s;
    Py_ssize_t n;
    Py_ssize_t gs[MAX_GROUPS], ge[MAX_GROUPS];
    long steps;
} Match;

/* Whether a message no template printed has, past its first EXTENDED_MIN_LITERAL - 1 characters, one of
 * the separators after which a project adds its own words to an SDK message (log_templates.py
 * `_EXTENSION_CUT`: ", ", ": ", " (", " - ", "; ", ". ", "! "): such a message goes to Python, which
 * tries it as an extended SDK message (`TemplateIndex.match_extended`) and caches the answer. */
#define EXTENDED_MIN_LITERAL 12
static int
extension_cut(const char *s, Py_ssize_t n)
{
    for (Py_ssize_t i = EXTENDED_MIN_LITERAL - 1; i + 1 < n; i++) {
        char c = s[i], d = s[i + 1];
        if (d == ' ' && (c == ',' || c == ':' || c == ';' || c == '.' || c == '!'))
            return 1;
        if (c == ' ' && (d == '(' || (d == '-' && i + 2 < n && s[i + 2] == ' ')))
            return 1;
    }
    return 0;
}

static Py_ssize_t
run_of(const Match *m, Py_ssize_t pos, char cls)
{
    Py_ssize_t k = pos;
    while (k < m->n) {
        char c = m->s[k];
        if (!(cls == 'D' ? IS_DIGIT(c) : cls == 'H' ? IS_HEX(c) : cls == 'O' ? (c >= '0' && c <= '7') : c == ' '))
            break;
        k++;
    }
    return k - pos;
}

/* Whether program p[pc:] matches m->s[pos:] to its end: 1, 0, -1 (too many steps) or -2 (a bad program). */
static int
run(Match *m, const unsigned char *p, Py_ssize_t plen, Py_ssize_t pc, Py_ssize_t pos)
{
    if (++m->steps > STEP_LIMIT)
        return -1;
    if (pc == plen)
        return pos == m->n;
    int r;
    Py_ssize_t k, j;
    switch (p[pc]) {
    case 'L':
        if (pc + 1 >= plen || pc + 2 + p[pc + 1] > plen)
            return -2;
        k = p[pc + 1];
        if (m->n - pos < k || memcmp(m->s + pos, p + pc + 2, (size_t)k) != 0)
            return 0;
        return run(m, p, plen, pc + 2 + k, pos + k);
    case 'F':
        return 0;
    case '(':
    case ')': {
        if (pc + 1 >= plen || p[pc + 1] >= MAX_GROUPS)
            return -2;
        Py_ssize_t *slot = (p[pc] == '(' ? m->gs : m->ge) + p[pc + 1], old = *slot;
        *slot = pos;
        r = run(m, p, plen, pc + 2, pos);
        if (r != 1)
            *slot = old;
        return r;
    }
    case ' ':  /* [ ]*, greedy */
        for (j = run_of(m, pos, ' '); j >= 0; j--)
            if ((r = run(m, p, plen, pc + 1, pos + j)) != 0)
                return r;
        return 0;
    case 's':  /* [-+]? */
    case 'u':  /* \+? */
        if (pos < m->n && (m->s[pos] == '+' || (p[pc] == 's' && m->s[pos] == '-')))
            if ((r = run(m, p, plen, pc + 1, pos + 1)) != 0)
                return r;
        return run(m, p, plen, pc + 1, pos);
    case 'D':
    case 'H':
    case 'O':  /* one or more, greedy */
        for (j = run_of(m, pos, (char)p[pc]); j >= 1; j--)
            if ((r = run(m, p, plen, pc + 1, pos + j)) != 0)
                return r;
        return 0;
    case '.':
        return pos < m->n ? run(m, p, plen, pc + 1, pos + 1) : 0;
    case '*':  /* .*?, lazy */
        for (j = pos; j <= m->n; j++)
            if ((r = run(m, p, plen, pc + 1, j)) != 0)
                return r;
        return 0;
    case 'P':  /* (?:0x)?[0-9A-Fa-f]+|\(nil\) */
        if (m->n - pos >= 2 && m->s[pos] == '0' && m->s[pos + 1] == 'x')
            for (j = run_of(m, pos + 2, 'H'); j >= 1; j--)
                if ((r = run(m, p, plen, pc + 1, pos + 2 + j)) != 0)
                    return r;
        for (j = run_of(m, pos, 'H'); j >= 1; j--)
            if ((r = run(m, p, plen, pc + 1, pos + j)) != 0)
                return r;
        if (m->n - pos >= 5 && memcmp(m->s + pos, "(nil)", 5) == 0)
            return run(m, p, plen, pc + 1, pos + 5);
        return 0;
    default:
        return -2;
    }
}

/* int(text, base) of a group, when exact here: 1 and *out, else 0 (Python converts it). */
static int
group_value(const char *s, Py_ssize_t a, Py_ssize_t b, int base, long long *out)
{
    while (a < b && s[a] == ' ')
        a++;
    int neg = 0;
    if (a < b && (s[a] == '-' || s[a] == '+'))
        neg = s[a++] == '-';
    if (base == 16 && b - a >= 2 && s[a] == '0' && (s[a + 1] == 'x' || s[a + 1] == 'X'))
        a += 2;
    if (a >= b || b - a > 15)
        return 0;
    long long v = 0;
    for (; a < b; a++) {
        char c = s[a];
        int d = IS_DIGIT(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : 99;
        if (d >= base)
            return 0;
        v = v * base + d;
    }
    *out = neg ? -v : v;
    return 1;
}

static int
bad_bucket(void)
{
    PyErr_SetString(PyExc_TypeError, "_nrflog_accel: a template bucket is not (proxy, recipe, ([bytes, bytes, "
                                     "recipe, make], ...)) with recipe (str, str, (str | int, ...)) in ASCII");
    return -1;
}

static int
recipe_ok(PyObject *recipe)
{
    if (!PyTuple_CheckExact(recipe) || PyTuple_GET_SIZE(recipe) != 3 || !PyTuple_CheckExact(PyTuple_GET_ITEM(recipe, 2)))
        return 0;
    for (int k = 0; k < 2; k++) {
        PyObject *h = PyTuple_GET_ITEM(recipe, k);
        if (!PyUnicode_CheckExact(h) || !PyUnicode_IS_ASCII(h))
            return 0;
    }
    return 1;
}

/* Write a record through its template (1), or leave it to the caches and Python (0); -1 on error.
 * msg: the message, stripped, as ASCII; *proxy: a new reference to the "record before" entry when 1. */
static int
template_line(Buf *b, int kind, const void *data, const Line *ln, const char *msg, Py_ssize_t n,
              PyObject *buckets, PyObject *bucket_of, Py_ssize_t limit, long long lineno, PyObject **proxy)
{
    char keybuf[160];
    Py_ssize_t lvl = ln->lvl1 - ln->lvl0, mod = ln->mod1 - ln->mod0, head = n < 4 ? n : 4;
    if (lvl + mod + head + 2 > (Py_ssize_t)sizeof keybuf)
        return 0;
    Py_ssize_t at = 0;
    for (Py_ssize_t i = ln->lvl0; i < ln->lvl1; i++)
        keybuf[at++] = (char)CH(i);
    keybuf[at++] = 0;
    for (Py_ssize_t i = ln->mod0; i < ln->mod1; i++)
        keybuf[at++] = (char)CH(i);
    keybuf[at++] = 0;
    memcpy(keybuf + at, msg, (size_t)head);
    PyObject *key = PyUnicode_FromStringAndSize(keybuf, at + head);
    if (key == NULL)
        return -1;
    PyObject *bucket = PyDict_GetItemWithError(buckets, key);
    if (bucket != NULL)
        Py_INCREF(bucket);
    else if (!PyErr_Occurred()) {
        bucket = PyObject_CallOneArg(bucket_of, key);
        if (bucket != NULL) {
            if (PyDict_GET_SIZE(buckets) >= limit)
                PyDict_Clear(buckets);
            if (PyDict_SetItem(buckets, key, bucket) < 0)
                Py_CLEAR(bucket);
        }
    }
    Py_DECREF(key);
    if (bucket == NULL)
        return -1;
    int rc = 0;
    if (!PyTuple_CheckExact(bucket) || PyTuple_GET_SIZE(bucket) != 3 || !PyTuple_CheckExact(PyTuple_GET_ITEM(bucket, 2))) {
        rc = bad_bucket();
        goto out;
    }
    PyObject *templates = PyTuple_GET_ITEM(bucket, 2), *recipe = PyTuple_GET_ITEM(bucket, 1), *bases = NULL;
    Match m;
    m.s = msg;
    m.n = n;
    m.steps = 0;
    for (Py_ssize_t t = 0; t < PyTuple_GET_SIZE(templates); t++) {
        PyObject *tmpl = PyTuple_GET_ITEM(templates, t);
        if (!PyList_CheckExact(tmpl) || PyList_GET_SIZE(tmpl) != 4 || !PyBytes_CheckExact(PyList_GET_ITEM(tmpl, 0))
            || !PyBytes_CheckExact(PyList_GET_ITEM(tmpl, 1)) || PyBytes_GET_SIZE(PyList_GET_ITEM(tmpl, 1)) > MAX_GROUPS) {
            rc = bad_bucket();
            goto out;
        }
        PyObject *prog = PyList_GET_ITEM(tmpl, 0);
        for (Py_ssize_t g = 0; g < PyBytes_GET_SIZE(PyList_GET_ITEM(tmpl, 1)); g++)  /* its groups only */
            m.gs[g] = m.ge[g] = -1;
        int r = run(&m, (const unsigned char *)PyBytes_AS_STRING(prog), PyBytes_GET_SIZE(prog), 0, 0);
        if (r == -2) {
            rc = bad_bucket();
            goto out;
        }
        if (r < 0)  /* too many steps: Python decides */
            goto out;
        if (r == 1) {
            recipe = PyList_GET_ITEM(tmpl, 2);
            bases = PyList_GET_ITEM(tmpl, 1);
            if (recipe == Py_Ellipsis) {  /* made when first needed, kept in the bucket */
                PyObject *made = PyObject_CallNoArgs(PyList_GET_ITEM(tmpl, 3));
                if (made == NULL) {
                    rc = -1;
                    goto out;
                }
                PyList_SetItem(tmpl, 2, made);  /* steals made; the list keeps it alive */
                recipe = made;
            }
            break;
        }
    }
    if (recipe == Py_None)  /* no recipe: the old way */
        goto out;
    if (bases == NULL && extension_cut(msg, n))  /* perhaps an SDK message a project extended: Python reads it */
        goto out;
    if (!recipe_ok(recipe)) {
        rc = bad_bucket();
        goto out;
    }
    Py_ssize_t ngroups = bases ? PyBytes_GET_SIZE(bases) : 0;
    const unsigned char *base = bases ? (const unsigned char *)PyBytes_AS_STRING(bases) : NULL;
    long long values[MAX_GROUPS];
    for (Py_ssize_t g = 0; g < ngroups; g++) {
        if (m.gs[g] < 0 || m.ge[g] < m.gs[g])
            goto out;
        if (base[g] && !group_value(msg, m.gs[g], m.ge[g], base[g], &values[g]))
            goto out;
    }
    PyObject *ops = PyTuple_GET_ITEM(recipe, 2);
    if (render_start_any(b, kind, data, ln, recipe, lineno) < 0) {
        rc = -1;
        goto out;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(ops); i++) {
        PyObject *op = PyTuple_GET_ITEM(ops, i);
        if (PyUnicode_CheckExact(op) && PyUnicode_IS_ASCII(op)) {
            if (buf_reserve(b, PyUnicode_GET_LENGTH(op)) < 0) {
                rc = -1;
                goto out;
            }
            put_ascii(b, op);
            continue;
        }
        long k = PyLong_CheckExact(op) ? PyLong_AsLong(op) : -2;
        if (k == -1 && PyErr_Occurred()) {
            rc = -1;
            goto out;
        }
        int bad = k < -1 || k >= ngroups;
        if (!bad && (k == -1 || !base[k]))  /* text: the message, or a %s / %c group */
            bad = put_json_text(b, PyUnicode_1BYTE_KIND, msg, k == -1 ? 0 : m.gs[k], k == -1 ? n : m.ge[k], 0) < 0;
        else if (!bad) {
            long long v = values[k];
            if (buf_reserve(b, 24) < 0) {
                rc = -1;
                goto out;
            }
            if (v < 0) {
                buf_put(b, "-", 1);
                v = -v;
            }
            b->len += put_decimal(b->p + b->len, v);
        }
        if (bad) {
            rc = PyErr_Occurred() ? -1 : bad_bucket();
            goto out;
        }
    }
    if (buf_reserve(b, 2) < 0) {
        rc = -1;
        goto out;
    }
    buf_put(b, "}\n", 2);
    *proxy = PyTuple_GET_ITEM(bucket, 0);
    Py_INCREF(*proxy);
    rc = 1;
out:
    Py_DECREF(bucket);
    return rc;
}

/* The message of a record, stripped as str.strip() would, into buf as ASCII: its length, or -1 when it
 * is not all printable ASCII (then Python reads it). */
HOT Py_ssize_t
ascii_message(int kind, const void *data, const Line *ln, char *buf)
{
    Py_ssize_t a = ln->msg0, e = ln->end;
    for (Py_ssize_t i = a; i < e; i++) {
        Py_UCS4 c = CH(i);
        if (c < 0x20 || c > 0x7e)
            return -1;
    }
    while (a < e && CH(a) == ' ')
        a++;
    while (e > a && CH(e - 1) == ' ')
        e--;
    for (Py_ssize_t i = a; i < e; i++)
        buf[i - a] = (char)CH(i);
    return e - a;
}

static Py_ssize_t
ascii_message_any(int kind, const void *data, const Line *ln, char *buf)
{
    BY_KIND(ascii_message(k_, data, ln, buf))
}

/* ---- The per-input state, held here while a scan runs ---------------------------------------------
 *
 * `st`'s attributes named in `slots` (the last request, the pending ext error and their lines) are read
 * at the start of a call and written back at its end and around every `state` callback.  A state-changing
 * entry (flag 1) carries in entry[7] its effect, learned by Python from `_apply_state` (`effect_of`,
 * called once per entry): (slot, value) pairs, value `lineno_marker` meaning the line's number.  A
 * response (flag 2) takes the variant of entry[6] for the state's `key` slots.  Anything else -- no
 * effect, a variant not made yet -- is Python's `state(entry, line)`, as before.
 */
#define MAX_SLOTS 8

typedef struct {
    PyObject *st, *slots, *key, *effect_of, *marker;
    PyObject *v[MAX_SLOTS];
    Py_ssize_t n;
} State;

static int
state_load(State *z)
{
    for (Py_ssize_t i = 0; i < z->n; i++) {
        PyObject *v = PyObject_GetAttr(z->st, PyTuple_GET_ITEM(z->slots, i));
        if (v == NULL)
            return -1;
        Py_XSETREF(z->v[i], v);
    }
    return 0;
}

static int
state_store(State *z)
{
    for (Py_ssize_t i = 0; i < z->n; i++)
        if (PyObject_SetAttr(z->st, PyTuple_GET_ITEM(z->slots, i), z->v[i]) < 0)
            return -1;
    return 0;
}

/* The entry to write for a stateful entry, applying its effect here when known: a new reference, or NULL
 * and no exception when Python must do it, or NULL with an exception. */
static PyObject *
state_here(State *z, PyObject *entry, long flag, long long line)
{
    if (flag == 1 && PyList_GET_SIZE(entry) >= 8) {
        PyObject *effect = PyList_GET_ITEM(entry, 7);
        Py_INCREF(effect);
        if (effect == Py_Ellipsis) {  /* learned once per entry (it keeps it in entry[7]) */
            Py_SETREF(effect, PyObject_CallOneArg(z->effect_of, entry));
            if (effect == NULL)
                return NULL;
        }
        if (!PyTuple_CheckExact(effect)) {
            Py_DECREF(effect);
            return NULL;
        }
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(effect); i++) {
            PyObject *pair = PyTuple_GET_ITEM(effect, i);
            Py_ssize_t slot = PyTuple_CheckExact(pair) && PyTuple_GET_SIZE(pair) == 2
                              && PyLong_CheckExact(PyTuple_GET_ITEM(pair, 0)) ? PyLong_AsSsize_t(PyTuple_GET_ITEM(pair, 0)) : -1;
            if (slot < 0 || slot >= z->n) {
                Py_DECREF(effect);
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_TypeError, "_nrflog_accel: a state effect is not ((slot, value), ...)");
                return NULL;
            }
            PyObject *value = PyTuple_GET_ITEM(pair, 1);
            if (value == z->marker)
                value = PyLong_FromLongLong(line);
            else
                Py_INCREF(value);
            if (value == NULL) {
                Py_DECREF(effect);
                return NULL;
            }
            Py_SETREF(z->v[slot], value);
        }
        Py_DECREF(effect);
        Py_INCREF(entry);
        return entry;
    }
    if (flag == 2 && PyList_GET_SIZE(entry) >= 7 && PyDict_CheckExact(PyList_GET_ITEM(entry, 6))) {
        Py_ssize_t n = PyTuple_GET_SIZE(z->key);
        PyObject *key = PyTuple_New(n);
        if (key == NULL)
            return NULL;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_ssize_t slot = PyLong_AsSsize_t(PyTuple_GET_ITEM(z->key, i));
            if (slot < 0 || slot >= z->n) {
                Py_DECREF(key);
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError, "_nrflog_accel.scan: a key slot is out of range");
                return NULL;
            }
            Py_INCREF(z->v[slot]);
            PyTuple_SET_ITEM(key, i, z->v[slot]);
        }
        PyObject *derived = PyDict_GetItemWithError(PyList_GET_ITEM(entry, 6), key);
        Py_DECREF(key);
        Py_XINCREF(derived);
        return derived;
    }
    return NULL;
}

static PyObject *
scan(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *block, *rendered, *cache, *miss, *state, *parts_of, *buckets, *bucket_of;
    long long lineno;
    Py_ssize_t s, limit, max_line;
    State z = {NULL, NULL, NULL, NULL, NULL, {NULL}, 0};
    if (!PyArg_ParseTuple(args, "UnLO!O!nnOOOO!OOO!O!OO:scan", &block, &s, &lineno, &PyDict_Type, &rendered,
                          &PyDict_Type, &cache, &limit, &max_line, &miss, &state, &parts_of, &PyDict_Type, &buckets,
                          &bucket_of, &z.st, &PyTuple_Type, &z.slots, &PyTuple_Type, &z.key, &z.effect_of, &z.marker))
        return NULL;
    z.n = PyTuple_GET_SIZE(z.slots);
    if (z.n > MAX_SLOTS) {
        PyErr_SetString(PyExc_ValueError, "_nrflog_accel.scan: too many state slots");
        return NULL;
    }
    int kind = PyUnicode_KIND(block);
    const void *data = PyUnicode_DATA(block);
    Py_ssize_t size = PyUnicode_GET_LENGTH(block), made = 0;
    if (s < 0 || s > size || limit < 1 || max_line < 0) {
        PyErr_SetString(PyExc_ValueError, "_nrflog_accel.scan: position or limits out of range");
        return NULL;
    }
    Scan sc = {block, PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0), 0, 0, {NULL, 0, 0},
               PyMem_Malloc((size_t)max_line + 1)};
    PyObject *result = NULL, *prev = NULL;  /* prev: owned entry of the line before, when made here */
    if (sc.plan == NULL || sc.sub == NULL || sc.lines == NULL || sc.prevs == NULL || sc.msg == NULL) {
        if (sc.msg == NULL)
            PyErr_NoMemory();
        goto done;
    }
    if (state_load(&z) < 0)
        goto done;
    while (s < size) {
        Py_ssize_t e = line_end(kind, data, s, size);
        int whole = e < size;
        if (!whole)  /* no line end: not a whole line, Python's business (the reader prevents it) */
            e = size - 1;
        Line ln;
        PyObject *entry = NULL;
        if (whole && parse_any(kind, data, s, e, max_line, &ln) && !ln.ticks && !ln.tiny) {
            PyObject *suffix = PyUnicode_Substring(block, ln.lt, ln.end);
            if (suffix == NULL)
                goto done;
            entry = PyDict_GetItemWithError(rendered, suffix);
            Py_XINCREF(entry);
            if (entry == NULL && !PyErr_Occurred()) {
                Py_ssize_t n = ascii_message_any(kind, data, &ln, sc.msg);
                PyObject *proxy = NULL;
                int r = n < 0 ? 0 : flush_python(&sc) < 0 ? -1
                        : template_line(&sc.out, kind, data, &ln, sc.msg, n, buckets, bucket_of, limit, lineno + 1,
                                        &proxy);
                if (r < 0) {
                    Py_DECREF(suffix);
                    goto done;
                }
                if (r == 1) {  /* written through its template */
                    Py_DECREF(suffix);
                    made++;
                    Py_XSETREF(prev, proxy);
                    lineno++;
                    s = e + 1;
                    continue;
                }
                entry = entry_of(block, rendered, cache, limit, miss, &ln, suffix);
            }
            Py_DECREF(suffix);
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
                PyObject *derived = state_here(&z, entry, flag, lineno + 1);
                if (derived == NULL && !PyErr_Occurred()) {  /* Python applies it (and makes the variant) */
                    if (state_store(&z) < 0) {
                        Py_DECREF(entry);
                        goto done;
                    }
                    derived = PyObject_CallFunction(state, "OL", entry, lineno + 1);
                    if (derived != NULL && state_load(&z) < 0)
                        Py_CLEAR(derived);
                }
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
    if (flush_out(&sc) < 0 || flush_python(&sc) < 0 || state_store(&z) < 0)
        goto done;
    PyObject *empty = PyUnicode_New(0, 0);
    PyObject *joined = empty ? PyUnicode_Join(empty, sc.sub) : NULL;
    Py_XDECREF(empty);
    if (joined != NULL)
        result = Py_BuildValue("(ONOOnnLO)", sc.plan, joined, sc.lines, sc.prevs, made, s, lineno,
                               prev ? prev : Py_None);
done:
    PyMem_Free(sc.out.p);
    PyMem_Free(sc.msg);
    for (Py_ssize_t i = 0; i < z.n; i++)
        Py_XDECREF(z.v[i]);
    Py_XDECREF(prev);
    Py_XDECREF(sc.plan);
    Py_XDECREF(sc.sub);
    Py_XDECREF(sc.lines);
    Py_XDECREF(sc.prevs);
    return result;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS,
     "scan(block, pos, lineno, rendered, cache, limit, max_line, miss, state, parts, buckets, bucket_of, st, "
     "slots, key, effect_of, lineno_marker) -> "
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
