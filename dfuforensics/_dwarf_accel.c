/*
 * Optional accelerator for the cold symbol-index build (symbols/builder.py).
 *
 * Why it exists: with the index not cached, `symbolize` spends most of its time in two pure-Python
 * loops of symbols/dwarf_fast.py -- the DWARF line-number state machine (~150,000 rows for 361 KiB of
 * code, then a sort of as many tuples) and the walk over a unit's DIEs -- plus filling the halfword
 * table.  This file does the same work over the same raw section bytes.  It is never a second source of
 * truth: dwarf_fast.py (and pyelftools behind it) stays the reference, the tests build every fixture
 * ELF both ways and compare the tables, and anything this file does not understand or cannot prove
 * in range (a form outside the common subset, a read past a buffer, a value that does not fit 64 bits,
 * a reference out of the unit) makes it return None, and the caller decodes that part in Python, which
 * either reads it or reports it exactly as it always did.  Nothing here raises for bad input.
 *
 * Names follow the DWARF 5 specification (6.2 line programs, 7.5 DIEs and forms, 2.17.3 range lists).
 *
 * line_table(data, little, programs, seq0) -> (addr, fid, line, discr) | None
 *   programs: [(start, end, min_len, max_ops, line_base, line_range, opcode_base, std_lengths, fmap)]
 *   The rows of all programs, sorted and merged as builder._line_table does, as native uint32/int32
 *   arrays in bytes (what array('I'/'i').tobytes() gives).
 *
 * walk_cu(info, strs, line_strs, abbrev, abbrev_off, cu_off, cu_end, top_off, addr_size, offset_size,
 *         version, little, fmap, cu_base, rng, v5, first_id) -> (nodes, top, kids) | None
 *   What builder._walk_fast adds for one unit: nodes [(name, call file, call line, discriminator, -1)],
 *   top-level ranges [(lo, hi, id)], and per node (ids from first_id) its children's ranges.
 *
 * fill(starts, values, base, stop, fill, code) -> bytes | None
 *   The halfword table of builder._halfword_table for one column, or None when a boundary is odd.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------------------------------ */
/* byte readers: every one bounds-checked against the buffer; 0 = fine, -1 = give up (caller -> None) */

typedef struct {
    const uint8_t *p;
    Py_ssize_t n;
    int little;
} Bytes;

static int
rd_uleb(const Bytes *b, Py_ssize_t *pos, uint64_t *out)
{
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        if (*pos < 0 || *pos >= b->n)
            return -1;
        uint8_t c = b->p[(*pos)++];
        uint64_t bits = c & 0x7f;
        if (shift >= 64 || (shift > 57 && (bits >> (64 - shift))))
            return -1; /* more than 64 bits: Python's int would hold it, we do not */
        v |= bits << shift;
        shift += 7;
        if (c < 0x80)
            break;
    }
    *out = v;
    return 0;
}

static int
rd_sleb(const Bytes *b, Py_ssize_t *pos, int64_t *out)
{
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t c;
    for (;;) {
        if (*pos < 0 || *pos >= b->n)
            return -1;
        c = b->p[(*pos)++];
        if (shift >= 63)
            return -1;
        v |= (uint64_t)(c & 0x7f) << shift;
        shift += 7;
        if (c < 0x80)
            break;
    }
    if (shift >= 63)
        return -1;
    if (c & 0x40)
        v |= ~(uint64_t)0 << shift;
    *out = (int64_t)v;
    return 0;
}

static int
skip_leb(const Bytes *b, Py_ssize_t *pos)
{
    for (;;) {
        if (*pos < 0 || *pos >= b->n)
            return -1;
        if (!(b->p[(*pos)++] & 0x80))
            return 0;
    }
}

static int
rd_fixed(const Bytes *b, Py_ssize_t pos, int size, uint64_t *out)
{
    if (size < 1 || size > 8 || pos < 0 || pos > b->n - size)
        return -1;
    uint64_t v = 0;
    if (b->little)
        for (int i = size - 1; i >= 0; i--)
            v = (v << 8) | b->p[pos + i];
    else
        for (int i = 0; i < size; i++)
            v = (v << 8) | b->p[pos + i];
    *out = v;
    return 0;
}

static int
get_buffer(PyObject *obj, Bytes *b, int little)
{
    if (!PyBytes_Check(obj))
        return -1;
    b->p = (const uint8_t *)PyBytes_AS_STRING(obj);
    b->n = PyBytes_GET_SIZE(obj);
    b->little = little;
    return 0;
}

/* a Python int as int64 (0 = fine) */
static int
as_i64(PyObject *o, int64_t *out)
{
    if (!PyLong_Check(o))
        return -1;
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (overflow || (v == -1 && PyErr_Occurred())) {
        PyErr_Clear();
        return -1;
    }
    *out = v;
    return 0;
}

/* fmap: a list of ints (file register -> index file id) */
typedef struct {
    int64_t *v;
    Py_ssize_t n;
} FileMap;

static int
get_fmap(PyObject *o, FileMap *m)
{
    if (!PyList_Check(o))
        return -1;
    m->n = PyList_GET_SIZE(o);
    m->v = PyMem_Malloc(sizeof(int64_t) * (size_t)(m->n ? m->n : 1));
    if (m->v == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < m->n; i++)
        if (as_i64(PyList_GET_ITEM(o, i), &m->v[i]) < 0) {
            PyMem_Free(m->v);
            m->v = NULL;
            return -1;
        }
    return 0;
}

/* ------------------------------------------------------------------------------------------------ */
/* line programs                                                                                        */

typedef struct {
    uint64_t addr;
    int64_t seq, order, fid, line;
    uint64_t discr;
} Row;

typedef struct {
    Row *r;
    size_t n, cap;
} Rows;

static int
rows_push(Rows *rs, uint64_t addr, int64_t seq, int64_t order, int64_t fid, int64_t line, uint64_t discr)
{
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? rs->cap * 2 : 4096;
        Row *r = PyMem_Realloc(rs->r, cap * sizeof(Row));
        if (r == NULL)
            return -1;
        rs->r = r;
        rs->cap = cap;
    }
    Row *w = &rs->r[rs->n++];
    w->addr = addr;
    w->seq = seq;
    w->order = order;
    w->fid = fid;
    w->line = line;
    w->discr = discr;
    return 0;
}

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

