/* import.c: `import name` for slotscope's closed world: sys.modules, then the builtin modules
 * written in C, then the modules written in Python embedded from interp/lib/. No file system
 * search and no packages. */
#include "vm/import.h"

#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/modstate.h"
#include "vm/pyver.h"
#include "vm/run.h"
#include "vm/vm.h"

typedef Obj *(*ModCreateFn)(Interp *I);

static const struct {
    const char *name;
    ModCreateFn create;
} builtin_modules[] = {
    {"gc", mod_gc_create},
    {"_weakref", mod_weakref_create},
    {"tracemalloc", mod_tracemalloc_create},
    {"math", mod_math_create},
};

static ModCreateFn find_builtin(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (strcmp(builtin_modules[i].name, name) == 0) return builtin_modules[i].create;
    return NULL;
}

/* sys and builtins are made at start-up; a program that deleted them from sys.modules gets
 * the interpreter's own back, as CPython's builtin importer does. */
static Obj *startup_module(Interp *I, const char *name) {
    if (strcmp(name, "sys") == 0) return I->mods->sys;
    if (strcmp(name, "builtins") == 0) return I->mods->builtins_module;
    return NULL;
}

/* Register m (stolen) in sys.modules under name. */
static Obj *register_module(Interp *I, Obj *name, Obj *m) {
    if (m && !dict_set(I, I->modules, name, m)) CLEAR(I, m);
    return m;
}

/* Run an embedded module's source as the body of a new module. The module is in sys.modules
 * while its body runs (circular imports see it), and removed again if the body fails. */
static Obj *load_pylib(Interp *I, Obj *name, const char *cname, const char *src) {
    Obj *m = module_new(I, name);
    if (!m || !dict_set(I, I->modules, name, m)) {
        XDECREF(I, m);
        return NULL;
    }
    char filename[128];
    snprintf(filename, sizeof filename, "<slotscope lib/%s.py>", cname);
    Obj *r = run_source(I, src, strlen(src), filename, PARSE_FILE, MODULE_DICT(m), NULL);
    if (!r) {
        Obj *exc = err_fetch(I);
        if (dict_del(I, I->modules, name) < 0) err_clear(I);
        err_restore(I, exc);
        DECREF(I, m);
        return NULL;
    }
    DECREF(I, r);
    /* the module's code may have replaced its own sys.modules entry */
    Obj *final = dict_get(I, I->modules, name);
    if (final && final != m) {
        DECREF(I, m);
        return NEWREF(final);
    }
    return m;
}

static Obj *not_found(Interp *I, Obj *name, Obj *shown, const char *suffix_fmt, Obj *parent) {
    /* ModuleNotFoundError is 3.6's (PEP 451 follow-up); 2.7 says ImportError, unquoted */
    if (I->prof->major == 2) {
        err_format(I, I->e_ImportError, "No module named %U", shown);
    } else if (parent) {
        err_format(I, I->e_ModuleNotFoundError, suffix_fmt, shown, parent);
    } else {
        err_format(I, I->e_ModuleNotFoundError, "No module named %R", shown);
    }
    if (I->exc && type_is_subtype(TYPE(I->exc), I->e_ImportError)) {
        ImportErrorObj *e = (ImportErrorObj *)I->exc;
        SETREF(I, e->name, NEWREF(name));
    }
    return NULL;
}

static Obj *register_builtin(Interp *I, Obj *name, Obj *m);

static Obj *find_module(Interp *I, Obj *name, const char *cname) {
    Obj *m = startup_module(I, cname);
    if (m) return register_module(I, name, NEWREF(m));
    ModCreateFn create = find_builtin(cname);
    if (create) return register_builtin(I, name, create(I));
    const char *src = pylib_find(cname);
    if (src) return load_pylib(I, name, cname, src);
    return NULL;
}

/* ---- importlib's loaders, as __loader__ shows them: the BuiltinImporter class (builtin
 * modules, __main__ of -c and the REPL) and a SourceFileLoader instance (a script's __main__).
 * They load nothing here; they exist so that globals() prints as CPython's does. */
static void loader_dealloc(Interp *I, Obj *o) {
    obj_free(I, o);
}

static const TypeObj builtin_importer_tmpl = {
    .name = "_frozen_importlib.BuiltinImporter",
    .basicsize = sizeof(Obj),
    .dealloc = loader_dealloc,
    .doc = "Meta path import for built-in modules.",
};
static const TypeObj source_loader_tmpl = {
    .name = "_frozen_importlib_external.SourceFileLoader",
    .basicsize = sizeof(Obj),
    .dealloc = loader_dealloc,
    .doc = "Concrete implementation of SourceLoader using the file system.",
};

bool import_init(Interp *I) {
    struct ModState *s = I->mods;
    s->t_builtin_importer = type_from_template(I, &builtin_importer_tmpl, I->t_object);
    if (!s->t_builtin_importer || !type_ready(I, s->t_builtin_importer)) return false;
    s->t_source_loader = type_from_template(I, &source_loader_tmpl, I->t_object);
    if (!s->t_source_loader || !type_ready(I, s->t_source_loader)) return false;
    Obj *imp = (Obj *)s->t_builtin_importer;
    return dict_set(I, MODULE_DICT(s->sys), I->ids.__loader__, imp) &&
           dict_set(I, MODULE_DICT(s->builtins_module), I->ids.__loader__, imp);
}

bool import_set_loader(Interp *I, Obj *module, bool source_file) {
    Obj *loader = source_file ? obj_alloc(I, I->mods->t_source_loader, 0)
                              : NEWREF(I->mods->t_builtin_importer);
    bool ok = loader && dict_set(I, MODULE_DICT(module), I->ids.__loader__, loader);
    XDECREF(I, loader);
    return ok;
}

static Obj *register_builtin(Interp *I, Obj *name, Obj *m) {
    if (m && !import_set_loader(I, m, false)) CLEAR(I, m);
    return register_module(I, name, m);
}

bool import_known(Interp *I, Obj *name) {
    const char *cname = str_utf8(I, name, NULL);
    if (!cname) {
        err_clear(I);
        return false;
    }
    return startup_module(I, cname) || find_builtin(cname) || pylib_find(cname) ||
           dict_get(I, I->modules, name);
}

/* A dotted name: there are no packages, so the first part decides the message. */
static Obj *import_dotted(Interp *I, Obj *name, const char *cname, const char *dot) {
    Obj *first = str_from_utf8(I, cname, dot - cname);
    if (!first) return NULL;
    Obj *r;
    if (!import_known(I, first)) {
        r = not_found(I, first, first, NULL, NULL);
    } else {
        Obj *m = import_module(I, first);
        if (m) DECREF(I, m);
        r = m ? not_found(I, name, name, "No module named %R; %R is not a package", first) : NULL;
    }
    DECREF(I, first);
    return r;
}

Obj *import_module(Interp *I, Obj *name) {
    Obj *m = dict_get(I, I->modules, name);
    if (m) {
        if (m != I->none) return NEWREF(m);
        return err_format(I, I->e_ModuleNotFoundError, "import of %U halted; None in sys.modules",
                          name);
    }
    if (err_occurred(I)) return NULL;
    const char *cname = str_utf8(I, name, NULL);
    if (!cname) return NULL;
    if (cname[0] == '\0') return err_string(I, I->e_ValueError, "Empty module name");
    const char *dot = strchr(cname, '.');
    if (dot) return import_dotted(I, name, cname, dot);
    m = find_module(I, name, cname);
    if (m || err_occurred(I)) return m;
    return not_found(I, name, name, NULL, NULL);
}
