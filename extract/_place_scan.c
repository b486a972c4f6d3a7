/* The capital-word scan of extract.places, compiled; optional: without it places takes the
 * same spans from its regex (`_capital_word`; tests/test_cw25_s25.py compares both).
 *
 * Why (issue 16): the regex opens with a class of some 600 ranges, which `re` tests at every
 * character of a report (~47 instructions a character), and each match costs ~3 k
 * instructions of set-up and span objects: ~0.6 M instructions of a 4 KB English report.
 * Here each character costs a compare or two (a table lookup outside ASCII).
 *
 *   capital_words(text, not_after) -> list[tuple[int, int]]: the spans of
 *       `_capital_word().finditer(text)`: a character of the Basic Multilingual Plane that
 *       is upper case (str.isupper), not after a letter or digit (str.isalnum) nor after a
 *       character of not_after, then the letters and digits that follow it.
 *   ends_and_breaks(text) -> (ends, breaks): `places._sentence_ends(text)` (where one of
 *       ".!?;" is followed by white space, str.isspace) and `places._line_breaks(text)` (each
 *       "\n"), from one pass (two regex scans and a sort, ~0.15 M instructions a report).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* [^\W_] of `re` (a str pattern): str.isalnum of one character. */
static inline int
is_alnum(Py_UCS4 c)
{
    if (c < 128)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return Py_UNICODE_ISALNUM(c);
}

static inline int
opens_after(Py_UCS4 prev, const Py_UCS4 *not_after, Py_ssize_t n_not)
{
    if (is_alnum(prev))
        return 0;
    for (Py_ssize_t k = 0; k < n_not; k++)
        if (prev == not_after[k])
            return 0;
    return 1;
}

static int
add_span(PyObject *out, Py_ssize_t start, Py_ssize_t stop)
{
    PyObject *a = PyLong_FromSsize_t(start), *b = PyLong_FromSsize_t(stop);
    PyObject *span = (a && b) ? PyTuple_Pack(2, a, b) : NULL;
    Py_XDECREF(a);
    Py_XDECREF(b);
    if (span == NULL)
        return -1;
    int rc = PyList_Append(out, span);
    Py_DECREF(span);
    return rc;
}

#if defined(__GNUC__)
#define INLINE inline __attribute__((always_inline))
#else
#define INLINE inline
#endif

/* One loop a storage kind (kind is a constant where it is inlined below). */
static INLINE int
scan(int kind, const void *data, Py_ssize_t n, const Py_UCS4 *not_after, Py_ssize_t n_not,
     PyObject *out)
{
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int upper = c < 128 ? (c >= 'A' && c <= 'Z') : (c < 0x10000 && Py_UNICODE_ISUPPER(c));
        if (!upper || (i > 0 && !opens_after(PyUnicode_READ(kind, data, i - 1), not_after,
                                             n_not))) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < n && is_alnum(PyUnicode_READ(kind, data, j)))
            j++;
        if (add_span(out, i, j) < 0)
            return -1;
        i = j;
    }
    return 0;
}

static PyObject *
capital_words(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *text, *not_after_obj;
    if (!PyArg_ParseTuple(args, "UU:capital_words", &text, &not_after_obj))
        return NULL;
    Py_ssize_t n_not = PyUnicode_GET_LENGTH(not_after_obj);
    if (n_not > 32) {
        PyErr_SetString(PyExc_ValueError, "not_after: at most 32 characters");
        return NULL;
    }
    Py_UCS4 not_after[32];
    for (Py_ssize_t k = 0; k < n_not; k++)
        not_after[k] = PyUnicode_READ_CHAR(not_after_obj, k);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int rc;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        rc = scan(PyUnicode_1BYTE_KIND, data, n, not_after, n_not, out);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = scan(PyUnicode_2BYTE_KIND, data, n, not_after, n_not, out);
        break;
    default:
        rc = scan(PyUnicode_4BYTE_KIND, data, n, not_after, n_not, out);
        break;
    }
    if (rc < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

static int
add_int(PyObject *out, Py_ssize_t at)
{
    PyObject *v = PyLong_FromSsize_t(at);
    if (v == NULL)
        return -1;
    int rc = PyList_Append(out, v);
    Py_DECREF(v);
    return rc;
}

static INLINE int
scan_marks(int kind, const void *data, Py_ssize_t n, PyObject *ends, PyObject *breaks)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c > '?')
            continue;
        if (c == '\n') {
            if (add_int(breaks, i) < 0)
                return -1;
        }
        else if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < n
                 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i + 1))) {
            if (add_int(ends, i) < 0)
                return -1;
        }
    }
    return 0;
}

static PyObject *
ends_and_breaks(PyObject *self, PyObject *arg)
{
    (void)self;
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "ends_and_breaks: a str");
        return NULL;
    }
    PyObject *ends = PyList_New(0), *breaks = PyList_New(0);
    if (ends == NULL || breaks == NULL)
        goto fail;
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    const void *data = PyUnicode_DATA(arg);
    int rc;
    switch (PyUnicode_KIND(arg)) {
    case PyUnicode_1BYTE_KIND:
        rc = scan_marks(PyUnicode_1BYTE_KIND, data, n, ends, breaks);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = scan_marks(PyUnicode_2BYTE_KIND, data, n, ends, breaks);
        break;
    default:
        rc = scan_marks(PyUnicode_4BYTE_KIND, data, n, ends, breaks);
        break;
    }
    if (rc < 0)
        goto fail;
    PyObject *out = PyTuple_Pack(2, ends, breaks);
    Py_DECREF(ends);
    Py_DECREF(breaks);
    return out;
fail:
    Py_XDECREF(ends);
    Py_XDECREF(breaks);
    return NULL;
}

static PyMethodDef methods[] = {
    {"ends_and_breaks", ends_and_breaks, METH_O,
     "ends_and_breaks(text) -> (ends, breaks): where '.', '!', '?' or ';' is followed by white "
     "space, and where '\\n' is, in text order."},
    {"capital_words", capital_words, METH_VARARGS,
     "capital_words(text, not_after) -> list of (start, stop): the capitalised words of text."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "extract._place_scan",
    "The capital-word scan of extract.places, compiled (optional).", -1, methods,
};

PyMODINIT_FUNC
PyInit__place_scan(void)
{
    return PyModule_Create(&module);
}
