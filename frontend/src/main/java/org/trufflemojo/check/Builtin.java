package org.trufflemojo.check;

/**
 * The built-in functions the checker itself types and lowers, because what they do depends on the
 * type of their argument ({@code len}, {@code abs}, {@code min}, {@code print}, ...) or on the
 * statement they appear in ({@code range} and {@code enumerate} in a {@code for}, {@code assert_raises}
 * in a {@code with}). Library functions with a fixed signature are declared in Mojo instead
 * ({@link StandardLibrary}).
 */
enum Builtin {
    PRINT, LEN, MIN, MAX, RANGE, REPR, POW, ENUMERATE, REVERSED, SIZE_OF, ALIGN_OF, BITWIDTH_OF, HASH,
    // rebind[T](value): value seen as T, which its type must be once the parameters are known;
    // sys.intrinsics._type_is_eq[A, B](): whether A and B are the same type, a compile-time Bool
    REBIND, TYPE_IS_EQ,
    // trait_downcast[Trait](value) (1.x): the value seen through a trait it conforms to; generic code
    // is checked per instance here, so the value's own type already has the trait's methods
    TRAIT_DOWNCAST,
    // constrained[condition, message](): a compile-time assertion, checked in each instance of generic code
    CONSTRAINED,
    // testing: compare two values of any comparable, printable type; expect an error in a `with` block
    ASSERT_EQUAL, ASSERT_NOT_EQUAL, ASSERT_RAISES,
    // __functions_in_module(): the module's functions as a compile-time tuple (what TestSuite.discover_tests
    // takes); reflection's get_function_name[f](): a function's name as a compile-time String
    FUNCTIONS_IN_MODULE, GET_FUNCTION_NAME,
    // builtin._location (std.reflection in 1.x): where this call is, and where the function it is in was called from
    SOURCE_LOCATION, CALL_LOCATION,
    // 1.x: materialize[v]() and global_constant[v]() (a compile-time value at run time), conforms_to(T, Trait)
    // (a compile-time Bool), reflect[T] (what the type is: reflect[T].name())
    MATERIALIZE, GLOBAL_CONSTANT, CONFORMS_TO, REFLECT,
    // sys.param_env (sys.defines in 1.x): the compile-time defines, -D NAME=VALUE: is_defined["NAME"](),
    // env_get_int["NAME", default]() / get_defined_int, and the String and Bool forms
    IS_DEFINED, DEFINED_INT, DEFINED_STRING, DEFINED_BOOL
}