static int
row_cmp(const void *pa, const void *pb)
{
    const Row *a = pa, *b = pb;
    int c;
    if ((c = CMP(a->addr, b->addr)))
        return c;
    if ((c = CMP(a->seq, b->seq)))
        return c;
    if ((c = CMP(a->order, b->order)))
        return c;
    if ((c = CMP(a->fid, b->fid)))
        return c;
    if ((c = CMP(a->line, b->line)))
        return c;
    return CMP(a->discr, b->discr);
}

/* One program (dwarf_fast.line_rows); 0 = fine, -1 = give up. */
static int
run_program(const Bytes *d, Py_ssize_t start, Py_ssize_t end, int64_t min_len, int64_t max_ops,
            int64_t line_base, int64_t line_range, int64_t opcode_base, const int64_t *std_len,
            Py_ssize_t n_std, const FileMap *fm, int64_t *seq, Rows *rs)
{
    if (line_range <= 0 || min_len < 0 || min_len > 255 || max_ops < 1 || opcode_base < 0 || opcode_base > 256)
        return -1;
    uint64_t address = 0, discr = 0, op_index = 0;
    int64_t line = 1, order = 0;
    int64_t fid = fm->n > 1 ? fm->v[1] : -1;
    Py_ssize_t pos = start;
    if (start < 0)
        return -1;
    while (pos < end) {
        if (pos >= d->n)
            return -1;
        unsigned op = d->p[pos++];
        if ((int64_t)op >= opcode_base) {
            /* Python's floor division and modulo: the operands are >= 0 here */
            int64_t k = (int64_t)op - opcode_base;
            uint64_t adv = (uint64_t)(k / line_range);
            int64_t dline = line_base + k % line_range;
            if (max_ops == 1) {
                if (__builtin_add_overflow(address, (uint64_t)min_len * adv, &address))
                    return -1;
            } else {
                uint64_t t = op_index + adv;
                if (t < op_index || __builtin_add_overflow(address, (uint64_t)min_len * (t / (uint64_t)max_ops), &address))
                    return -1;
                op_index = t % (uint64_t)max_ops;
            }
            if (__builtin_add_overflow(line, dline, &line))
                return -1;
            if (rows_push(rs, address, *seq, ++order, fid, line, discr) < 0)
                return -1;
            discr = 0;
        } else if (op == 5) { /* DW_LNS_set_column */
            if (skip_leb(d, &pos) < 0)
                return -1;
        } else if (op == 6) { /* DW_LNS_negate_stmt */
        } else if (op == 0) {
            uint64_t length;
            if (rd_uleb(d, &pos, &length) < 0)
                return -1;
            if (!length)
                continue;
            if (pos >= d->n || length > (uint64_t)(PY_SSIZE_T_MAX - pos))
                return -1;
            unsigned ex = d->p[pos];
            Py_ssize_t body = pos + 1;
            pos += (Py_ssize_t)length;
            if (ex == 1) { /* DW_LNE_end_sequence */
                if (rows_push(rs, address, *seq, ++order, -1, 0, 0) < 0)
                    return -1;
                (*seq)++;
                address = op_index = discr = 0;
                line = 1;
                fid = fm->n > 1 ? fm->v[1] : -1;
            } else if (ex == 2) { /* DW_LNE_set_address */
                Py_ssize_t size = pos - body;
                if (size == 0)
                    address = 0;
                else if (size > 8 || pos > d->n || rd_fixed(d, body, (int)size, &address) < 0)
                    return -1;
                op_index = 0;
            } else if (ex == 4) { /* DW_LNE_set_discriminator */
                Py_ssize_t p2 = body;
                if (rd_uleb(d, &p2, &discr) < 0)
                    return -1;
            }
        } else if (op == 1) { /* DW_LNS_copy */
            if (rows_push(rs, address, *seq, ++order, fid, line, discr) < 0)
                return -1;
            discr = 0;
        } else if (op == 2) { /* DW_LNS_advance_pc */
            uint64_t v;
            if (rd_uleb(d, &pos, &v) < 0)
                return -1;
            uint64_t step;
            if (__builtin_mul_overflow(v, (uint64_t)min_len, &step) || __builtin_add_overflow(address, step, &address))
                return -1;
        } else if (op == 3) { /* DW_LNS_advance_line */
            int64_t v;
            if (rd_sleb(d, &pos, &v) < 0 || __builtin_add_overflow(line, v, &line))
                return -1;
        } else if (op == 4) { /* DW_LNS_set_file */
            uint64_t file;
            if (rd_uleb(d, &pos, &file) < 0)
                return -1;
            fid = file < (uint64_t)fm->n ? fm->v[file] : -1;
        } else if (op == 8) { /* DW_LNS_const_add_pc */
            if (opcode_base > 255)
                return -1; /* a negative advance (Python's floor division): let Python decide */
            int64_t step = ((255 - opcode_base) / line_range) * min_len;
            if (step < 0 || __builtin_add_overflow(address, (uint64_t)step, &address))
                return -1;
        } else if (op == 9) { /* DW_LNS_fixed_advance_pc */
            uint64_t v;
            if (rd_fixed(d, pos, 2, &v) < 0 || __builtin_add_overflow(address, v, &address))
                return -1;
            pos += 2;
        } else {
            int64_t n = (Py_ssize_t)op - 1 < n_std ? std_len[op - 1] : 0;
            for (int64_t i = 0; i < n; i++)
                if (skip_leb(d, &pos) < 0)
                    return -1;
        }
    }
    return 0;
}

static PyObject *
pack_u32(const uint32_t *v, size_t n)
{
    return PyBytes_FromStringAndSize((const char *)v, (Py_ssize_t)(n * sizeof(uint32_t)));
}

