/* The sentence splitter of extract.sentences, compiled; optional: without it `sentence_spans`
 * uses its regexes (tests/test_sentence_scan.py compares both).
 *
 * Why (issue 16): the regexes' scans and a match object a boundary, then the Python loop over
 * them, took ~0.37 M instructions of a 4 KB news report's ~7 M (callgrind, compiled). Here
 * one pass over the characters finds the boundaries the regexes find, and the loop is in C;
 * the abbreviation test and the wrapped date, rare past a first look, call back into Python.
 *
 *   spans(text, is_abbreviation, wrapped_date, longest) -> list[tuple[int, int]]:
 *       `sentences._spans_by_regex(text)`. A boundary is, in text order:
 *       - a run of ".", "!", "?" (its first one) and the closing quotes or brackets after it,
 *         where white space follows, then an opening quote or bracket or none, then a capital
 *         letter (A-Z, А-Я, І, Ї, Є, Ґ) or a digit (0-9);
 *       - "\n", with the white space after it up to its last "\n".
 *       A dot's boundary is skipped where `is_abbreviation(text, at)` says so, asked only
 *       where one of the `longest` + 1 characters before the dot is not a letter (str.isalpha);
 *       a line break's after a dot where `wrapped_date(text, at)` says so. Each sentence runs
 *       from the end of the boundary before it to its own end (a line break's: its start),
 *       stripped of white space (str.isspace), and is kept if anything is left.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#if defined(__GNUC__)
#define INLINE inline __attribute__((always_inline))
#else
#define INLINE inline
#endif

static INLINE int
is_mark(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?';
}

static INLINE int
is_closer(Py_UCS4 c)   /* ["'”’)\]] */
{
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']';
}

static INLINE int
is_opener(Py_UCS4 c)   /* ["'“‘(\[] */
{
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == '(' || c == '[';
}

static INLINE int
is_capital(Py_UCS4 c)  /* [A-ZА-ЯІЇЄҐ0-9] */
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0x0410 && c <= 0x042F)
           || c == 0x0406 || c == 0x0407 || c == 0x0404 || c == 0x0490;
}

static INLINE int
is_space(Py_UCS4 c)
{
    return c < 128 ? (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F))
                   : Py_UNICODE_ISSPACE(c);
}

/* The end of a boundary of marks opening at `at`, or -1 where the text after its marks and
 * closers is not white space, then an opener or none, then a capital or digit. */
static INLINE Py_ssize_t
marks_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    Py_ssize_t j = at + 1;
    while (j < n && is_mark(PyUnicode_READ(kind, data, j)))
        j++;
    while (j < n && is_closer(PyUnicode_READ(kind, data, j)))
        j++;
    Py_ssize_t end = j;
    if (j >= n || !is_space(PyUnicode_READ(kind, data, j)))
        return -1;
    while (j < n && is_space(PyUnicode_READ(kind, data, j)))
        j++;
    if (j < n && is_opener(PyUnicode_READ(kind, data, j)))
        j++;
    return j < n && is_capital(PyUnicode_READ(kind, data, j)) ? end : -1;
}

/* The end of a line break's boundary opening at `at`: after the last "\n" of the white space
 * that follows it. */
static INLINE Py_ssize_t
break_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t at)
{
    Py_ssize_t end = at + 1;
    for (Py_ssize_t j = at + 1; j < n; j++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, j);
        if (!is_space(c))
            break;
        if (c == '\n')
            end = j + 1;
    }
    return end;
}

/* The text's answer to `test(text, at)`: 1, 0, or -1 on an error. */
static int
ask(PyObject *test, PyObject *text, Py_ssize_t at)
{
    PyObject *where = PyLong_FromSsize_t(at);
    if (where == NULL)
        return -1;
    PyObject *answer = PyObject_CallFunctionObjArgs(test, text, where, NULL);
    Py_DECREF(where);
    if (answer == NULL)
        return -1;
    int yes = PyObject_IsTrue(answer);
    Py_DECREF(answer);
    return yes;
}

/* text[start:stop] stripped of white space, appended as a span if anything is left. */
static INLINE int
push(int kind, const void *data, Py_ssize_t start, Py_ssize_t stop, PyObject *out)
{
    while (start < stop && is_space(PyUnicode_READ(kind, data, start)))
        start++;
    if (start == stop)
        return 0;
    while (is_space(PyUnicode_READ(kind, data, stop - 1)))
        stop--;
    PyObject *span = Py_BuildValue("(nn)", start, stop);
    if (span == NULL)
        return -1;
    int rc = PyList_Append(out, span);
    Py_DECREF(span);
    return rc;
}

/* One loop a storage kind (kind is a constant where it is inlined below). */
static INLINE int
split(int kind, const void *data, Py_ssize_t n, PyObject *text, PyObject *is_abbreviation,
      PyObject *wrapped_date, Py_ssize_t longest, PyObject *out)
{
    Py_ssize_t start = 0, at = 0;
    while (at < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, at);
        Py_ssize_t end;
        if (c == '\n')
            end = break_end(kind, data, n, at);
        else if (is_mark(c) && (end = marks_end(kind, data, n, at)) >= 0)
            ;
        else {
            at++;
            continue;
        }
        int skip = 0;
        if (c == '.') {
            int long_word = at > longest;
            for (Py_ssize_t k = at - longest - 1; long_word && k < at; k++)
                long_word = Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, k));
            if (!long_word && (skip = ask(is_abbreviation, text, at)) < 0)
                return -1;
        }
        else if (c == '\n' && at > 0 && PyUnicode_READ(kind, data, at - 1) == '.'
                 && (skip = ask(wrapped_date, text, at)) < 0)
            return -1;
        if (!skip) {
            if (push(kind, data, start, c == '\n' ? at : end, out) < 0)
                return -1;
            start = end;
        }
        at = end;
    }
    return push(kind, data, start, n, out);
}

static PyObject *
spans(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *text, *is_abbreviation, *wrapped_date;
    Py_ssize_t longest;
    if (!PyArg_ParseTuple(args, "UOOn:spans", &text, &is_abbreviation, &wrapped_date, &longest))
        return NULL;
    if (longest < 0) {
        PyErr_SetString(PyExc_ValueError, "spans: longest must be >= 0");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int rc;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        rc = split(PyUnicode_1BYTE_KIND, data, n, text, is_abbreviation, wrapped_date, longest,
                   out);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = split(PyUnicode_2BYTE_KIND, data, n, text, is_abbreviation, wrapped_date, longest,
                   out);
        break;
    default:
        rc = split(PyUnicode_4BYTE_KIND, data, n, text, is_abbreviation, wrapped_date, longest,
                   out);
        break;
    }
    if (rc < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"spans", spans, METH_VARARGS,
     "spans(text, is_abbreviation, wrapped_date, longest) -> list of (start, end): the "
     "sentences of text."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "extract._sentence_scan",
    "The sentence splitter of extract.sentences, compiled (optional).", -1, methods,
};

PyMODINIT_FUNC
PyInit__sentence_scan(void)
{
    return PyModule_Create(&module);
}
