# get_function_name[f]() takes a function, not a value.
from reflection import get_function_name


fn main():
    var x = 3
    print(get_function_name[x]())
