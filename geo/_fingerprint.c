/* Compiled kernels of the near-copy signature (geo.dedup), optional: without them geo.dedup
 * computes the same values in numpy (tests/test_fingerprint_kernel.py compares both).
 *
 * Why (issue 16): a 4 KB English report's signature took ~1.5 M instructions in numpy and
 * Python - the MinHash block (three passes over 128 x ~600 uint64: multiply, add, row minima)
 * ~0.88 M, splitting the text into words and looking up their CRC-32 ~0.59 M. Here the
 * minimum is taken as each value is made (one pass) and the words, their CRC-32 and the
 * shingles come from one scan of the bytes.
 *
 *   minhash(hashes, a, b, out): out[i] = min_j ((a[i] * hashes[j] + b[i]) mod 2**64) >> 32
 *   ascii_shingles(data, k, mul) -> bytes: the k-word shingle hashes (uint64, in order, with
 *       repeats) of the words of data, a word being a run of ASCII letters, digits and "_"
 *       (every other byte separates), each word's CRC-32 (0 made 1) as its hash: what
 *       geo.dedup._shingles(_byte_word_hashes(data), k) gives.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
/* One build for every x86-64 machine: the loader picks the AVX-512 or AVX2 clone where the
 * CPU has it (GCC's target clones; other compilers and machines get the plain loop). */
#define CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define CLONES
#endif

static uint32_t crc_table[256];

static void
make_crc_table(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

/* 1 for ASCII letters, digits and "_" (geo.dedup._ASCII_WORDS keeps these), else 0. */
static unsigned char word_byte[256];

static void
make_word_bytes(void)
{
    for (int c = 0; c < 256; c++)
        word_byte[c] = (c < 128 && (c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                                    || (c >= 'A' && c <= 'Z')));
}

CLONES static void
minhash_rows(const uint64_t *x, Py_ssize_t n, const uint64_t *a, const uint64_t *b,
             uint64_t *out, Py_ssize_t perms)
{
    for (Py_ssize_t i = 0; i < perms; i++) {
        const uint64_t ai = a[i], bi = b[i];
        uint64_t m = UINT64_MAX;
        for (Py_ssize_t j = 0; j < n; j++) {
            const uint64_t v = ai * x[j] + bi;
            m = v < m ? v : m;
        }
        out[i] = m >> 32;
    }
}

static int
get_u64(PyObject *obj, Py_buffer *view, int writable, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT
                           | (writable ? PyBUF_WRITABLE : 0)) < 0)
        return -1;
    if (view->itemsize != 8 || view->format == NULL
        || !(strcmp(view->format, "Q") == 0 || strcmp(view->format, "L") == 0
             || strcmp(view->format, "<Q") == 0 || strcmp(view->format, "=Q") == 0)) {
        PyErr_Format(PyExc_TypeError, "%s: a C-contiguous uint64 buffer is needed", what);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static PyObject *
minhash(PyObject *self, PyObject *args)
{
    PyObject *ho, *ao, *bo, *oo;
    Py_buffer h, a, b, o;
    if (!PyArg_ParseTuple(args, "OOOO:minhash", &ho, &ao, &bo, &oo))
        return NULL;
    if (get_u64(ho, &h, 0, "hashes") < 0)
        return NULL;
    if (get_u64(ao, &a, 0, "a") < 0)
        goto fail_h;
    if (get_u64(bo, &b, 0, "b") < 0)
        goto fail_a;
    if (get_u64(oo, &o, 1, "out") < 0)
        goto fail_b;
    Py_ssize_t perms = o.len / 8;
    if (a.len / 8 < perms || b.len / 8 < perms) {
        PyErr_SetString(PyExc_ValueError, "a and b need a value for each of out's");
        goto fail_o;
    }
    Py_BEGIN_ALLOW_THREADS
    minhash_rows((const uint64_t *)h.buf, h.len / 8, (const uint64_t *)a.buf,
                 (const uint64_t *)b.buf, (uint64_t *)o.buf, perms);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&o);
    PyBuffer_Release(&b);
    PyBuffer_Release(&a);
    PyBuffer_Release(&h);
    Py_RETURN_NONE;
fail_o:
    PyBuffer_Release(&o);
fail_b:
    PyBuffer_Release(&b);
fail_a:
    PyBuffer_Release(&a);
fail_h:
    PyBuffer_Release(&h);
    return NULL;
}

static PyObject *
ascii_shingles(PyObject *self, PyObject *args)
{
    Py_buffer data;
    Py_ssize_t k;
    unsigned long long mul;
    if (!PyArg_ParseTuple(args, "y*nK:ascii_shingles", &data, &k, &mul))
        return NULL;
    if (k < 1) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "k must be at least 1");
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)data.buf;
    const Py_ssize_t len = data.len;
    /* At most one word in two bytes (a word and its separator). */
    Py_ssize_t cap = len / 2 + 1;
    uint64_t *words = PyMem_Malloc(sizeof(uint64_t) * (size_t)cap);
    if (words == NULL) {
        PyBuffer_Release(&data);
        return PyErr_NoMemory();
    }
    Py_ssize_t nw = 0, i = 0;
    while (i < len) {
        if (!word_byte[p[i]]) {
            i++;
            continue;
        }
        uint32_t c = 0xFFFFFFFFu;
        while (i < len && word_byte[p[i]]) {
            c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
            i++;
        }
        c ^= 0xFFFFFFFFu;
        words[nw++] = c ? c : 1;
    }
    PyBuffer_Release(&data);
    if (nw == 0) {
        PyMem_Free(words);
        return PyBytes_FromStringAndSize(NULL, 0);
    }
    if (k > nw)
        k = nw;
    const Py_ssize_t n = nw - k + 1;
    PyObject *res = PyBytes_FromStringAndSize(NULL, n * 8);
    if (res == NULL) {
        PyMem_Free(words);
        return NULL;
    }
    uint64_t *h = (uint64_t *)PyBytes_AS_STRING(res);
    const uint64_t m = (uint64_t)mul;
    for (Py_ssize_t s = 0; s < n; s++) {
        uint64_t v = words[s];
        for (Py_ssize_t j = 1; j < k; j++)
            v = v * m + words[s + j];
        v ^= v >> 32;
        h[s] = v & 0xFFFFFFFFu;
    }
    PyMem_Free(words);
    return res;
}

static PyMethodDef methods[] = {
    {"minhash", minhash, METH_VARARGS,
     "minhash(hashes, a, b, out): out[i] = min over j of (a[i]*hashes[j] + b[i] mod 2**64) >> 32"},
    {"ascii_shingles", ascii_shingles, METH_VARARGS,
     "ascii_shingles(data, k, mul) -> bytes: the k-word shingle hashes (uint64) of data's "
     "ASCII words"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fingerprint",
    "Compiled kernels of geo.dedup's near-copy signature (optional).", -1, methods,
};

PyMODINIT_FUNC
PyInit__fingerprint(void)
{
    make_crc_table();
    make_word_bytes();
    return PyModule_Create(&module);
}
