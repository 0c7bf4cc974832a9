# __functions_in_module() is a compile-time tuple of the module's functions, in declaration order:
# a function taking it as `funcs: Tuple` reads len(funcs) and funcs[i] in a `comptime for`;
# get_function_name[f]() is f's name, a compile-time String (so `comptime if` can test it).
from std.reflection import get_function_name


def alpha() -> Int:
    return 1


def beta_x(n: Int) -> Int:
    return n * 2


def call_all[funcs: Tuple, /]() -> List[String]:
    var out = List[String]()
    comptime for i in range(len(funcs)):
        comptime f = funcs[i]
        comptime if get_function_name[f]().endswith("_x"):
            out.append(get_function_name[f]() + " -> " + String(f(21)))
        elif get_function_name[f]().startswith("al"):
            out.append(get_function_name[f]() + " -> " + String(f()))
        else:
            out.append(get_function_name[f]())
    return out^


def main():
    print(get_function_name[alpha](), get_function_name[main]())
    comptime name = get_function_name[beta_x]()
    comptime if name.startswith("beta"):
        print(name, "starts with beta")
    for line in call_all[__functions_in_module()]():
        print(line)
