/* The cue automaton of extract.events, compiled; optional: without it `events._armed` walks
 * pyahocorasick's automaton (tests/test_cue_scan.py compares both).
 *
 * Why (issue 16): pyahocorasick looks a character up among a node's children one by one and
 * follows failure links as it reads, and `_armed` took each of the ~170 anchors a 4 KB news
 * report holds back into Python, to find its sentence and add its names to the sentence's
 * set: ~0.87 M instructions of a report's ~8 M. Here the failure links are folded into a full
 * table (state, character class -> state), so a character costs one lookup, and a sentence's
 * names are bits until the sentence ends.
 *
 *   build(anchors, names) -> automaton (a capsule): the Aho-Corasick automaton of `anchors`,
 *       a sequence of non-empty str, anchor i arming the names (str) of the iterable
 *       names[i]; ValueError where they hold more than 255 distinct characters (the caller
 *       then keeps pyahocorasick).
 *   armed(automaton, text, starts) -> dict: for each sentence in which an anchor ends (every
 *       occurrence counts, overlapping ones too), its index - the number of `starts`
 *       (ascending) at or before the anchor's last character, less one - -> the set of the
 *       names its anchors arm; the sentences in text order.
 *   held(automaton, text) -> set: the names that the anchors the text holds arm.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define CAPSULE "extract._cue_scan.automaton"
/* Code points below this have their class in a table; the few above, in a short list. */
#define LOW 0x500
#define MAX_CLASSES 256

typedef struct {
    Py_ssize_t n_classes;     /* class 0: a character no anchor holds */
    uint8_t low[LOW];
    Py_ssize_t n_high;
    Py_UCS4 high_cp[MAX_CLASSES];
    uint8_t high_class[MAX_CLASSES];
    /* state row offset (state * n_classes) + class -> the next state's row offset; the
     * states that end an anchor are numbered last, from `reporting` on, so that telling one
     * is a compare and the walk's one dependent load a character is the table's */
    int32_t *go;
    int32_t reporting;
    int32_t *gate_start;      /* reporting state k: gate_ids[gate_start[k]:gate_start[k + 1]] */
    int32_t *gate_ids;
    PyObject *gates;          /* tuple: gate id -> its name */
    Py_ssize_t words;         /* 64-bit words of a sentence's set of gates */
} Cues;

static void
cues_free(Cues *a)
{
    if (a == NULL)
        return;
    PyMem_Free(a->go);
    PyMem_Free(a->gate_start);
    PyMem_Free(a->gate_ids);
    Py_XDECREF(a->gates);
    PyMem_Free(a);
}

static void
capsule_free(PyObject *capsule)
{
    cues_free((Cues *)PyCapsule_GetPointer(capsule, CAPSULE));
}

#if defined(__GNUC__)
#define INLINE inline __attribute__((always_inline))
#else
#define INLINE inline
#endif

static INLINE int
class_of(const Cues *a, Py_UCS4 c)
{
    if (c < LOW)
        return a->low[c];
    for (Py_ssize_t k = 0; k < a->n_high; k++)
        if (a->high_cp[k] == c)
            return a->high_class[k];
    return 0;
}

static int
compare_cp(const void *x, const void *y)
{
    Py_UCS4 a = *(const Py_UCS4 *)x, b = *(const Py_UCS4 *)y;
    return (a > b) - (a < b);
}

/* The anchors' characters, a class each in code point order (ASCII first: a row's classes
 * that an English report meets lie together). -1 where there are too many. */
static int
classes(Cues *a, PyObject **anchors, Py_ssize_t n)
{
    uint8_t seen[LOW] = {0};
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(anchors[i]);
        for (Py_ssize_t j = 0; j < len; j++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(anchors[i], j);
            if (c < LOW)
                seen[c] = 1;
            else if (class_of(a, c) == 0) {
                if (a->n_high >= MAX_CLASSES)
                    return -1;
                a->high_cp[a->n_high] = c;
                a->high_class[a->n_high++] = 1;   /* (a class is given below) */
            }
        }
    }
    qsort(a->high_cp, (size_t)a->n_high, sizeof(Py_UCS4), compare_cp);
    Py_ssize_t k = 1;
    for (Py_UCS4 c = 0; c < LOW; c++)
        if (seen[c]) {
            if (k >= MAX_CLASSES)
                return -1;
            a->low[c] = (uint8_t)k++;
        }
    for (Py_ssize_t h = 0; h < a->n_high; h++) {
        if (k >= MAX_CLASSES)
            return -1;
        a->high_class[h] = (uint8_t)k++;
    }
    a->n_classes = k;
    return 0;
}