static PyObject *
line_table(PyObject *self, PyObject *args)
{
    PyObject *data_obj, *programs;
    int little;
    long long seq0;
    if (!PyArg_ParseTuple(args, "OpO!L", &data_obj, &little, &PyList_Type, &programs, &seq0))
        return NULL;
    Bytes d;
    if (get_buffer(data_obj, &d, little) < 0)
        Py_RETURN_NONE;
    Rows rs = {NULL, 0, 0};
    int64_t seq = seq0;
    PyObject *result = NULL;
    int ok = 1;
    for (Py_ssize_t i = 0; ok && i < PyList_GET_SIZE(programs); i++) {
        PyObject *t = PyList_GET_ITEM(programs, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 9) {
            ok = 0;
            break;
        }
        int64_t v[7];
        for (int k = 0; k < 7; k++)
            if (as_i64(PyTuple_GET_ITEM(t, k), &v[k]) < 0)
                ok = 0;
        PyObject *stdl = PyTuple_GET_ITEM(t, 7);
        FileMap fm = {NULL, 0};
        if (!ok || !PyList_Check(stdl) || get_fmap(PyTuple_GET_ITEM(t, 8), &fm) < 0) {
            ok = 0;
            break;
        }
        Py_ssize_t n_std = PyList_GET_SIZE(stdl);
        int64_t std_len[256];
        if (n_std > 256)
            n_std = 256; /* opcodes are one byte: later entries are never read */
        for (Py_ssize_t k = 0; k < n_std; k++)
            if (as_i64(PyList_GET_ITEM(stdl, k), &std_len[k]) < 0)
                ok = 0;
        if (ok && (v[0] < 0 || v[1] < 0 || v[1] > PY_SSIZE_T_MAX))
            ok = 0;
        if (ok && run_program(&d, (Py_ssize_t)v[0], (Py_ssize_t)v[1], v[2], v[3], v[4], v[5], v[6], std_len, n_std,
                              &fm, &seq, &rs) < 0)
            ok = 0;
        PyMem_Free(fm.v);
    }
    if (PyErr_Occurred())
        PyErr_Clear();
    if (!ok)
        goto none;
    if (rs.n)
        qsort(rs.r, rs.n, sizeof(Row), row_cmp);
    /* merge rows of one address: builder._line_table's rule (a later row wins; an end of sequence
       hides the row before only when it ends the same sequence) */
    uint32_t *out = PyMem_Malloc(sizeof(uint32_t) * 4 * (rs.n ? rs.n : 1));
    if (out == NULL)
        goto none;
    uint32_t *oa = out, *of = out + rs.n, *ol = out + 2 * rs.n, *od = out + 3 * rs.n;
    size_t m = 0;
    int64_t last_seq = -1;
    for (size_t i = 0; i < rs.n; i++) {
        const Row *r = &rs.r[i];
        size_t slot;
        if (m && (uint64_t)oa[m - 1] == r->addr) {
            if (r->fid < 0 && r->seq != last_seq)
                continue;
            slot = m - 1;
        } else {
            if (r->addr > 0xFFFFFFFFu) {
                PyMem_Free(out);
                goto none; /* array('I') in Python raises: let it */
            }
            slot = m++;
            oa[slot] = (uint32_t)r->addr;
        }
        if (r->fid < INT32_MIN || r->fid > INT32_MAX || r->line < 0 || r->line > 0xFFFFFFFFll ||
            r->discr > 0xFFFFFFFFu) {
            PyMem_Free(out);
            goto none; /* only a stored row raises in Python, but any is reason enough to let Python decide */
        }
        int32_t fid32 = (int32_t)r->fid;
        memcpy(&of[slot], &fid32, sizeof fid32);
        ol[slot] = (uint32_t)r->line;
        od[slot] = (uint32_t)r->discr;
        last_seq = r->seq;
    }
    result = Py_BuildValue("(NNNNL)", pack_u32(oa, m), pack_u32(of, m), pack_u32(ol, m), pack_u32(od, m),
                           (long long)seq);
    PyMem_Free(out);
    PyMem_Free(rs.r);
    return result;
none:
    PyMem_Free(rs.r);
    if (PyErr_Occurred())
        PyErr_Clear();
    Py_RETURN_NONE;
}

/* ------------------------------------------------------------------------------------------------ */
/* DIEs                                                                                                 */

enum { NAME, LINKAGE, MIPS_LINKAGE, ORIGIN, SPEC, LOW, HIGH, HIGH_IS_ADDR, RANGES, CALL_FILE, CALL_LINE,
       DISCR, SIBLING, NSLOTS };

typedef struct {
    int has;
    int is_signed;
    uint64_t u;
    int64_t s;
    const uint8_t *str; /* name slots: UTF-8 bytes (not NUL-terminated) */
    Py_ssize_t len;
} Val;

typedef struct {
    uint64_t attr, form;
    int64_t implicit;
} Spec;

typedef struct {
    uint64_t tag;
    int has_kids;
    Py_ssize_t first, count; /* into specs */
} Abbrev;

typedef struct {
    Abbrev *by_code; /* index = code; tag 0 = no such code */
    size_t n_codes;
    Spec *specs;
    size_t n_specs, cap_specs;
} AbbrevTable;

#define TAG_SUBPROGRAM 0x2e
#define TAG_INLINED 0x1d

static int
slot_of(uint64_t attr)
{
    switch (attr) {
    case 0x03: return NAME;
    case 0x6e: return LINKAGE;
    case 0x2007: return MIPS_LINKAGE;
    case 0x31: return ORIGIN;
    case 0x47: return SPEC;
    case 0x11: return LOW;
    case 0x12: return HIGH;
    case 0x55: return RANGES;
    case 0x58: return CALL_FILE;
    case 0x59: return CALL_LINE;
    case 0x2136: return DISCR;
    case 0x01: return SIBLING;
    default: return -1;
    }
}

static void
abbrev_free(AbbrevTable *t)
{
    PyMem_Free(t->by_code);
    PyMem_Free(t->specs);
}

