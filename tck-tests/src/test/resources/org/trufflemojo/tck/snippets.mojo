# The functions behind the TCK snippets of MojoTCKLanguageProvider: one module, evaluated once per
# context. Each value constructor, expression and statement is one typed function.

# ---------------------------------------------------------------- value constructors

fn v_int() -> Int:
    return 42

fn v_float() -> Float64:
    return 3.5

fn v_bool() -> Bool:
    return True

fn v_string() -> String:
    return "mojo"

fn v_int8() -> Int8:
    return -5

fn v_uint64_max() -> UInt64:
    return 18446744073709551615

fn v_float32() -> Float32:
    return 0.25

fn v_none():
    pass

fn v_list_int() -> List[Int]:
    return [1, 2, 3]

fn v_list_string() -> List[String]:
    return ["a", "b"]

fn v_list_list() -> List[List[Int]]:
    return [[1], [2, 3]]

fn v_dict() -> Dict[String, Int]:
    var d = Dict[String, Int]()
    d["one"] = 1
    d["two"] = 2
    return d^

fn v_tuple() -> Tuple[Int, String]:
    return (7, "seven")

fn v_simd() -> SIMD[DType.float32, 4]:
    return SIMD[DType.float32, 4](1.0, 2.5, 3.0, 4.0)

fn v_optional() -> Optional[Int]:
    return 9

fn v_empty_optional() -> Optional[Int]:
    return None

@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Float64

fn v_struct() -> Point:
    return Point(1, 2.0)

@fieldwise_init
struct Person(Copyable, Movable):
    var name: String
    var tags: List[String]

    fn greet(self) -> String:
        return "hi " + self.name

fn v_owning_struct() -> Person:
    return Person("Ann", ["a", "b"])

fn twice(x: Int) -> Int:
    return 2 * x

fn v_function() -> fn(Int) -> Int:
    return twice

# ---------------------------------------------------------------- expressions

fn int_add(a: Int, b: Int) -> Int:
    return a + b

fn int_sub(a: Int, b: Int) -> Int:
    return a - b

fn int_mul(a: Int, b: Int) -> Int:
    return a * b

fn int_floordiv(a: Int, b: Int) -> Int:
    return a // b

fn int_mod(a: Int, b: Int) -> Int:
    return a % b

fn int_and(a: Int, b: Int) -> Int:
    return a & b

fn int_or(a: Int, b: Int) -> Int:
    return a | b

fn int_xor(a: Int, b: Int) -> Int:
    return a ^ b

fn int_eq(a: Int, b: Int) -> Bool:
    return a == b

fn int_ne(a: Int, b: Int) -> Bool:
    return a != b

fn int_lt(a: Int, b: Int) -> Bool:
    return a < b

fn int_le(a: Int, b: Int) -> Bool:
    return a <= b

fn int_gt(a: Int, b: Int) -> Bool:
    return a > b

fn int_ge(a: Int, b: Int) -> Bool:
    return a >= b

fn int_neg(a: Int) -> Int:
    return -a

fn float_add(a: Float64, b: Float64) -> Float64:
    return a + b

fn float_sub(a: Float64, b: Float64) -> Float64:
    return a - b

fn float_mul(a: Float64, b: Float64) -> Float64:
    return a * b

fn float_div(a: Float64, b: Float64) -> Float64:
    return a / b

fn float_lt(a: Float64, b: Float64) -> Bool:
    return a < b

fn float_eq(a: Float64, b: Float64) -> Bool:
    return a == b

fn float_neg(a: Float64) -> Float64:
    return -a

fn str_concat(a: String, b: String) -> String:
    return a + b

fn str_eq(a: String, b: String) -> Bool:
    return a == b

fn str_ne(a: String, b: String) -> Bool:
    return a != b

fn str_lt(a: String, b: String) -> Bool:
    return a < b

fn str_len(s: String) -> Int:
    return len(s)

fn int_to_str(a: Int) -> String:
    return String(a)

fn bool_and(a: Bool, b: Bool) -> Bool:
    return a and b

fn bool_or(a: Bool, b: Bool) -> Bool:
    return a or b

fn bool_not(a: Bool) -> Bool:
    return not a

fn bool_eq(a: Bool, b: Bool) -> Bool:
    return a == b

fn list_len(l: List[Int]) -> Int:
    return len(l)

fn list_concat(a: List[Int], b: List[Int]) -> List[Int]:
    var r = a.copy()
    for v in b:
        r.append(v)
    return r^

fn dict_len(d: Dict[String, Int]) -> Int:
    return len(d)

# ---------------------------------------------------------------- statements

fn stmt_if(p: Bool) -> Int:
    var r = 0
    if p:
        r = 1
    else:
        r = 2
    return r

fn stmt_while(n: Int) -> Int:
    var i = 0
    while i < n and i < 10:
        i += 1
    return i

fn stmt_for_range(n: Int) -> Int:
    var t = 0
    for i in range(min(n, 10)):
        t += i
    return t

fn stmt_for_list(l: List[Int]) -> Int:
    var t = 0
    for v in l:
        t += v
    return t

fn stmt_for_strings(l: List[String]) -> String:
    var s = String()
    for w in l:
        s += w
    return s

fn stmt_assign(s: String) -> String:
    var r = s
    return r

fn stmt_try(n: Int) -> Int:
    try:
        if n < 0:
            raise Error("negative")
        return n
    except:
        return -1

fn stmt_ternary(p: Bool) -> String:
    return "yes" if p else "no"

# ---------------------------------------------------------------- identity

fn identity(x: Float64) -> Float64:
    return x

fn main():
    pass