/* Gate ids: each distinct name of `names` (one iterable of str an anchor) gets one, in order
 * of first appearance (`a->gates`); `ids`/`start`: anchor i's gate ids. */
static int
gate_ids(Cues *a, PyObject **names, Py_ssize_t n, int32_t **ids_out, int32_t **start_out)
{
    PyObject *index = PyDict_New(), *gates = PyList_New(0);
    int32_t *start = PyMem_Malloc((size_t)(n + 1) * sizeof(int32_t)), *ids = NULL;
    Py_ssize_t size = 0, cap = 0;
    int rc = -1;
    if (index == NULL || gates == NULL || start == NULL)
        goto done;
    start[0] = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *it = PyObject_GetIter(names[i]), *name;
        if (it == NULL)
            goto done;
        while ((name = PyIter_Next(it)) != NULL) {
            PyObject *id = PyDict_GetItemWithError(index, name);
            if (id == NULL && !PyErr_Occurred()) {
                if (!PyUnicode_Check(name)) {
                    PyErr_SetString(PyExc_TypeError, "build: each name a str");
                }
                else if ((id = PyLong_FromSsize_t(PyList_GET_SIZE(gates))) != NULL) {
                    int bad = PyDict_SetItem(index, name, id) < 0
                              || PyList_Append(gates, name) < 0;
                    Py_DECREF(id);   /* (the dict holds it) */
                    if (bad)
                        id = NULL;
                }
            }
            if (id != NULL && size == cap) {
                cap = cap ? 2 * cap : 256;
                int32_t *more = PyMem_Realloc(ids, (size_t)cap * sizeof(int32_t));
                if (more == NULL) {
                    PyErr_NoMemory();
                    id = NULL;
                }
                else
                    ids = more;
            }
            if (id != NULL)
                ids[size++] = (int32_t)PyLong_AsSsize_t(id);
            Py_DECREF(name);
            if (id == NULL) {
                Py_DECREF(it);
                goto done;
            }
        }
        Py_DECREF(it);
        if (PyErr_Occurred())
            goto done;
        start[i + 1] = (int32_t)size;
    }
    a->gates = PyList_AsTuple(gates);
    if (a->gates == NULL)
        goto done;
    a->words = (PyTuple_GET_SIZE(a->gates) + 63) / 64;
    rc = 0;
done:
    Py_XDECREF(index);
    Py_XDECREF(gates);
    if (rc < 0) {
        PyMem_Free(ids);
        PyMem_Free(start);
    }
    else {
        *ids_out = ids;
        *start_out = start;
    }
    return rc;
}

/* The trie of the anchors; the failure links folded into the table (breadth first, so a
 * state's failure state, shallower, has its row complete); each state's gates, its own
 * anchor's and its failure state's; then the states renumbered, those with gates last. */