/* The unit's abbreviation table; codes up to 65535 (anything else: give up). */
static int
abbrev_parse(const Bytes *b, Py_ssize_t pos, AbbrevTable *t)
{
    memset(t, 0, sizeof *t);
    for (;;) {
        uint64_t code, tag;
        if (rd_uleb(b, &pos, &code) < 0)
            return -1;
        if (!code)
            return 0;
        if (code > 65535 || rd_uleb(b, &pos, &tag) < 0 || tag == 0 || pos >= b->n)
            return -1;
        int kids = b->p[pos++];
        if (kids > 1)
            return -1; /* neither DW_CHILDREN_no nor _yes: pyelftools refuses the table */
        if (code >= t->n_codes) {
            size_t n = t->n_codes ? t->n_codes : 64;
            while (n <= code)
                n *= 2;
            Abbrev *a = PyMem_Realloc(t->by_code, n * sizeof(Abbrev));
            if (a == NULL)
                return -1;
            memset(a + t->n_codes, 0, (n - t->n_codes) * sizeof(Abbrev));
            t->by_code = a;
            t->n_codes = n;
        }
        Abbrev *ab = &t->by_code[code];
        if (ab->tag)
            return -1; /* a code given twice: leave the choice to pyelftools */
        ab->tag = tag;
        ab->has_kids = kids == 1;
        ab->first = (Py_ssize_t)t->n_specs;
        for (;;) {
            uint64_t attr, form;
            int64_t implicit = 0;
            if (rd_uleb(b, &pos, &attr) < 0 || rd_uleb(b, &pos, &form) < 0)
                return -1;
            if (!attr && !form)
                break;
            if (form == 0x21 && rd_sleb(b, &pos, &implicit) < 0)
                return -1;
            if (t->n_specs == t->cap_specs) {
                size_t cap = t->cap_specs ? t->cap_specs * 2 : 256;
                Spec *s = PyMem_Realloc(t->specs, cap * sizeof(Spec));
                if (s == NULL)
                    return -1;
                t->specs = s;
                t->cap_specs = cap;
            }
            t->specs[t->n_specs++] = (Spec){attr, form, implicit};
        }
        ab->count = (Py_ssize_t)t->n_specs - ab->first;
    }
}

typedef struct {
    Bytes info, strs, line_strs, rng;
    AbbrevTable ab;
    Py_ssize_t cu_off, cu_end;
    int addr_size, offset_size, version;
} Unit;

/* size of a form that is only stepped over; -1 = variable (handled by the caller), -2 = unsupported */
static int
skip_size(const Unit *u, uint64_t form)
{
    switch (form) {
    case 0x0b: case 0x11: case 0x0c: case 0x25: case 0x29: return 1;            /* data1 ref1 flag strx1 addrx1 */
    case 0x05: case 0x12: case 0x26: case 0x2a: return 2;                       /* data2 ref2 strx2 addrx2 */
    case 0x27: case 0x2b: return 3;                                             /* strx3 addrx3 */
    case 0x06: case 0x13: case 0x28: case 0x2c: case 0x1c: return 4;            /* data4 ref4 strx4 addrx4 ref_sup4 */
    case 0x07: case 0x14: case 0x20: case 0x24: return 8;                       /* data8 ref8 ref_sig8 ref_sup8 */
    case 0x1e: return 16;                                                       /* data16 */
    case 0x19: case 0x21: return 0;                                             /* flag_present implicit_const */
    case 0x0e: case 0x1f: case 0x17: case 0x1d: return u->offset_size;          /* strp line_strp sec_offset strp_sup */
    case 0x01: return u->addr_size;                                             /* addr */
    case 0x10: return u->version < 3 ? u->addr_size : u->offset_size;          /* ref_addr */
    case 0x0f: case 0x15: case 0x1a: case 0x1b: case 0x23: case 0x22:          /* udata ref_udata strx addrx rnglistx loclistx */
    case 0x0d: case 0x08: case 0x18: case 0x09: case 0x0a: case 0x03: case 0x04: /* sdata string exprloc block* */
        return -1;
    default:
        return -2; /* indirect, GNU and vendor forms: Python decides */
    }
}

static int
cstr_at(const Bytes *t, uint64_t off, const uint8_t **s, Py_ssize_t *len)
{
    if (off >= (uint64_t)t->n)
        return -1;
    const uint8_t *p = t->p + off;
    const uint8_t *z = memchr(p, 0, (size_t)(t->n - (Py_ssize_t)off));
    if (z == NULL)
        return -1;
    *s = p;
    *len = z - p;
    return 0;
}

/*
 * Read one DIE's attributes from *pos (dwarf_fast._plan + InfoReader.read): wanted values into vals.
 * walk: the tree walk's reading (only functions' attributes and other DIEs' sibling link).
 * Returns 1 when some value was stored, 0 when none, -1 = give up.
 */
static int
read_die(const Unit *u, const Abbrev *ab, Py_ssize_t *pos, Val *vals, int walk)
{
    const Bytes *info = &u->info;
    int any = 0;
    int read_all = !walk || ab->tag == TAG_SUBPROGRAM || ab->tag == TAG_INLINED;
    memset(vals, 0, sizeof(Val) * NSLOTS);
    for (Py_ssize_t i = 0; i < ab->count; i++) {
        const Spec *sp = &u->ab.specs[ab->first + i];
        uint64_t form = sp->form;
        int slot = slot_of(sp->attr);
        if (!read_all && slot != SIBLING)
            slot = -1;
        if (slot == SIBLING && !(form == 0x11 || form == 0x12 || form == 0x13 || form == 0x14 || form == 0x15))
            slot = -1;
        if (slot < 0) {
            int size = skip_size(u, form);
            if (size == -2)
                return -1;
            if (size >= 0) {
                if (size > info->n - *pos)
                    return -1; /* Python would step past the end and stop: let it */
                *pos += size;
                continue;
            }
            uint64_t n;
            switch (form) {
            case 0x0f: case 0x15: case 0x1a: case 0x1b: case 0x23: case 0x22: case 0x0d:
                if (skip_leb(info, pos) < 0)
                    return -1;
                break;
            case 0x08: {
                const uint8_t *s;
                Py_ssize_t len;
                if (cstr_at(info, (uint64_t)*pos, &s, &len) < 0)
                    return -1;
                *pos += len + 1;
                break;
            }
            case 0x18: case 0x09:
                if (rd_uleb(info, pos, &n) < 0 || n > (uint64_t)(info->n - *pos))
                    return -1;
                *pos += (Py_ssize_t)n;
                break;
            default: { /* block1, block2, block4 */
                int w = form == 0x0a ? 1 : form == 0x03 ? 2 : 4;
                if (rd_fixed(info, *pos, w, &n) < 0 || n > (uint64_t)(info->n - *pos - w))
                    return -1;
                *pos += w + (Py_ssize_t)n;
            }
            }
            continue;
        }
        Val *v = &vals[slot];
        any = 1;
        if (form == 0x21) { /* implicit_const: only where the value is a plain number */
            if (!(slot == CALL_FILE || slot == CALL_LINE || slot == DISCR))
                return -1;
            v->has = 1;
            v->is_signed = 1;
            v->s = sp->implicit;
            continue;
        }
        if (slot == NAME || slot == LINKAGE || slot == MIPS_LINKAGE) {
            uint64_t off;
            if (form == 0x0e || form == 0x1f) { /* strp, line_strp */
                if (rd_fixed(info, *pos, u->offset_size, &off) < 0)
                    return -1;
                if (cstr_at(form == 0x0e ? &u->strs : &u->line_strs, off, &v->str, &v->len) < 0)
                    return -1;
                *pos += u->offset_size;
            } else if (form == 0x08) { /* string */
                if (cstr_at(info, (uint64_t)*pos, &v->str, &v->len) < 0)
                    return -1;
                *pos += v->len + 1;
            } else {
                return -1;
            }
            v->has = 1;
            continue;
        }
        uint64_t x;
        if (slot == ORIGIN || slot == SPEC || slot == SIBLING) {
            if (form >= 0x11 && form <= 0x14) { /* ref1 ref2 ref4 ref8 */
                int size = form == 0x11 ? 1 : form == 0x12 ? 2 : form == 0x13 ? 4 : 8;
                if (rd_fixed(info, *pos, size, &x) < 0)
                    return -1;
                *pos += size;
            } else if (form == 0x15) { /* ref_udata */
                if (rd_uleb(info, pos, &x) < 0)
                    return -1;
            } else if (form == 0x10) { /* ref_addr: from the start of .debug_info */
                int size = u->version < 3 ? u->addr_size : u->offset_size;
                if (rd_fixed(info, *pos, size, &x) < 0)
                    return -1;
                *pos += size;
                v->has = 1;
                v->u = x;
                continue;
            } else {
                return -1;
            }
            if (__builtin_add_overflow(x, (uint64_t)u->cu_off, &x))
                return -1;
            v->has = 1;
            v->u = x;
            continue;
        }
        if (slot == LOW && form != 0x01)
            return -1;
        if (slot == HIGH && form == 0x01) {
            vals[HIGH_IS_ADDR].has = 1;
            vals[HIGH_IS_ADDR].u = 1;
        } else if (slot == HIGH && !(form == 0x0b || form == 0x05 || form == 0x06 || form == 0x07 || form == 0x0f)) {
            return -1;
        }
        if (form == 0x01 && slot != LOW && slot != HIGH)
            return -1;
        int size;
        switch (form) {
        case 0x01: size = u->addr_size; break;
        case 0x0b: size = 1; break;
        case 0x05: size = 2; break;
        case 0x06: size = 4; break;
        case 0x07: size = 8; break;
        case 0x17: size = u->offset_size; break; /* sec_offset */
        case 0x0f: size = 0; break;
        case 0x0d: { /* sdata */
            if (slot == LOW || slot == HIGH)
                return -1;
            int64_t s;
            if (rd_sleb(info, pos, &s) < 0)
                return -1;
            v->has = 1;
            v->is_signed = 1;
            v->s = s;
            continue;
        }
        default:
            return -1;
        }
        if (form == 0x17 && (slot == LOW || slot == HIGH))
            return -1;
        if (size) {
            if (rd_fixed(info, *pos, size, &x) < 0)
                return -1;
            *pos += size;
        } else if (rd_uleb(info, pos, &x) < 0) {
            return -1;
        }
        v->has = 1;
        v->is_signed = 0;
        v->u = x;
    }
    return any;
}

static PyObject *
make_int(const Val *v)
{
    return v->is_signed ? PyLong_FromLongLong(v->s) : PyLong_FromUnsignedLongLong(v->u);
}

/* InfoReader.name: the name addr2line prints.  *out = new str, or NULL for none; -1 = give up. */
static int
die_name(const Unit *u, const Val *vals, int depth, PyObject **out)
{
    *out = NULL;
    for (int k = 0; k < 3; k++) {
        static const int order[3] = {LINKAGE, MIPS_LINKAGE, NAME};
        const Val *v = &vals[order[k]];
        if (v->has && v->len) {
            *out = PyUnicode_DecodeUTF8((const char *)v->str, v->len, "replace");
            return *out == NULL ? -1 : 0;
        }
    }
    if (depth >= 4)
        return 0;
    for (int k = 0; k < 2; k++) {
        const Val *ref = &vals[k == 0 ? ORIGIN : SPEC];
        if (!ref->has)
            continue;
        if (ref->u < (uint64_t)u->cu_off || ref->u >= (uint64_t)u->cu_end)
            return -1; /* another unit: Python says Unsupported */
        Py_ssize_t pos = (Py_ssize_t)ref->u;
        uint64_t code;
        if (rd_uleb(&u->info, &pos, &code) < 0)
            return -1;
        if (!code)
            return 0;
        if (code >= u->ab.n_codes || !u->ab.by_code[code].tag)
            return -1;
        Val target[NSLOTS];
        int r = read_die(u, &u->ab.by_code[code], &pos, target, 0);
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
        return die_name(u, target, depth + 1, out);
    }
    return 0;
}

typedef struct {
    uint64_t lo, hi;
    Py_ssize_t id;
} Range;

typedef struct {
    Range *r;
    size_t n, cap;
} Ranges;

static int
ranges_push(Ranges *rs, uint64_t lo, uint64_t hi, Py_ssize_t id)
{
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? rs->cap * 2 : 8;
        Range *r = PyMem_Realloc(rs->r, cap * sizeof(Range));
        if (r == NULL)
            return -1;
        rs->r = r;
        rs->cap = cap;
    }
    rs->r[rs->n++] = (Range){lo, hi, id};
    return 0;
}

static int
range_cmp(const void *pa, const void *pb)
{
    const Range *a = pa, *b = pb;
    int c;
    if ((c = CMP(a->lo, b->lo)))
        return c;
    if ((c = CMP(a->hi, b->hi)))
        return c;
    return CMP(a->id, b->id);
}