static int
fill(Cues *a, PyObject **anchors, Py_ssize_t n, Py_ssize_t total, const int32_t *ids,
     const int32_t *start)
{
    const Py_ssize_t C = a->n_classes, most = total + 1, n_gates = PyTuple_GET_SIZE(a->gates);
    int32_t *go = NULL, *own = NULL, *fail = NULL, *order = NULL, *count = NULL;
    int32_t *first = NULL, *list = NULL, *mark = NULL, *number = NULL;
    Py_ssize_t size = 0, cap = 0;
    int rc = -1;
    go = PyMem_Malloc((size_t)(most * C) * sizeof(int32_t));
    own = PyMem_Malloc((size_t)most * sizeof(int32_t));
    fail = PyMem_Malloc((size_t)most * sizeof(int32_t));
    order = PyMem_Malloc((size_t)most * sizeof(int32_t));
    count = PyMem_Malloc((size_t)most * sizeof(int32_t));
    first = PyMem_Malloc((size_t)(most + 1) * sizeof(int32_t));
    mark = PyMem_Calloc((size_t)(n_gates ? n_gates : 1), sizeof(int32_t));
    number = PyMem_Malloc((size_t)most * sizeof(int32_t));
    if (!go || !own || !fail || !order || !count || !first || !mark || !number) {
        PyErr_NoMemory();
        goto done;
    }
    memset(go, 0xff, (size_t)(most * C) * sizeof(int32_t));   /* -1: no child */
    memset(own, 0xff, (size_t)most * sizeof(int32_t));
    Py_ssize_t states = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t s = 0, len = PyUnicode_GET_LENGTH(anchors[i]);
        for (Py_ssize_t j = 0; j < len; j++) {
            int32_t *next = &go[s * C + class_of(a, PyUnicode_READ_CHAR(anchors[i], j))];
            if (*next < 0)
                *next = (int32_t)states++;
            s = *next;
        }
        own[s] = (int32_t)i;  /* (an anchor given twice: the last, as pyahocorasick's add_word) */
    }
    /* breadth first: order[0] is the root */
    Py_ssize_t head = 1, tail = 1;
    order[0] = 0;
    fail[0] = 0;
    for (Py_ssize_t c = 0; c < C; c++) {
        if (go[c] < 0)
            go[c] = 0;
        else {
            fail[go[c]] = 0;
            order[tail++] = go[c];
        }
    }
    while (head < tail) {
        int32_t u = order[head++];
        const int32_t *back = &go[fail[u] * C];
        int32_t *row = &go[u * C];
        for (Py_ssize_t c = 0; c < C; c++) {
            if (row[c] < 0)
                row[c] = back[c];
            else {
                fail[row[c]] = back[c];
                order[tail++] = row[c];
            }
        }
    }
    /* each state's gates (deduplicated): its anchor's, then its failure state's */
    for (Py_ssize_t k = 0; k < states; k++) {
        int32_t v = order[k];
        first[v] = (int32_t)size;
        count[v] = 0;
        if (v == 0)
            continue;
        Py_ssize_t from = own[v] >= 0 ? start[own[v]] : 0, to = own[v] >= 0 ? start[own[v] + 1] : 0;
        Py_ssize_t extra = count[fail[v]];
        if (size + (to - from) + extra > cap) {
            cap = 2 * (size + (to - from) + extra) + 256;
            int32_t *more = PyMem_Realloc(list, (size_t)cap * sizeof(int32_t));
            if (more == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            list = more;
        }
        for (Py_ssize_t g = from; g < to; g++)
            if (mark[ids[g]] != v + 1) {
                mark[ids[g]] = v + 1;
                list[size++] = ids[g];
            }
        for (Py_ssize_t g = first[fail[v]]; g < first[fail[v]] + extra; g++)
            if (mark[list[g]] != v + 1) {
                mark[list[g]] = v + 1;
                list[size++] = list[g];
            }
        count[v] = (int32_t)(size - first[v]);
    }
    /* numbered anew: the states without gates first, breadth first, then those with */
    Py_ssize_t next = 0;
    for (Py_ssize_t k = 0; k < states; k++)
        if (count[order[k]] == 0)
            number[order[k]] = (int32_t)next++;
    a->reporting = (int32_t)(next * C);
    Py_ssize_t quiet = next;
    for (Py_ssize_t k = 0; k < states; k++)
        if (count[order[k]] > 0)
            number[order[k]] = (int32_t)next++;
    a->go = PyMem_Malloc((size_t)(states * C) * sizeof(int32_t));
    a->gate_start = PyMem_Malloc((size_t)(states - quiet + 1) * sizeof(int32_t));
    a->gate_ids = PyMem_Malloc((size_t)(size ? size : 1) * sizeof(int32_t));
    if (!a->go || !a->gate_start || !a->gate_ids) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t s = 0; s < states; s++)
        for (Py_ssize_t c = 0; c < C; c++)
            a->go[number[s] * C + c] = (int32_t)(number[go[s * C + c]] * C);
    Py_ssize_t at = 0;
    a->gate_start[0] = 0;
    for (Py_ssize_t k = 0; k < states; k++) {
        int32_t v = order[k];
        if (count[v] == 0)
            continue;
        memcpy(&a->gate_ids[at], &list[first[v]], (size_t)count[v] * sizeof(int32_t));
        at += count[v];
        a->gate_start[number[v] - quiet + 1] = (int32_t)at;
    }
    rc = 0;
done:
    PyMem_Free(go);
    PyMem_Free(own);
    PyMem_Free(fail);
    PyMem_Free(order);
    PyMem_Free(count);
    PyMem_Free(first);
    PyMem_Free(list);
    PyMem_Free(mark);
    PyMem_Free(number);
    return rc;
}

static PyObject *
build(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *anchors_arg, *names_arg;
    if (!PyArg_ParseTuple(args, "OO:build", &anchors_arg, &names_arg))
        return NULL;
    PyObject *anchors = PySequence_Fast(anchors_arg, "build: anchors, a sequence of str");
    PyObject *names = anchors ? PySequence_Fast(names_arg, "build: names, a sequence") : NULL;
    int32_t *ids = NULL, *start = NULL;
    Cues *a = NULL;
    PyObject *capsule = NULL;
    if (names == NULL)
        goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(anchors), total = 0;
    PyObject **items = PySequence_Fast_ITEMS(anchors);
    if (PySequence_Fast_GET_SIZE(names) != n) {
        PyErr_SetString(PyExc_ValueError, "build: one set of names an anchor");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i]) || PyUnicode_GET_LENGTH(items[i]) == 0) {
            PyErr_SetString(PyExc_ValueError, "build: each anchor a non-empty str");
            goto done;
        }
        total += PyUnicode_GET_LENGTH(items[i]);
    }
    a = PyMem_Calloc(1, sizeof(Cues));
    if (a == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (classes(a, items, n) < 0) {
        PyErr_SetString(PyExc_ValueError, "build: more than 255 distinct characters");
        goto done;
    }
    if ((total + 1) * a->n_classes >= INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "build: the anchors are too long");
        goto done;
    }
    if (gate_ids(a, PySequence_Fast_ITEMS(names), n, &ids, &start) < 0
            || fill(a, items, n, total, ids, start) < 0)
        goto done;
    capsule = PyCapsule_New(a, CAPSULE, capsule_free);
    if (capsule != NULL)
        a = NULL;   /* the capsule's now */
done:
    Py_XDECREF(anchors);
    Py_XDECREF(names);
    PyMem_Free(ids);
    PyMem_Free(start);
    cues_free(a);
    return capsule;
}

/* The sentence's gates (a bitmap) as a set, under its index in out; the bitmap cleared. */
static int
flush(const Cues *a, uint64_t *bits, Py_ssize_t idx, PyObject *out)
{
    PyObject *set = PySet_New(NULL), *key = PyLong_FromSsize_t(idx);
    int rc = (set && key) ? 0 : -1;
    for (Py_ssize_t w = 0; rc == 0 && w < a->words; w++) {
        uint64_t word = bits[w];
        bits[w] = 0;
        while (word && rc == 0) {
            int b = __builtin_ctzll(word);
            word &= word - 1;
            rc = PySet_Add(set, PyTuple_GET_ITEM(a->gates, w * 64 + b));
        }
    }
    if (rc == 0)
        rc = PyDict_SetItem(out, key, set);
    Py_XDECREF(set);
    Py_XDECREF(key);
    return rc;
}