/* dwarf_fast.range_list into tmp (cleared first); -1 = give up */
static int
range_list(const Unit *u, uint64_t offset, int v5, uint64_t base, Ranges *tmp)
{
    const Bytes *d = &u->rng;
    int as = u->addr_size;
    tmp->n = 0;
    if (offset >= (uint64_t)d->n)
        return -1;
    Py_ssize_t pos = (Py_ssize_t)offset;
    if (!v5) {
        uint64_t max_addr = as == 8 ? ~(uint64_t)0 : (((uint64_t)1 << (8 * as)) - 1);
        for (;;) {
            uint64_t begin, end;
            if (pos > d->n - 2 * as || rd_fixed(d, pos, as, &begin) < 0 || rd_fixed(d, pos + as, as, &end) < 0)
                return -1;
            pos += 2 * as;
            if (begin == 0 && end == 0)
                return 0;
            if (begin == max_addr) {
                base = end;
            } else if (end > begin) {
                uint64_t lo, hi;
                if (__builtin_add_overflow(base, begin, &lo) || __builtin_add_overflow(base, end, &hi))
                    return -1;
                if (ranges_push(tmp, lo, hi, 0) < 0)
                    return -1;
            }
        }
    }
    for (;;) {
        if (pos >= d->n)
            return -1;
        int kind = d->p[pos++];
        uint64_t lo, hi, a, b;
        if (kind == 0)
            return 0;
        if (kind == 4) { /* DW_RLE_offset_pair */
            if (rd_uleb(d, &pos, &a) < 0 || rd_uleb(d, &pos, &b) < 0)
                return -1;
            if (__builtin_add_overflow(base, a, &lo) || __builtin_add_overflow(base, b, &hi))
                return -1;
        } else if (kind == 5) { /* DW_RLE_base_address */
            if (rd_fixed(d, pos, as, &base) < 0)
                return -1;
            pos += as;
            continue;
        } else if (kind == 6) { /* DW_RLE_start_end */
            if (rd_fixed(d, pos, as, &lo) < 0 || rd_fixed(d, pos + as, as, &hi) < 0)
                return -1;
            pos += 2 * as;
        } else if (kind == 7) { /* DW_RLE_start_length */
            if (rd_fixed(d, pos, as, &lo) < 0)
                return -1;
            pos += as;
            if (rd_uleb(d, &pos, &b) < 0 || __builtin_add_overflow(lo, b, &hi))
                return -1;
        } else {
            return -1;
        }
        if (hi > lo && ranges_push(tmp, lo, hi, 0) < 0)
            return -1;
    }
}

typedef struct {
    int process;
    Py_ssize_t parent; /* where children's ranges go: -1 = none, -2 = top, else a node index (local) */
    Py_ssize_t sort;   /* node whose list is sorted when this level closes, or -1 */
} Level;

static PyObject *
walk_cu(PyObject *self, PyObject *args)
{
    PyObject *info_o, *strs_o, *lstrs_o, *abbrev_o, *fmap_o, *rng_o;
    Py_ssize_t abbrev_off, cu_off, cu_end, top_off, first_id;
    int addr_size, offset_size, version, little, v5;
    unsigned long long cu_base;
    if (!PyArg_ParseTuple(args, "OOOOnnnniiipOKOpn", &info_o, &strs_o, &lstrs_o, &abbrev_o, &abbrev_off, &cu_off,
                          &cu_end, &top_off, &addr_size, &offset_size, &version, &little, &fmap_o, &cu_base, &rng_o,
                          &v5, &first_id)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    Unit u;
    memset(&u, 0, sizeof u);
    Bytes abbrev;
    if (get_buffer(info_o, &u.info, little) < 0 || get_buffer(strs_o, &u.strs, little) < 0 ||
        get_buffer(lstrs_o, &u.line_strs, little) < 0 || get_buffer(abbrev_o, &abbrev, little) < 0 ||
        get_buffer(rng_o, &u.rng, little) < 0)
        Py_RETURN_NONE;
    if (addr_size < 1 || addr_size > 8 || (offset_size != 4 && offset_size != 8) || cu_off < 0 || top_off < 0 ||
        abbrev_off < 0 || cu_end < cu_off)
        Py_RETURN_NONE;
    u.cu_off = cu_off;
    u.cu_end = cu_end;
    u.addr_size = addr_size;
    u.offset_size = offset_size;
    u.version = version;
    FileMap fm = {NULL, 0};
    if (get_fmap(fmap_o, &fm) < 0) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    PyObject *nodes = PyList_New(0);
    Ranges top = {NULL, 0, 0}, tmp = {NULL, 0, 0};
    Ranges *kids = NULL; /* per local node */
    size_t n_kids = 0, cap_kids = 0;
    Level *stack = NULL;
    size_t depth = 0, cap_stack = 0;
    PyObject *result = NULL;
    Val vals[NSLOTS];
    if (nodes == NULL || abbrev_parse(&abbrev, abbrev_off, &u.ab) < 0)
        goto done;

    Py_ssize_t pos = top_off;
    uint64_t code;
    if (rd_uleb(&u.info, &pos, &code) < 0 || code >= u.ab.n_codes || !u.ab.by_code[code].tag)
        goto done;
    const Abbrev *ab = &u.ab.by_code[code];
    if (read_die(&u, ab, &pos, vals, 1) < 0)
        goto done;
    if (!ab->has_kids)
        goto finish;
    cap_stack = 64;
    stack = PyMem_Malloc(cap_stack * sizeof(Level));
    if (stack == NULL)
        goto done;
    stack[depth++] = (Level){1, -1, -1};
    while (depth && pos < cu_end) {
        if (rd_uleb(&u.info, &pos, &code) < 0)
            goto done;
        if (!code) {
            Level lv = stack[--depth];
            if (lv.sort >= 0 && kids[lv.sort].n > 1)
                qsort(kids[lv.sort].r, kids[lv.sort].n, sizeof(Range), range_cmp);
            continue;
        }
        if (code >= u.ab.n_codes || !u.ab.by_code[code].tag)
            goto done; /* pyelftools: KeyError */
        ab = &u.ab.by_code[code];
        int got = read_die(&u, ab, &pos, vals, 1);
        if (got < 0)
            goto done;
        Level cur = stack[depth - 1];
        Level push = {0, -1, -1};
        int do_push = 0;
        if (cur.process) {
            if (ab->tag == TAG_SUBPROGRAM || ab->tag == TAG_INLINED) {
                tmp.n = 0;
                if (got) {
                    if (vals[LOW].has && vals[HIGH].has) {
                        uint64_t lo = vals[LOW].u, hi = vals[HIGH].u;
                        if (!vals[HIGH_IS_ADDR].has && __builtin_add_overflow(lo, hi, &hi))
                            goto done;
                        if (hi > lo && ranges_push(&tmp, lo, hi, 0) < 0)
                            goto done;
                    } else if (vals[RANGES].has && u.rng.n) {
                        if (vals[RANGES].is_signed && vals[RANGES].s < 0)
                            goto done;
                        uint64_t off = vals[RANGES].is_signed ? (uint64_t)vals[RANGES].s : vals[RANGES].u;
                        if (range_list(&u, off, v5, cu_base, &tmp) < 0)
                            goto done;
                    }
                }
                if (ab->tag == TAG_INLINED && cur.parent == -1) {
                    if (ab->has_kids) {
                        push = (Level){1, -1, -1};
                        do_push = 1;
                    }
                } else if (tmp.n) {
                    int64_t cf = -1;
                    if (vals[CALL_FILE].has) {
                        const Val *v = &vals[CALL_FILE];
                        if (v->is_signed ? (v->s >= 0 && v->s < fm.n) : (v->u < (uint64_t)fm.n))
                            cf = fm.v[v->is_signed ? v->s : (int64_t)v->u];
                    }
                    PyObject *name;
                    if (die_name(&u, vals, 0, &name) < 0)
                        goto done;
                    if (name == NULL)
                        name = PyUnicode_FromString("??");
                    Val zero = {1, 0, 0, 0, NULL, 0};
                    PyObject *node = name == NULL ? NULL :
                        Py_BuildValue("(NLNNi)", name, (long long)cf,
                                      make_int(vals[CALL_LINE].has ? &vals[CALL_LINE] : &zero),
                                      make_int(vals[DISCR].has ? &vals[DISCR] : &zero), -1);
                    if (node == NULL || PyList_Append(nodes, node) < 0) {
                        Py_XDECREF(node);
                        goto done;
                    }
                    Py_DECREF(node);
                    if (n_kids == cap_kids) {
                        size_t cap = cap_kids ? cap_kids * 2 : 256;
                        Ranges *k = PyMem_Realloc(kids, cap * sizeof(Ranges));
                        if (k == NULL)
                            goto done;
                        kids = k;
                        cap_kids = cap;
                    }
                    Py_ssize_t id = (Py_ssize_t)n_kids;
                    kids[n_kids++] = (Ranges){NULL, 0, 0};
                    Py_ssize_t target = (ab->tag == TAG_SUBPROGRAM && cur.parent == -1) ? -2 : cur.parent;
                    Ranges *dst = target == -2 ? &top : &kids[target];
                    for (size_t k = 0; k < tmp.n; k++)
                        if (ranges_push(dst, tmp.r[k].lo, tmp.r[k].hi, first_id + id) < 0)
                            goto done;
                    if (ab->has_kids) {
                        push = (Level){1, id, id};
                        do_push = 1;
                    }
                } else {
                    goto subtree;
                }
                goto pushed;
            }
            switch (ab->tag) {
            case 0x0b: case 0x39: case 0x02: case 0x13: case 0x32: case 0x25:
                if (ab->has_kids) {
                    push = (Level){1, cur.parent, -1};
                    do_push = 1;
                }
                goto pushed;
            default:
                break;
            }
        }
    subtree:
        if (ab->has_kids) { /* a subtree nobody reads: jump over it when the DIE says where its sibling is */
            if (got && vals[SIBLING].has && (uint64_t)pos < vals[SIBLING].u && vals[SIBLING].u <= (uint64_t)cu_end) {
                pos = (Py_ssize_t)vals[SIBLING].u;
            } else {
                push = (Level){0, -1, -1};
                do_push = 1;
            }
        }
    pushed:
        if (do_push) {
            if (depth == cap_stack) {
                Level *s = PyMem_Realloc(stack, cap_stack * 2 * sizeof(Level));
                if (s == NULL)
                    goto done;
                stack = s;
                cap_stack *= 2;
            }
            stack[depth++] = push;
        }
    }
finish: {
        PyObject *top_l = PyList_New((Py_ssize_t)top.n);
        PyObject *kids_l = PyList_New((Py_ssize_t)n_kids);
        if (top_l == NULL || kids_l == NULL) {
            Py_XDECREF(top_l);
            Py_XDECREF(kids_l);
            goto done;
        }
        for (size_t i = 0; i < top.n; i++)
            PyList_SET_ITEM(top_l, (Py_ssize_t)i, Py_BuildValue("(KKn)", (unsigned long long)top.r[i].lo,
                                                                (unsigned long long)top.r[i].hi, top.r[i].id));
        for (size_t i = 0; i < n_kids; i++) {
            PyObject *l = PyList_New((Py_ssize_t)kids[i].n);
            if (l != NULL)
                for (size_t k = 0; k < kids[i].n; k++)
                    PyList_SET_ITEM(l, (Py_ssize_t)k, Py_BuildValue("(KKn)", (unsigned long long)kids[i].r[k].lo,
                                                                    (unsigned long long)kids[i].r[k].hi,
                                                                    kids[i].r[k].id));
            PyList_SET_ITEM(kids_l, (Py_ssize_t)i, l);
        }
        if (PyErr_Occurred()) {
            Py_DECREF(top_l);
            Py_DECREF(kids_l);
            goto done;
        }
        result = Py_BuildValue("(ONN)", nodes, top_l, kids_l);
    }
done:
    Py_XDECREF(nodes);
    for (size_t i = 0; i < n_kids; i++)
        PyMem_Free(kids[i].r);
    PyMem_Free(kids);
    PyMem_Free(top.r);
    PyMem_Free(tmp.r);
    PyMem_Free(stack);
    PyMem_Free(fm.v);
    abbrev_free(&u.ab);
    if (result == NULL) {
        if (PyErr_Occurred())
            PyErr_Clear();
        Py_RETURN_NONE;
    }
    return result;
}

/* ------------------------------------------------------------------------------------------------ */
/* halfword table                                                                                       */

static PyObject *
fill(PyObject *self, PyObject *args)
{
    PyObject *starts_o, *values_o;
    unsigned long long base, stop;
    long fill_v;
    int code; /* element size: 2 or 4 */
    if (!PyArg_ParseTuple(args, "OOKKli", &starts_o, &values_o, &base, &stop, &fill_v, &code)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    Bytes s, v;
    if (get_buffer(starts_o, &s, 1) < 0 || get_buffer(values_o, &v, 1) < 0 || (code != 2 && code != 4))
        Py_RETURN_NONE;
    Py_ssize_t n = s.n / 4;
    if (n == 0 || v.n / 4 != n || stop < base || (stop - base) / 2 > (1u << 26) || (base & 1))
        Py_RETURN_NONE;
    const uint32_t *st = (const uint32_t *)s.p;
    const int32_t *val = (const int32_t *)v.p;
    size_t count = (size_t)((stop - base) >> 1);
    if (st[0] < base)
        Py_RETURN_NONE;
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(count * (size_t)code));
    if (out == NULL) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    char *o = PyBytes_AS_STRING(out);
    size_t at = 0;
    uint32_t odd = 0;
    for (Py_ssize_t i = -1; i < n; i++) {
        uint64_t lo = i < 0 ? base : st[i];
        uint64_t hi = i + 1 < n ? st[i + 1] : stop;
        int32_t x = i < 0 ? (int32_t)fill_v : val[i];
        if (i >= 0)
            odd |= st[i];
        if (hi <= lo)
            continue;
        size_t k = (size_t)((hi - lo) >> 1);
        if (at + k > count) {
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
        if (code == 2) {
            int16_t h = (int16_t)x;
            int16_t *p = (int16_t *)o + at;
            for (size_t j = 0; j < k; j++)
                p[j] = h;
        } else {
            int32_t *p = (int32_t *)o + at;
            for (size_t j = 0; j < k; j++)
                p[j] = x;
        }
        at += k;
    }
    if ((odd & 1) || at != count) {
        Py_DECREF(out);
        Py_RETURN_NONE;
    }
    return out;
}

/* ------------------------------------------------------------------------------------------------ */
/* location ids                                                                                         */

typedef struct {
    int32_t fid;
    uint32_t line, discr, id; /* id + 1; 0 = empty slot */
} Key;

static size_t
key_hash(int32_t fid, uint32_t line, uint32_t discr)
{
    uint64_t h = (uint64_t)(uint32_t)fid * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)line * 0xC2B2AE3D27D4EB4Full;
    h ^= (uint64_t)discr * 0x165667B19E3779F9ull;
    return (size_t)(h ^ (h >> 29));
}

/*
 * loc_ids(fid, line, discr) -> (keys, ids) | None: builder._render's numbering of the distinct
 * (file id, line, discriminator) rows: keys in order of first appearance after (-1, 0, 0) (id 0), and
 * per row its id as native uint32 bytes.
 */
static PyObject *
loc_ids(PyObject *self, PyObject *args)
{
    PyObject *f_o, *l_o, *d_o;
    if (!PyArg_ParseTuple(args, "OOO", &f_o, &l_o, &d_o)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    Bytes fb, lb, db;
    if (get_buffer(f_o, &fb, 1) < 0 || get_buffer(l_o, &lb, 1) < 0 || get_buffer(d_o, &db, 1) < 0 ||
        fb.n % 4 || fb.n != lb.n || fb.n != db.n)
        Py_RETURN_NONE;
    size_t n = (size_t)fb.n / 4;
    size_t cap = 64;
    while (cap < 2 * (n + 1))
        cap *= 2;
    Key *tab = PyMem_Calloc(cap, sizeof(Key));
    uint32_t *ids = PyMem_Malloc(sizeof(uint32_t) * (n ? n : 1));
    PyObject *keys = PyList_New(0);
    PyObject *result = NULL;
    if (tab == NULL || ids == NULL || keys == NULL)
        goto done;
    uint32_t next = 0;
    for (size_t i = 0; i <= n; i++) {
        int32_t fid;
        uint32_t line, discr;
        if (i == 0) {
            fid = -1;
            line = discr = 0;
        } else {
            memcpy(&fid, fb.p + 4 * (i - 1), 4);
            memcpy(&line, lb.p + 4 * (i - 1), 4);
            memcpy(&discr, db.p + 4 * (i - 1), 4);
        }
        size_t h = key_hash(fid, line, discr) & (cap - 1);
        while (tab[h].id && !(tab[h].fid == fid && tab[h].line == line && tab[h].discr == discr))
            h = (h + 1) & (cap - 1);
        if (!tab[h].id) {
            tab[h] = (Key){fid, line, discr, ++next};
            PyObject *k = Py_BuildValue("(lkk)", (long)fid, (unsigned long)line, (unsigned long)discr);
            if (k == NULL || PyList_Append(keys, k) < 0) {
                Py_XDECREF(k);
                goto done;
            }
            Py_DECREF(k);
        }
        if (i)
            ids[i - 1] = tab[h].id - 1;
    }
    result = Py_BuildValue("(ON)", keys, pack_u32(ids, n));
done:
    Py_XDECREF(keys);
    PyMem_Free(tab);
    PyMem_Free(ids);
    if (result == NULL) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return result;
}

static PyMethodDef methods[] = {
    {"loc_ids", loc_ids, METH_VARARGS, "Distinct line rows and each row's id (or None)."},
    {"line_table", line_table, METH_VARARGS, "Rows of the line programs, sorted and merged (or None)."},
    {"walk_cu", walk_cu, METH_VARARGS, "Functions and inlined calls of one unit (or None)."},
    {"fill", fill, METH_VARARGS, "One column of the halfword table (or None)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_dwarf_accel", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__dwarf_accel(void)
{
    return PyModule_Create(&module);
}