/* One loop a storage kind (kind is a constant where it is inlined below). */
static INLINE int
walk(int kind, const void *data, Py_ssize_t n, const Cues *a, const Py_ssize_t *starts,
     Py_ssize_t n_starts, uint64_t *bits, PyObject *out)
{
    const int32_t *go = a->go, *gate_start = a->gate_start, *gate_ids = a->gate_ids;
    const int32_t reporting = a->reporting, C = (int32_t)a->n_classes;
    const uint8_t *low = a->low;
    int32_t state = 0;
    Py_ssize_t p = 0, current = -2;   /* p: the starts at or before i */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        state = go[state + (ch < LOW ? low[ch] : class_of(a, ch))];
        if (state < reporting)
            continue;
        while (p < n_starts && starts[p] <= i)
            p++;
        if (p - 1 != current) {
            if (current != -2 && flush(a, bits, current, out) < 0)
                return -1;
            current = p - 1;
        }
        int32_t k = (state - reporting) / C;
        for (int32_t g = gate_start[k]; g < gate_start[k + 1]; g++)
            bits[gate_ids[g] >> 6] |= (uint64_t)1 << (gate_ids[g] & 63);
    }
    return current != -2 ? flush(a, bits, current, out) : 0;
}

/* The dict of `armed`, from the starts as C integers. */
static PyObject *
sentences(const Cues *a, PyObject *text, const Py_ssize_t *starts, Py_ssize_t n_starts)
{
    uint64_t *bits = PyMem_Calloc((size_t)(a->words ? a->words : 1), sizeof(uint64_t));
    PyObject *out = bits ? PyDict_New() : PyErr_NoMemory();
    if (out == NULL) {
        PyMem_Free(bits);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int rc;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        rc = walk(PyUnicode_1BYTE_KIND, data, n, a, starts, n_starts, bits, out);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = walk(PyUnicode_2BYTE_KIND, data, n, a, starts, n_starts, bits, out);
        break;
    default:
        rc = walk(PyUnicode_4BYTE_KIND, data, n, a, starts, n_starts, bits, out);
        break;
    }
    PyMem_Free(bits);
    if (rc < 0)
        Py_CLEAR(out);
    return out;
}

static PyObject *
armed(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *capsule, *text, *starts_list;
    if (!PyArg_ParseTuple(args, "OUO!:armed", &capsule, &text, &PyList_Type, &starts_list))
        return NULL;
    const Cues *a = (const Cues *)PyCapsule_GetPointer(capsule, CAPSULE);
    if (a == NULL)
        return NULL;
    Py_ssize_t n_starts = PyList_GET_SIZE(starts_list);
    Py_ssize_t *starts = PyMem_Malloc((size_t)(n_starts ? n_starts : 1) * sizeof(Py_ssize_t));
    if (starts == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t k = 0; k < n_starts; k++) {
        starts[k] = PyLong_AsSsize_t(PyList_GET_ITEM(starts_list, k));
        if (starts[k] == -1 && PyErr_Occurred()) {
            PyMem_Free(starts);
            return NULL;
        }
    }
    PyObject *out = sentences(a, text, starts, n_starts);
    PyMem_Free(starts);
    return out;
}

static PyObject *
held(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *capsule, *text;
    if (!PyArg_ParseTuple(args, "OU:held", &capsule, &text))
        return NULL;
    const Cues *a = (const Cues *)PyCapsule_GetPointer(capsule, CAPSULE);
    if (a == NULL)
        return NULL;
    PyObject *by = sentences(a, text, NULL, 0);   /* one sentence, -1: the whole text */
    if (by == NULL)
        return NULL;
    Py_ssize_t at = 0;
    PyObject *key, *set;
    if (PyDict_Next(by, &at, &key, &set))
        Py_INCREF(set);
    else
        set = PySet_New(NULL);
    Py_DECREF(by);
    return set;
}

static PyMethodDef methods[] = {
    {"build", build, METH_VARARGS,
     "build(anchors, names) -> automaton: the Aho-Corasick automaton of the anchors (non-empty "
     "str), each arming the names (str) of names[i]."},
    {"armed", armed, METH_VARARGS,
     "armed(automaton, text, starts) -> dict: sentence index -> the names that the anchors "
     "ending in that sentence arm."},
    {"held", held, METH_VARARGS,
     "held(automaton, text) -> set: the names that the anchors text holds arm."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "extract._cue_scan",
    "The cue automaton of extract.events, compiled (optional).", -1, methods,
};

PyMODINIT_FUNC
PyInit__cue_scan(void)
{
    return PyModule_Create(&module);
}
